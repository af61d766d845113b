#include "documents/FiguresFixtures.h"

#include "storage/CaseFixtures.h"
#include "storage/repositories/CaseRepository.h"

#include <stdexcept>

namespace alongside::test {

using namespace Qt::Literals::StringLiterals;
using namespace core;

namespace {

CaseRecord enquiry(const QString& reference, const QString& given, const QDate& receivedOn,
                   const QStringList& riskTypes, const QString& location, const QString& source)
{
    CaseRecord r;
    r.reference = reference;
    r.person.givenName = given;
    r.person.familyName = u"Testperson"_s;
    r.concern.receivedOn = receivedOn;
    r.concern.riskTypes = riskTypes;
    if (!location.isEmpty())
        r.concern.locationsOfRisk = {location};
    if (!source.isEmpty())
        r.concern.sourcesOfRisk = {source};
    Section42Decision d;
    d.hasCareAndSupportNeeds = YesNoUnknown::Yes;
    d.experiencingOrAtRiskOfAbuse = YesNoUnknown::Yes;
    d.unableToProtectThemselves = YesNoUnknown::Yes;
    d.decision = EnquiryDecision::Section42;
    d.decidedOn = receivedOn.addDays(1);
    d.decidedBy = u"Team Manager Example"_s;
    r.section42 = d;
    return r;
}

qint64 written(CaseRepository& repository, const CaseRecord& record)
{
    const CaseWriteResult result = repository.createCase(record);
    if (!result.ok())
        throw std::runtime_error(result.error.toStdString());
    return result.id;
}

} // namespace

ReportPeriod figuresYear()
{
    return {QDate(2025, 4, 1), QDate(2026, 3, 2)};
}

FiguresCases writeFiguresCases(const QSqlDatabase& db)
{
    CaseRepository repository(db, kPractitioner, [] { return QDateTime(QDate(2026, 3, 2), QTime(10, 0)); });
    FiguresCases cases;
    cases.nora = written(repository, fullCase(u"FIG-NORA"_s));

    CaseRecord bill = enquiry(u"FIG-BILL"_s, u"Bill"_s, QDate(2026, 1, 12), {u"Physical Abuse"_s},
                              u"Own Home"_s, u"Service Provider"_s);
    bill.mspAsked = u"Yes they were asked but no outcomes were expressed"_s;
    bill.closure = Closure{
        QDate(2026, 2, 10), FeelsSafer::Yes, u"Risk identified and action taken"_s, u"Risk removed"_s, {}};
    cases.bill = written(repository, bill);

    CaseRecord cath = enquiry(u"FIG-CATH"_s, u"Cath"_s, QDate(2025, 5, 2),
                              {u"Physical Abuse"_s, u"Neglect and Acts of Omission"_s},
                              u"Care Home – Residential"_s, u"Service Provider"_s);
    cath.mspAsked = u"No"_s;
    cath.closure = Closure{
        QDate(2025, 6, 1), FeelsSafer::NotAsked, u"No risk identified and no action taken"_s, {}, {}};
    cases.cath = written(repository, cath);

    CaseRecord open = enquiry(u"FIG-OPEN"_s, u"Olga"_s, QDate(2026, 2, 20), {u"Physical Abuse"_s},
                              u"Own Home"_s, u"Service Provider"_s);
    cases.stillOpen = written(repository, open);

    CaseRecord other = enquiry(u"FIG-OTHER"_s, u"Owen"_s, QDate(2025, 9, 1), {u"Physical Abuse"_s},
                               u"Own Home"_s, u"Service Provider"_s);
    other.section42->decision = EnquiryDecision::OtherEnquiry;
    other.closure = Closure{
        QDate(2025, 10, 1), FeelsSafer::Yes, u"Risk identified and action taken"_s, u"Risk removed"_s, {}};
    cases.otherEnquiry = written(repository, other);

    CaseRecord before = enquiry(u"FIG-BEFORE"_s, u"Bea"_s, QDate(2025, 1, 6), {u"Physical Abuse"_s},
                                u"Own Home"_s, u"Service Provider"_s);
    before.closure = Closure{
        QDate(2025, 3, 1), FeelsSafer::Yes, u"Risk identified and action taken"_s, u"Risk removed"_s, {}};
    cases.yearBefore = written(repository, before);
    return cases;
}

} // namespace alongside::test
