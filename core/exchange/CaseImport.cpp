#include "exchange/CaseImport.h"

#include "codecs/CaseFileReader.h"
#include "codecs/CaseFileText.h"
#include "codecs/CaseFormat.h"

#include "storage/repositories/CaseRepository.h"
#include "storage/repositories/CaseValidation.h"
#include "storage/repositories/WholeCaseRows.h"

namespace alongside::core {

namespace {

QString casePath(std::size_t index)
{
    return QStringLiteral("$.cases[%1]").arg(index);
}

// What the store itself would refuse, found before anything is written. The file checks
// already cover these rules with exact paths; this is the store's word, so the two can never
// disagree half-way through a write.
CaseFileProblems refusedByStore(const std::vector<CaseRecord>& cases, const CaseRepository& repository)
{
    CaseFileProblems problems;
    for (std::size_t i = 0; i < cases.size(); ++i) {
        const QString failure = checkCaseRecord(cases[i]);
        if (!failure.isEmpty())
            problems.push_back({casePath(i), failure});
        if (repository.findByReference(cases[i].reference)) {
            problems.push_back({casePath(i) + QStringLiteral(".reference"),
                                CaseFileText::tr("a case with the reference \"%1\" is already in this store")
                                    .arg(cases[i].reference)});
        }
    }
    return problems;
}

// Version 2: a case already here (by uid) is refused, whatever its reference: it would be the
// same case twice. Merging a case into the one already here is a later step.
CaseFileProblems refusedByStore(const std::vector<WholeCase>& cases, const QSqlDatabase& db)
{
    CaseFileProblems problems;
    const WholeCaseRows rows(db);
    const CaseRepository repository(db, QString());
    for (std::size_t i = 0; i < cases.size(); ++i) {
        if (const std::optional<QString> here = rows.referenceOfCase(cases[i].uid())) {
            problems.push_back(
                {casePath(i) + QStringLiteral(".uid"),
                 CaseFileText::tr(
                     "this case is already in this store, as %1; importing it again would make two "
                     "copies of one case (bringing changes into a case already here is not possible "
                     "yet)")
                     .arg(*here)});
        } else if (repository.findByReference(cases[i].reference())) {
            problems.push_back({casePath(i) + QStringLiteral(".reference"),
                                CaseFileText::tr("a case with the reference \"%1\" is already in this store")
                                    .arg(cases[i].reference())});
        }
    }
    return problems;
}

QString writeAll(const std::vector<CaseRecord>& cases, const QSqlDatabase& db, const QString& practitioner,
                 const QDateTime& now, const std::function<void()>& sameChange)
{
    // One transaction for the whole file: every case is written, or none.
    return CaseRepository(db, practitioner, [now] { return now; }).createCases(cases, sameChange).error;
}

} // namespace

CaseFileProblems problemsWithStore(const CaseFileContents& contents, const QSqlDatabase& db)
{
    return contents.version == caseformat::kVersion
        ? refusedByStore(contents.wholeCases, db)
        : refusedByStore(contents.cases, CaseRepository(db, QString()));
}

CaseImportResult importCaseFile(const QByteArray& bytes, QSqlDatabase db, const QString& practitioner,
                                const QDateTime& now, const std::function<void()>& sameChange)
{
    return importCaseFile(readCaseFile(bytes), std::move(db), practitioner, now, sameChange);
}

CaseImportResult importCaseFile(CaseFileContents contents, QSqlDatabase db, const QString& practitioner,
                                const QDateTime& now, const std::function<void()>& sameChange)
{
    CaseImportResult result;
    result.problems = std::move(contents.problems);
    if (!result.problems.empty())
        return result;
    result.problems = problemsWithStore(contents, db);
    if (!result.problems.empty())
        return result;

    // Version 2 carries the case's own history, so the import adds none: exporting the case
    // again gives the same file.
    const QString failure = contents.version == caseformat::kVersion
        ? WholeCaseRows(db).writeCases(contents.wholeCases, sameChange).error
        : writeAll(contents.cases, db, practitioner, now, sameChange);
    if (!failure.isEmpty()) {
        result.storeError = CaseFileText::tr("%1 Nothing was imported.").arg(failure);
        return result;
    }
    result.imported = contents.references();
    return result;
}

} // namespace alongside::core
