#include "codecs/StrictJson.h"

#include "codecs/StrictJsonText.h"

#include <QJsonParseError>
#include <QSet>

#include <vector>

namespace alongside::core {

namespace {

// Enough to see the pattern of what is wrong; a hostile file cannot make a million of them.
constexpr std::size_t kMostProblems = 100;
// Longer than any number a case file or check input needs, short enough that none is a trick.
constexpr qsizetype kLongestNumber = 40;
constexpr qsizetype kLongestFieldName = 100;
const QString kFieldNames = QStringLiteral("(field name)");

QString inBytes(qint64 bytes)
{
    constexpr qint64 kMiB = 1024 * 1024;
    if (bytes >= kMiB && bytes % kMiB == 0)
        return StrictJsonText::tr("%1 bytes (%2 MiB)").arg(bytes).arg(bytes / kMiB);
    return StrictJsonText::tr("%1 bytes").arg(bytes);
}

QString codePoint(char32_t value)
{
    return QStringLiteral("U+") + QStringLiteral("%1").arg(uint(value), 4, 16, QLatin1Char('0')).toUpper();
}

bool isRefusedControl(char32_t value)
{
    // C0 controls other than tab and newline, DEL, and the C1 controls: none belongs in a
    // name, a note or a legal record, and some (NUL) cut text short in other programs.
    return (value < 0x20 && value != u'\t' && value != u'\n') || (value >= 0x7f && value <= 0x9f);
}

struct PathStep {
    QString key;          // a field
    qsizetype index = -1; // or a position in a list
};

// One pass over the bytes, checking the grammar of RFC 8259 and everything JsonLimits and
// StrictJson.h promise. Recursion is bounded by limits.depth.
class Scanner {
public:
    Scanner(const QByteArray& bytes, qsizetype start, const JsonLimits& limits, CaseFileProblems* problems)
        : m_data(bytes.constData()),
          m_size(bytes.size()),
          m_pos(start),
          m_limits(limits),
          m_problems(problems)
    {}

    void run()
    {
        skipSpace();
        if (!value(QString()))
            return;
        skipSpace();
        if (m_pos < m_size)
            syntax(StrictJsonText::tr("something follows the end of the JSON value"));
    }

private:
    bool atEnd() const { return m_pos >= m_size; }
    unsigned char peek() const { return static_cast<unsigned char>(m_data[m_pos]); }

    void skipSpace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            ++m_pos;
    }

    QString path() const
    {
        QString text = QStringLiteral("$");
        for (const PathStep& step : m_path)
            text += step.index >= 0 ? QStringLiteral("[%1]").arg(step.index) : u'.' + step.key;
        return text;
    }

    QString where(qsizetype offset) const
    {
        const QByteArray before = QByteArray::fromRawData(m_data, offset);
        const qsizetype lineStart = before.lastIndexOf('\n') + 1;
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = QString::fromUtf8(m_data + lineStart, offset - lineStart).size() + 1;
        return StrictJsonText::tr("line %1, column %2").arg(line).arg(column);
    }

    // A problem with a value; scanning goes on, so one pass finds them all.
    void problem(const QString& at, const QString& reason)
    {
        if (m_stopped)
            return;
        if (m_problems->size() + 1 >= kMostProblems) {
            m_problems->push_back({QStringLiteral("$"),
                                   StrictJsonText::tr("more than %1 problems; the rest of the file was not "
                                                      "read")
                                       .arg(kMostProblems - 1)});
            m_stopped = true;
            return;
        }
        m_problems->push_back({at, reason});
    }

    // Not JSON: nothing after this point can be read.
    bool syntax(const QString& what)
    {
        if (!m_stopped) {
            m_problems->push_back(
                {QStringLiteral("$"),
                 StrictJsonText::tr("not valid JSON at %1: %2").arg(where(std::min(m_pos, m_size)), what)});
        }
        m_stopped = true;
        return false;
    }

