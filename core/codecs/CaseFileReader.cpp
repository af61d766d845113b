#include "codecs/CaseFileReader.h"

#include "codecs/CaseConsistency.h"
#include "codecs/CaseFileText.h"
#include "codecs/CaseFormat.h"
#include "codecs/CaseJsonReader.h"
#include "codecs/InputLimits.h"
#include "codecs/JsonFieldReader.h"
#include "codecs/StrictJson.h"
#include "codecs/WholeCaseJson.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace alongside::core {

namespace {

const QString kRoot = QStringLiteral("$");

// Format name and version first: a file that is not ours, or is newer than us, is refused
// before its contents are read, so its problems are not reported as ours.
bool checkFormat(JsonFieldReader& top, CaseFileProblems* problems, int* read)
{
    const std::size_t before = problems->size();
    const QString formatKey = QStringLiteral("format");
    const std::optional<QJsonValue> format = top.value(formatKey, Presence::Required);
    if (format && format->toString() != caseformat::kFormatName) {
        top.problem(
            top.pathOf(formatKey),
            CaseFileText::tr("this is not an Alongside case file: expected \"%1\", found %2")
                .arg(caseformat::kFormatName,
                     format->isString() ? u'"' + format->toString() + u'"' : describeJsonType(*format)));
    }
    const QString versionKey = QStringLiteral("version");
    const std::optional<QJsonValue> version = top.value(versionKey, Presence::Required);
    const double number = version ? version->toDouble() : 0;
    if (version && number != caseformat::kVersion && number != caseformat::kVersion1) {
        const bool newer = version->isDouble() && number > caseformat::kVersion;
        top.problem(
            top.pathOf(versionKey),
            newer ? CaseFileText::tr("version %1 is newer than this Alongside reads (%2); update Alongside")
                        .arg(number)
                        .arg(caseformat::kVersion)
                  : CaseFileText::tr("expected version %1 or %2, found %3")
                        .arg(caseformat::kVersion1)
                        .arg(caseformat::kVersion)
                        .arg(version->isDouble() ? QString::number(number) : describeJsonType(*version)));
    }
    *read = int(number);
    return problems->size() == before;
}

void checkReferencesAreUnique(const QStringList& references, CaseFileProblems* problems)
{
    QHash<QString, qsizetype> first;
    for (qsizetype i = 0; i < references.size(); ++i) {
        const QString& reference = references[i];
        if (reference.isEmpty())
            continue;
        const auto found = first.constFind(reference);
        if (found == first.constEnd()) {
            first.insert(reference, i);
            continue;
        }
        problems->push_back(
            {QStringLiteral("$.cases[%1].reference").arg(i),
             CaseFileText::tr("\"%1\" is also the reference of $.cases[%2]; each case needs its own")
                 .arg(reference)
                 .arg(*found)});
    }
}

// Version 2: a case is one case wherever it is, so a file holds it once.
void checkCaseUidsAreUnique(const std::vector<WholeCase>& cases, CaseFileProblems* problems)
{
    QHash<QString, std::size_t> first;
    for (std::size_t i = 0; i < cases.size(); ++i) {
        if (cases[i].records.empty() || cases[i].records[wholecase::kCaseKind].empty())
            continue;
        const QString uid = cases[i].uid();
        const auto found = first.constFind(uid);
        if (found == first.constEnd()) {
            first.insert(uid, i);
            continue;
        }
        problems->push_back(
            {QStringLiteral("$.cases[%1].uid").arg(i),
             CaseFileText::tr("this case is also $.cases[%1] (the same uid); a file holds a case once")
                 .arg(*found)});
    }
}

} // namespace

CaseFileContents readCaseFile(const QByteArray& bytes)
{
    CaseFileContents contents;
    StrictJson read = readStrictJson(bytes, caseFileLimits());
    if (!read.ok()) {
        contents.problems = std::move(read.problems);
        return contents;
    }
    const QJsonDocument document = std::move(read.document);
    if (!document.isObject()) {
        contents.problems.push_back({kRoot,
                                     CaseFileText::tr("expected an object with \"format\", \"version\" and "
                                                      "\"cases\", found a list")});
        return contents;
    }
    JsonFieldReader top(document.object(), kRoot, &contents.problems);
    if (!checkFormat(top, &contents.problems, &contents.version))
        return contents;

    const QString casesKey = QStringLiteral("cases");
    const std::optional<QJsonValue> cases = top.value(casesKey, Presence::Required);
    if (cases && !cases->isArray()) {
        top.problem(top.pathOf(casesKey),
                    CaseFileText::tr("expected a list of cases, found %1").arg(describeJsonType(*cases)));
    } else if (cases && cases->toArray().isEmpty()) {
        top.problem(top.pathOf(casesKey), CaseFileText::tr("a case file holds at least one case"));
    } else if (cases) {
        const QJsonArray items = cases->toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString path = top.pathOf(casesKey) + QStringLiteral("[%1]").arg(i);
            if (!items.at(i).isObject()) {
                contents.problems.push_back({path,
                                             CaseFileText::tr("expected a case (an object), found %1")
                                                 .arg(describeJsonType(items.at(i)))});
                if (contents.version == caseformat::kVersion)
                    contents.wholeCases.emplace_back();
                else
                    contents.cases.emplace_back(); // keeps positions in step with the file
                continue;
            }
            if (contents.version == caseformat::kVersion) {
                contents.wholeCases.push_back(
                    readWholeCaseJson(items.at(i).toObject(), path, &contents.problems));
                continue;
            }
            const std::size_t before = contents.problems.size();
            CaseRecord record = readCaseJson(items.at(i).toObject(), path, &contents.problems);
            // Rules between fields only make sense once every field has read cleanly.
            if (contents.problems.size() == before)
                checkCaseConsistency(record, path, &contents.problems);
            contents.cases.push_back(std::move(record));
        }
    }
    top.finish();
    checkReferencesAreUnique(contents.references(), &contents.problems);
    checkCaseUidsAreUnique(contents.wholeCases, &contents.problems);
    return contents;
}

QStringList CaseFileContents::references() const
{
    QStringList references;
    for (const CaseRecord& record : cases)
        references << record.reference;
    for (const WholeCase& whole : wholeCases)
        references << (whole.records.empty() || whole.records[wholecase::kCaseKind].empty()
                           ? QString()
                           : whole.reference());
    return references;
}

} // namespace alongside::core
