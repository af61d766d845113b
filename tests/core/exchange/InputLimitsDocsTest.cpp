// The size limits people read in docs/case-format.md and docs/checks.md are the ones the reader
// applies: a field added to one without the other fails here.

#include "codecs/InputLimits.h"

#include "support/Catch.h"

#include <QFile>
#include <QRegularExpression>

using namespace alongside;

namespace {

// The rows of the tables in `## heading` of a doc, as (first cell, last cell).
std::vector<std::pair<QString, QString>> tableRows(const char* doc, const QString& heading)
{
    QFile file(QStringLiteral(ALONGSIDE_SOURCE_DIR "/docs/") + QLatin1String(doc));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    const qsizetype start = text.indexOf(QStringLiteral("\n## ") + heading + u'\n');
    REQUIRE(start >= 0);
    const qsizetype end = text.indexOf(QStringLiteral("\n## "), start + 1);
    std::vector<std::pair<QString, QString>> rows;
    for (const QString& line : text.mid(start, end - start).split(u'\n')) {
        if (!line.startsWith(u'|') || line.startsWith(QStringLiteral("|---")))
            continue;
        const QStringList cells = line.split(u'|', Qt::SkipEmptyParts);
        rows.emplace_back(cells.front().trimmed(), cells.back().trimmed());
    }
    return rows;
}

qint64 number(const QString& cell)
{
    static const QRegularExpression mebibytes(QStringLiteral("^(\\d+) MiB$"));
    if (const auto match = mebibytes.match(cell); match.hasMatch())
        return match.captured(1).toLongLong() * 1024 * 1024;
    bool ok = false;
    const qint64 value = QString(cell).remove(u',').toLongLong(&ok);
    INFO(cell.toStdString());
    REQUIRE(ok);
    return value;
}

QStringList fieldNames(const QString& cell)
{
    QStringList names;
    static const QRegularExpression quoted(QStringLiteral("`([A-Za-z]+)`"));
    for (auto it = quoted.globalMatch(cell); it.hasNext();)
        names << it.next().captured(1);
    return names;
}

} // namespace

TEST_CASE("the case format's documented size limits are exactly the ones import applies")
{
    const core::JsonLimits& limits = core::caseFileLimits();
    QHash<QString, qsizetype> documentedText;
    QHash<QString, qsizetype> documentedLists;
    int generalRows = 0;
    for (const auto& [what, most] : tableRows("case-format.md", QStringLiteral("Size limits"))) {
        INFO(what.toStdString() << " | " << most.toStdString());
        if (what == QStringLiteral("Limit") || what.startsWith(QStringLiteral("Text fields"))
            || what == QStringLiteral("Lists"))
            continue; // headers
        if (what == QStringLiteral("the file")) {
            CHECK(number(most) == limits.fileBytes);
        } else if (what.startsWith(QStringLiteral("one case"))) {
            CHECK(number(most) == limits.recordBytes);
        } else if (what.startsWith(QStringLiteral("objects and lists"))) {
            CHECK(number(most) == limits.depth);
        } else if (what == QStringLiteral("every other text field")) {
            CHECK(number(most) == limits.otherText);
        } else if (what == QStringLiteral("every other list")) {
            CHECK(number(most) == limits.otherList);
        } else {
            // A text row or a list row: the list table comes second and names lists.
            for (const QString& name : fieldNames(what))
                (documentedText.contains(name) || (limits.lists.contains(name) && !limits.text.contains(name))
                     ? documentedLists
                     : documentedText)
                    .insert(name, qsizetype(number(most)));
            continue;
        }
        ++generalRows;
    }
    CHECK(generalRows == 5);
    // "notes" is both a text (a conversation's) and a list (a case's): it is in both tables.
    CHECK(documentedText == limits.text);
    CHECK(documentedLists == limits.lists);
}

TEST_CASE("the check inputs' documented size limits are exactly the ones check applies")
{
    const core::JsonLimits& limits = core::checkInputLimits();
    int rows = 0;
    for (const auto& [what, most] : tableRows("checks.md", QStringLiteral("Size limits"))) {
        if (what == QStringLiteral("the input file"))
            CHECK(number(most) == limits.fileBytes);
        else if (what.startsWith(QStringLiteral("objects and lists")))
            CHECK(number(most) == limits.depth);
        else if (what == QStringLiteral("items in any list"))
            CHECK((number(most) == limits.otherList && limits.lists.isEmpty()));
        else
            continue;
        ++rows;
    }
    CHECK(rows == 3);
    CHECK(limits.text == core::caseFileLimits().text);
    CHECK(limits.otherText == core::caseFileLimits().otherText);
}
