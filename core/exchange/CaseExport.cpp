#include "exchange/CaseExport.h"

#include "codecs/CaseFileText.h"
#include "codecs/CaseJsonWriter.h"

#include "storage/repositories/CaseRepository.h"

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
    std::vector<CaseRecord> records;
    for (const QString& reference : references) {
        const std::optional<qint64> id = repository.findByReference(reference);
        if (!id)
            return {{}, CaseFileText::tr("There is no case with the reference %1.").arg(reference), {}};
        std::optional<CaseRecord> record = repository.load(*id);
        if (!record)
            return couldNotRead(reference);
        records.push_back(std::move(*record));
    }
    return {caseFileText(records), {}, references};
}

CaseExportResult exportAllCases(const CaseRepository& repository)
{
    std::vector<CaseRecord> records;
    for (const qint64 id : repository.allCaseIds()) {
        std::optional<CaseRecord> record = repository.load(id);
        if (!record)
            return couldNotRead(QString::number(id));
        records.push_back(std::move(*record));
    }
    // A case file holds at least one case, so an empty store has nothing to export.
    if (records.empty())
        return {{}, CaseFileText::tr("The store has no cases to export."), {}};
    QStringList references;
    for (const CaseRecord& record : records)
        references << record.reference;
    return {caseFileText(records), {}, references};
}

} // namespace alongside::core
