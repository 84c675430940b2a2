// Fuzz target: TensorBoard event files. The bytes go through the TFRecord framing
// (lengths, CRCs) with every sound record decoded as an Event, and are also decoded as
// one Event directly: checksums would otherwise keep the fuzzer out of the decoder.
#include "FuzzInput.h"

#include "import/ImportedRun.h"
#include "import/tensorboard/TensorBoardEventDecoder.h"
#include "import/tensorboard/TfRecordReader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    std::string_view bytes = runlens::fuzzText(data, size);
    runlens::ImportedRun run;
    runlens::TensorBoardEventDecoder decoder(run);
    runlens::TfRecordReader::readBytes(bytes, [&](std::string_view record) {
        (void)decoder.decode(record);
        return true;
    });
    (void)decoder.decode(bytes);
    return 0;
}
