#pragma once

#include "application/LetterService.h"
#include "reporting/ReportRepository.h"
#include "storage/repositories/AdvocacyRepository.h"
#include "storage/repositories/CapacityRepository.h"
#include "storage/repositories/CaseRepository.h"
#include "storage/repositories/CaseSearch.h"
#include "storage/repositories/CaseloadRepository.h"
#include "storage/repositories/DraftRepository.h"
#include "storage/repositories/LetterRepository.h"
#include "storage/repositories/PractitionerRepository.h"
#include "storage/repositories/RiskEnablementRepository.h"
#include "storage/repositories/SupervisionRepository.h"
#include "storage/repositories/TeamKeyRepository.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace alongside::core {

class StoreReader;

// An open store's records, as a front end reaches them. The GUI and the CLI ask here for a
// repository instead of building one over a connection themselves, so the way a record is
// written (who wrote it, by which clock) is decided in one place, and a second backend can
// later be chosen here without either front end changing.
class Repositories {
public:
    using Writer = std::function<QString()>;
    using Clock = std::function<QDateTime()>;

    // `writer` names who is writing, asked afresh for every repository, so a name changed in
    // the middle of a session applies to the next record at once.
    Repositories(QSqlDatabase db, Writer writer, Clock now = &QDateTime::currentDateTime);
    // For reading, or for writes that are not signed by a person (drafts, keys, settings).
    explicit Repositories(QSqlDatabase db);

    CaseRepository cases() const;
    CapacityRepository capacity() const;
    AdvocacyRepository advocacy() const;
    RiskEnablementRepository riskEnablement() const;
    SupervisionRepository supervision() const;
    LetterRepository letters() const;
    LetterService letterService() const;
    CaseloadRepository caseload() const;
    CaseSearch search() const;
    DraftRepository drafts() const;
    PractitionerRepository whoIsWriting() const;
    TeamKeyRepository teamKeys() const;
    ReportRepository reports() const;

private:
    QString writer() const;

    QSqlDatabase m_db;
    Writer m_writer;
    Clock m_now;
};

// The figures, read on the caller's (worker) thread through the store's second, read-only
// connection. False when the store has closed meanwhile.
bool readReports(StoreReader& reader, const std::function<void(const ReportRepository&)>& read);

} // namespace alongside::core
