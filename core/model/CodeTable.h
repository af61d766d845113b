#pragma once

#include <QLatin1String>
#include <QString>
#include <QStringList>

#include <array>
#include <cstddef>
#include <optional>
#include <utility>

namespace alongside::core {

// A closed answer's stable storage codes: the one mechanism behind every enum that is stored
// in the case record or written in a JSON file. Codes are never translated or renamed.
template <typename Enum, std::size_t N>
using CodeTable = std::array<std::pair<Enum, const char*>, N>;

template <typename Enum, std::size_t N>
QString codeOf(const CodeTable<Enum, N>& table, Enum value)
{
    for (const auto& [candidate, code] : table) {
        if (candidate == value)
            return QString::fromLatin1(code);
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const CodeTable<Enum, N>& table, const QString& code)
{
    for (const auto& [candidate, text] : table) {
        if (code == QLatin1String(text))
            return candidate;
    }
    return std::nullopt;
}

template <typename Enum, std::size_t N>
QStringList codesOf(const CodeTable<Enum, N>& table)
{
    QStringList codes;
    for (const auto& entry : table)
        codes << QString::fromLatin1(entry.second);
    return codes;
}

} // namespace alongside::core
