#pragma once

#include "runlens/model/ParamValue.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace runlens {

// A prepared statement of either engine. The SQL is written once, in the dialect both
// engines read (positional '?' or '?N' placeholders; the PostgreSQL side renumbers
// them). Values are always bound, never spliced into SQL text. Errors become
// StoreError with the engine's message and the statement's SQL.
class Statement {
public:
    virtual ~Statement() = default;

    virtual Statement& bind(int index, std::int64_t v) = 0;
    Statement& bind(int index, int v) { return bind(index, static_cast<std::int64_t>(v)); }
    // NaN binds as NULL on both engines: the format's word for "NaN" / "none".
    virtual Statement& bind(int index, double v) = 0;
    virtual Statement& bind(int index, std::string_view v) = 0;
    Statement& bind(int index, const char* v) { return bind(index, std::string_view(v)); }
    Statement& bind(int index, const std::string& v) { return bind(index, std::string_view(v)); }
    // A param value takes Database::paramValue().placeholders at index: one slot on
    // SQLite (untyped column), two on PostgreSQL (value, value_kind).
    virtual Statement& bind(int index, const ParamValue& v) = 0;
    // The bytes must stay alive until step() has run.
    virtual Statement& bindBlob(int index, const void* data, std::size_t size) = 0;
    virtual Statement& bindNull(int index) = 0;

    // Advances; true while a row is available. Throws on error.
    virtual bool step() = 0;
    // Runs a statement that returns no rows, then resets it for reuse.
    void run()
    {
        while (step()) {
        }
        reset();
    }
    virtual void reset() = 0;

    virtual bool isNull(int col) const = 0;
    virtual std::int64_t int64At(int col) const = 0;
    virtual double doubleAt(int col) const = 0; // NULL reads as NaN
    virtual std::string textAt(int col) const = 0;
    // Reads Database::paramValue().columns starting at col (one or two columns).
    virtual ParamValue valueAt(int col) const = 0;
    virtual const void* blobAt(int col) const = 0;
    virtual int bytesAt(int col) const = 0;
};

} // namespace runlens
