#pragma once

#include "runlens/model/StoreError.h"

#include <string>

struct pg_conn;
struct pg_result;

namespace runlens {

// Turns a failed libpq command into a StoreError whose kind says what to do about it
// (SQLSTATE: 40001/40P01 retry -> Busy; class 08 or a dead connection -> Connection;
// 42501 no right -> File; class 22 bad data -> InvalidInput) and whose one-line text
// names the store as `where` (never with a password).
StoreError pgError(pg_conn* conn, pg_result* result, const std::string& where, const std::string& context);

// The first line of libpq's message for a failed connection, e.g. "password
// authentication failed for user \"alice\"" (libpq never includes the password).
std::string pgConnectionMessage(pg_conn* conn);

} // namespace runlens
