#pragma once

#include <QtGlobal>

#include <string>
#include <vector>

namespace alongside::bench {

// A value bound to a `?` when the statement ran.
struct BoundValue {
    enum class Kind { Null, Integer, Real, Text };
    Kind kind = Kind::Null;
    qint64 integer = 0;
    double real = 0.0;
    std::string text;
};

// One statement a repository ran, as SQLite saw it: the SQL it prepared and the values bound,
// so the raw side can run exactly the same statement.
struct CapturedStatement {
    std::string sql;      // as prepared, with its `?` placeholders
    std::string expanded; // sqlite3_expanded_sql(): the same text with the bound values written in
    std::vector<BoundValue> values;
};

// Reads the bound values back out of `expanded` by walking it beside `sql`: SQLite writes each
// value where its `?` was (NULL, an integer, a real, or a '…' literal with '' for a quote).
// Throws std::runtime_error for anything else (named or numbered parameters, blobs), so a
// change in a repository cannot silently make the raw side run something different.
std::vector<BoundValue> parseBoundValues(const std::string& sql, const std::string& expanded);

} // namespace alongside::bench
