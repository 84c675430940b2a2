#pragma once

#include <iosfwd>

namespace runlens {

// For a catch (...) block of a CLI subcommand: says in one line what went wrong and
// returns the exit code the README documents (1 the user's input: a bad query, an
// unknown run; 2 a problem with a store).
int reportCliError(std::ostream& err);

} // namespace runlens
