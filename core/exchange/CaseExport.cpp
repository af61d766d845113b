#include "exchange/CaseExport.h"

#include "codecs/CaseFileText.h"
#include "codecs/WholeCaseJson.h"

#include "storage/repositories/CaseRepository.h"
#include "storage/repositories/WholeCaseRows.h"

namespace alongside::core {

namespace {

CaseExportResult couldNotRead(const QString& reference)
{
    return {{}, CaseFileText::tr("The case %1 could not be read from the store.").arg(reference), {}};
}

} // namespace

CaseExportResult exportCases(const CaseRepository& repository, const QStringList& references)
{
    if (references.isEmpty())
        return {{}, CaseFileText::tr("Name at least one case to export."), {}};
    const WholeCaseRows rows(repository.database());
    std::vector<WholeCase> cases;
    for (const QString& reference : references) {
        const std::optional<qint64> id = repository.findByReference(reference);
        if (!id)
            return {{}, CaseFileText::tr("There is no case with the reference %1.").arg(reference), {}};
        std::optional<WholeCase> whole = rows.read(*id);
        if (!whole)
            return couldNotRead(reference);
        cases.push_back(std::move(*whole));
    }
    return {wholeCaseFileText(cases), {}, references};
}

CaseExportResult exportAllCases(const CaseRepository& repository)
{
    const WholeCaseRows rows(repository.database());
    std::vector<WholeCase> cases;
    for (const qint64 id : repository.allCaseIds()) {
        std::optional<WholeCase> whole = rows.read(id);
        if (!whole)
            return couldNotRead(QString::number(id));
        cases.push_back(std::move(*whole));
    }
    // A case file holds at least one case, so an empty store has nothing to export.
    if (cases.empty())
        return {{}, CaseFileText::tr("The store has no cases to export."), {}};
    QStringList references;
    for (const WholeCase& whole : cases)
        references << whole.reference();
    return {wholeCaseFileText(cases), {}, references};
}

} // namespace alongside::core