    bool value(const QString& name)
    {
        if (m_stopped)
            return false;
        if (atEnd())
            return syntax(StrictJsonText::tr("the file ends where a value should be"));
        switch (peek()) {
        case '{':
            return object();
        case '[':
            return list(name);
        case '"':
            return text(name, nullptr);
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default:
            if (peek() == '-' || (peek() >= '0' && peek() <= '9'))
                return number();
            return syntax(
                StrictJsonText::tr("expected a value (text, a number, true, false, null, a list or an "
                                   "object)"));
        }
    }

    bool enter()
    {
        if (++m_depth <= m_limits.depth)
            return true;
        problem(path(), StrictJsonText::tr("nested more than %1 deep").arg(m_limits.depth));
        m_stopped = true;
        return false;
    }

    bool object()
    {
        if (!enter())
            return false;
        ++m_pos; // {
        skipSpace();
        if (!atEnd() && peek() == '}') {
            ++m_pos;
            --m_depth;
            return true;
        }
        QSet<QString> seen;
        while (true) {
            if (atEnd() || peek() != '"')
                return syntax(StrictJsonText::tr("expected a field name in double quotes"));
            QString key;
            if (!text(kFieldNames, &key))
                return false;
            m_path.push_back({key});
            if (seen.contains(key)) {
                problem(path(),
                        StrictJsonText::tr("this field appears more than once in the same object; "
                                           "each field may appear only once"));
            }
            seen.insert(key);
            skipSpace();
            if (atEnd() || peek() != ':')
                return syntax(StrictJsonText::tr("expected : after the field name"));
            ++m_pos;
            skipSpace();
            if (!value(key))
                return false;
            m_path.pop_back();
            skipSpace();
            if (!atEnd() && peek() == ',') {
                ++m_pos;
                skipSpace();
                continue;
            }
            if (!atEnd() && peek() == '}') {
                ++m_pos;
                --m_depth;
                return true;
            }
            return syntax(StrictJsonText::tr("expected , or } after a field"));
        }
    }

    bool list(const QString& name)
    {
        if (!enter())
            return false;
        const bool records = m_depth == 2 && !m_limits.recordList.isEmpty() && name == m_limits.recordList;
        const qsizetype most = m_limits.listLimit(name);
        ++m_pos; // [
        skipSpace();
        if (!atEnd() && peek() == ']') {
            ++m_pos;
            --m_depth;
            return true;
        }
        for (qsizetype index = 0;; ++index) {
            if (index == most) {
                problem(path(),
                        StrictJsonText::tr("more than %1 items; at most %1 are allowed here").arg(most));
            }
            m_path.push_back({{}, index});
            const qsizetype start = m_pos;
            if (!value(name))
                return false;
            if (records && m_pos - start > m_limits.recordBytes) {
                problem(path(),
                        StrictJsonText::tr("this %1 takes %2 of the file; a %1 may take at most %3")
                            .arg(m_limits.recordName, inBytes(m_pos - start), inBytes(m_limits.recordBytes)));
            }
            m_path.pop_back();
            skipSpace();
            if (!atEnd() && peek() == ',') {
                ++m_pos;
                skipSpace();
                continue;
            }
            if (!atEnd() && peek() == ']') {
                ++m_pos;
                --m_depth;
                return true;
            }
            return syntax(StrictJsonText::tr("expected , or ] after an item in a list"));
        }
    }

    bool literal(const char* word)
    {
        const qsizetype length = qsizetype(qstrlen(word));
        if (m_size - m_pos < length || qstrncmp(m_data + m_pos, word, size_t(length)) != 0)
            return syntax(
                StrictJsonText::tr("expected a value (text, a number, true, false, null, a list or an "
                                   "object)"));
        m_pos += length;
        return true;
    }

