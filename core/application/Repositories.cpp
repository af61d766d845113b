#include "application/Repositories.h"

#include "storage/store/StoreReader.h"

namespace alongside::core {

Repositories::Repositories(QSqlDatabase db, Writer writer, Clock now)
    : m_db(std::move(db)), m_writer(std::move(writer)), m_now(std::move(now))
{}

Repositories::Repositories(QSqlDatabase db) : Repositories(std::move(db), [] { return QString(); })
{}

QString Repositories::writer() const
{
    return m_writer ? m_writer() : QString();
}

CaseRepository Repositories::cases() const
{
    return CaseRepository(m_db, writer(), m_now);
}

CapacityRepository Repositories::capacity() const
{
    return CapacityRepository(m_db, writer(), m_now);
}

AdvocacyRepository Repositories::advocacy() const
{
    return AdvocacyRepository(m_db, writer(), m_now);
}

RiskEnablementRepository Repositories::riskEnablement() const
{
    return RiskEnablementRepository(m_db, writer(), m_now);
}

SupervisionRepository Repositories::supervision() const
{
    return SupervisionRepository(m_db, writer(), m_now);
}

LetterRepository Repositories::letters() const
{
    return LetterRepository(m_db, writer(), m_now);
}

LetterService Repositories::letterService() const
{
    return LetterService(m_db, writer(), m_now);
}

CaseloadRepository Repositories::caseload() const
{
    return CaseloadRepository(m_db);
}

CaseSearch Repositories::search() const
{
    return CaseSearch(m_db);
}

DraftRepository Repositories::drafts() const
{
    return DraftRepository(m_db);
}

PractitionerRepository Repositories::whoIsWriting() const
{
    return PractitionerRepository(m_db);
}

TeamKeyRepository Repositories::teamKeys() const
{
    return TeamKeyRepository(m_db);
}

ReportRepository Repositories::reports() const
{
    return ReportRepository(m_db);
}

bool readReports(StoreReader& reader, const std::function<void(const ReportRepository&)>& read)
{
    return reader.read([&](const QSqlDatabase& db) { read(ReportRepository(db)); });
}

} // namespace alongside::core
