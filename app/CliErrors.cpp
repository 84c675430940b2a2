#include "CliErrors.h"

#include "runlens/model/StoreError.h"
#include "runlens/query/QueryError.h"

#include <exception>
#include <ostream>

namespace runlens {

int reportCliError(std::ostream& err)
{
    try {
        throw;
    } catch (const QueryError& e) {
        err << "runlens: bad query at column " << e.column() << ": " << e.message() << "\n";
        return 1;
    } catch (const StoreError& e) {
        err << "runlens: " << e.what() << "\n";
        return e.isUserError() ? 1 : 2;
    } catch (const std::exception& e) {
        err << "runlens: " << e.what() << "\n";
        return 2;
    }
}

} // namespace runlens