    bool digits()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && peek() >= '0' && peek() <= '9')
            ++m_pos;
        return m_pos > start;
    }

    bool number()
    {
        const qsizetype start = m_pos;
        if (peek() == '-')
            ++m_pos;
        if (!atEnd() && peek() == '0')
            ++m_pos;
        else if (!digits())
            return syntax(StrictJsonText::tr("a number needs a digit here"));
        if (!atEnd() && peek() == '.') {
            ++m_pos;
            if (!digits())
                return syntax(StrictJsonText::tr("a number needs a digit after the decimal point"));
        }
        if (!atEnd() && (peek() == 'e' || peek() == 'E')) {
            ++m_pos;
            if (!atEnd() && (peek() == '+' || peek() == '-'))
                ++m_pos;
            if (!digits())
                return syntax(StrictJsonText::tr("a number needs a digit in its exponent"));
        }
        if (m_pos - start > kLongestNumber) {
            problem(path(),
                    StrictJsonText::tr("a number written with more than %1 characters").arg(kLongestNumber));
            return true;
        }
        bool finite = false;
        const double parsed = QByteArray(m_data + start, m_pos - start).toDouble(&finite);
        if (!finite || !qIsFinite(parsed))
            problem(path(), StrictJsonText::tr("the number is too large"));
        return true;
    }

    int hexDigit(unsigned char c) const
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    // One character of raw UTF-8 at m_pos; 0xFFFFFFFF (and m_pos past the bad byte) if invalid.
    char32_t utf8Character()
    {
        const unsigned char lead = peek();
        int more = 0;
        char32_t value = 0;
        char32_t least = 0;
        if (lead >= 0xc2 && lead <= 0xdf) {
            more = 1;
            value = lead & 0x1f;
            least = 0x80;
        } else if (lead >= 0xe0 && lead <= 0xef) {
            more = 2;
            value = lead & 0x0f;
            least = 0x800;
        } else if (lead >= 0xf0 && lead <= 0xf4) {
            more = 3;
            value = lead & 0x07;
            least = 0x10000;
        } else {
            ++m_pos;
            return kInvalid;
        }
        if (m_size - m_pos <= more) {
            m_pos = m_size;
            return kInvalid;
        }
        for (int i = 1; i <= more; ++i) {
            const unsigned char next = static_cast<unsigned char>(m_data[m_pos + i]);
            if ((next & 0xc0) != 0x80) {
                m_pos += i;
                return kInvalid;
            }
            value = (value << 6) | (next & 0x3f);
        }
        m_pos += more + 1;
        // Overlong forms, surrogates written as UTF-8 (CESU), and beyond Unicode are all refused.
        if (value < least || (value >= 0xd800 && value <= 0xdfff) || value > 0x10ffff)
            return kInvalid;
        return value;
    }

    static constexpr char32_t kInvalid = 0xffffffff;

    // A string: a field's value, or (with `key`) a field name, decoded into *key.
    bool text(const QString& name, QString* key)
    {
        const qsizetype opening = m_pos;
        const QString valuePath = path();
        ++m_pos; // "
        qsizetype characters = 0;
        bool reported = false; // one problem with the contents of a text is enough to say
        char16_t waitingHigh = 0;
        const auto contentProblem = [&](const QString& reason) {
            if (!reported)
                problem(valuePath, key ? StrictJsonText::tr("a field name %1").arg(reason) : reason);
            reported = true;
        };
        const auto lonely = [&](char16_t half) {
            contentProblem(
                StrictJsonText::tr("has half of a surrogate pair (\\u%1) without the other half, at "
                                   "character %2")
                    .arg(uint(half), 4, 16, QLatin1Char('0'))
                    .arg(characters + 1));
        };
        while (true) {
            if (atEnd())
                return syntax(
                    StrictJsonText::tr("the text that starts at %1 never ends").arg(where(opening)));
            const unsigned char c = peek();
            if (c == '"') {
                if (waitingHigh)
                    lonely(waitingHigh);
                ++m_pos;
                break;
            }
            char32_t character = 0;
            if (c == '\\') {
                if (++m_pos >= m_size)
                    return syntax(StrictJsonText::tr("the text ends in the middle of an escape"));
                const unsigned char escape = peek();
                ++m_pos;
                switch (escape) {
                case '"':
                case '\\':
                case '/':
                    character = escape;
                    break;
                case 'b':
                    character = 0x08;
                    break;
                case 'f':
                    character = 0x0c;
                    break;
                case 'n':
                    character = u'\n';
                    break;
                case 'r':
                    character = u'\r';
                    break;
                case 't':
                    character = u'\t';
                    break;
                case 'u': {
                    if (m_size - m_pos < 4)
                        return syntax(StrictJsonText::tr("\\u needs four hexadecimal digits"));
                    char16_t unit = 0;
                    for (int i = 0; i < 4; ++i) {
                        const int digit = hexDigit(peek());
                        if (digit < 0)
                            return syntax(StrictJsonText::tr("\\u needs four hexadecimal digits"));
                        unit = char16_t((unit << 4) | digit);
                        ++m_pos;
                    }
                    if (QChar::isHighSurrogate(unit)) {
                        if (waitingHigh)
                            lonely(waitingHigh);
                        waitingHigh = unit;
                        continue;
                    }
                    if (QChar::isLowSurrogate(unit)) {
                        if (!waitingHigh) {
                            lonely(unit);
                            continue;
                        }
                        character = QChar::surrogateToUcs4(waitingHigh, unit);
                        waitingHigh = 0;
                    } else {
                        character = unit;
                    }
                    break;
                }
                default:
                    return syntax(StrictJsonText::tr("\\%1 is not an escape JSON knows")
                                      .arg(QChar::fromLatin1(char(escape))));
                }
            } else if (c < 0x80) {
                character = c;
                ++m_pos;
            } else {
                const qsizetype badByte = m_pos;
                character = utf8Character();
                if (character == kInvalid) {
                    contentProblem(
                        StrictJsonText::tr("is not valid UTF-8 (byte 0x%1 at %2)")
                            .arg(uint(static_cast<unsigned char>(m_data[badByte])), 2, 16, QLatin1Char('0'))
                            .arg(where(badByte)));
                    continue;
                }
            }
            if (waitingHigh) {
                lonely(waitingHigh);
                waitingHigh = 0;
            }
            ++characters;
            if (isRefusedControl(character)) {
                contentProblem(
                    StrictJsonText::tr("has a control character (%1) at character %2; only tab and "
                                       "new line are allowed in text")
                        .arg(codePoint(character))
                        .arg(characters));
            }
            if (key && characters <= kLongestFieldName) {
                const char32_t one[1] = {character};
                key->append(QString::fromUcs4(one, 1));
            }
        }
        const qsizetype most = key ? kLongestFieldName : m_limits.textLimit(name);
        if (characters > most) {
            problem(valuePath,
                    key ? StrictJsonText::tr("a field name longer than %1 characters").arg(most)
                        : StrictJsonText::tr("%1 characters long; at most %2 are allowed here")
                              .arg(characters)
                              .arg(most));
        }
        return true;
    }

    const char* m_data;
    qsizetype m_size;
    qsizetype m_pos;
    const JsonLimits& m_limits;
    CaseFileProblems* m_problems;
    std::vector<PathStep> m_path;
    int m_depth = 0;
    bool m_stopped = false;
};

} // namespace

StrictJson readStrictJson(const QByteArray& bytes, const JsonLimits& limits)
{
    StrictJson result;
    result.problems = checkJsonFileSize(bytes.size(), limits);
    if (!result.problems.empty())
        return result;
    const qsizetype start = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    Scanner(bytes, start, limits, &result.problems).run();
    if (!result.problems.empty())
        return result;

    // Every byte has been checked; Qt builds the values without another copy of the text.
    const QByteArray json = QByteArray::fromRawData(bytes.constData() + start, bytes.size() - start);
    QJsonParseError error;
    result.document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        // Not expected after the scan; said plainly if it ever happens.
        result.problems.push_back(
            {QStringLiteral("$"), StrictJsonText::tr("not valid JSON: %1").arg(error.errorString())});
        result.document = {};
    }
    return result;
}

CaseFileProblems checkJsonFileSize(qint64 size, const JsonLimits& limits)
{
    if (size <= limits.fileBytes)
        return {};
    return {{QStringLiteral("$"),
             StrictJsonText::tr("the file is %1; at most %2 can be read")
                 .arg(inBytes(size), inBytes(limits.fileBytes))}};
}

} // namespace alongside::core
