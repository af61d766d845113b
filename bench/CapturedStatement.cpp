#include "CapturedStatement.h"

#include <cctype>
#include <stdexcept>

namespace alongside::bench {

namespace {

[[noreturn]] void cannotReplay(const std::string& sql, const char* why)
{
    throw std::runtime_error(std::string("cannot replay a captured statement (") + why + "): " + sql);
}

// The literal SQLite wrote at `at` in `expanded`; moves `at` past it.
BoundValue readLiteral(const std::string& sql, const std::string& expanded, std::size_t& at)
{
    BoundValue value;
    if (expanded.compare(at, 4, "NULL") == 0) {
        at += 4;
        return value;
    }
    if (at < expanded.size() && expanded[at] == '\'') {
        value.kind = BoundValue::Kind::Text;
        for (++at; at < expanded.size(); ++at) {
            if (expanded[at] != '\'') {
                value.text += expanded[at];
            } else if (at + 1 < expanded.size() && expanded[at + 1] == '\'') {
                value.text += '\'';
                ++at;
            } else {
                ++at;
                return value;
            }
        }
        cannotReplay(sql, "unterminated text value");
    }
    const std::size_t start = at;
    bool real = false;
    while (at < expanded.size()) {
        const char c = expanded[at];
        if (c == '.' || c == 'e' || c == 'E')
            real = true;
        else if (!(std::isdigit(static_cast<unsigned char>(c)) || c == '-' || c == '+'))
            break;
        ++at;
    }
    if (at == start)
        cannotReplay(sql, "a bound value of a kind the bench does not replay");
    const std::string number = expanded.substr(start, at - start);
    if (real) {
        value.kind = BoundValue::Kind::Real;
        value.real = std::stod(number);
    } else {
        value.kind = BoundValue::Kind::Integer;
        value.integer = std::stoll(number);
    }
    return value;
}

} // namespace

std::vector<BoundValue> parseBoundValues(const std::string& sql, const std::string& expanded)
{
    std::vector<BoundValue> values;
    std::size_t at = 0;
    char quote = 0; // inside '…' or "…" in `sql`, where a ? is just a character
    for (std::size_t i = 0; i < sql.size(); ++i) {
        const char c = sql[i];
        if (quote == 0 && c == '?') {
            if (i + 1 < sql.size() && std::isdigit(static_cast<unsigned char>(sql[i + 1])))
                cannotReplay(sql, "numbered parameter");
            values.push_back(readLiteral(sql, expanded, at));
            continue;
        }
        if (quote == 0 && (c == ':' || c == '@' || c == '$')
            && i + 1 < sql.size() && std::isalpha(static_cast<unsigned char>(sql[i + 1])))
            cannotReplay(sql, "named parameter");
        if (c == '\'' || c == '"')
            quote = quote == 0 ? c : (quote == c ? 0 : quote);
        if (at >= expanded.size() || expanded[at] != c)
            cannotReplay(sql, "expanded text does not match");
        ++at;
    }
    if (at != expanded.size())
        cannotReplay(sql, "expanded text is longer");
    return values;
}

} // namespace alongside::bench
