#include "exchange/CaseImport.h"

#include "codecs/CaseFileReader.h"
#include "codecs/CaseFileText.h"

#include "storage/repositories/CaseRepository.h"
#include "storage/repositories/CaseValidation.h"

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

QString writeAll(const std::vector<CaseRecord>& cases, const QSqlDatabase& db, const QString& practitioner,
                 const QDateTime& now, const std::function<void()>& sameChange)
{
    // One transaction for the whole file: every case is written, or none.
    return CaseRepository(db, practitioner, [now] { return now; }).createCases(cases, sameChange).error;
}

} // namespace

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
    result.problems = refusedByStore(contents.cases, CaseRepository(db, practitioner));
    if (!result.problems.empty())
        return result;

    const QString failure = writeAll(contents.cases, db, practitioner, now, sameChange);
    if (!failure.isEmpty()) {
        result.storeError = CaseFileText::tr("%1 Nothing was imported.").arg(failure);
        return result;
    }
    for (const CaseRecord& record : contents.cases)
        result.imported << record.reference;
    return result;
}

} // namespace alongside::core
