#include "demo/DemoCaseload.h"

#include "demo/DemoJourneys.h"
#include "demo/DemoLegalRecords.h"
#include "storage/repositories/CaseRepository.h"

#include <QDateTime>

namespace alongside::core {

bool populateDemoCaseload(QSqlDatabase db, const QDate& today)
{
    CaseRepository repository(db, QStringLiteral("Demo Practitioner"),
                              [today] { return QDateTime(today, QTime(9, 0)); });
    for (const CaseRecord& record : demoJourneys(today)) {
        const CaseWriteResult written = repository.createCase(record);
        if (!written.ok()) {
            qWarning("alongside: the demo case %s was refused: %s", qUtf8Printable(record.reference),
                     qUtf8Printable(written.error));
            return false;
        }
    }
    return addDemoLegalRecords(std::move(db), today);
}

} // namespace alongside::core
