// Fuzz target: the query language (lexer, parser, pattern compilation), then the
// parsed query evaluated against a run that has a bit of everything.
#include "FuzzInput.h"

#include <runlens/query/Query.h>

namespace {

runlens::RunRecord sampleRun()
{
    runlens::RunRecord run;
    run.uuid = "0123456789abcdef0123456789abcdef";
    run.name = std::string(300, 'a') + "bc";   // long enough to notice slow patterns
    run.experiment = "exp";
    run.status = runlens::RunStatus::Finished;
    run.params["lr"] = runlens::ParamValue(0.01);
    run.params["layers"] = runlens::ParamValue(std::int64_t(3));
    run.params["opt"] = runlens::ParamValue(std::string("adam"));
    run.tags["team"] = "vision";
    run.series.push_back(runlens::SeriesSummary{.key = "val/acc", .count = 3, .lastValue = 0.9});
    return run;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const runlens::RunRecord run = sampleRun();
    try {
        runlens::Query q = runlens::Query::parse(runlens::fuzzText(data, size));
        (void)q.matches(run);
    } catch (const runlens::QueryError&) {
        // A clear message for bad text is the expected outcome.
    }
    return 0;
}
