#include "advocacy/AdvocacySection.h"

#include "advocacy/AdvocacyFactsForm.h"
#include "advocacy/ImcaFactsForm.h"
#include "advocacy/WishesForm.h"
#include "capacity/FormParts.h"
#include "capacity/LegalLabels.h"
#include "capacity/LegalRecordCard.h"
#include "capacity/RuleResultView.h"
#include "common/DateField.h"
#include "common/DisplayFormats.h"
#include "common/GentleNote.h"
#include "rules/AdvocacyCheck.h"
#include "rules/AuthorityScope.h"
#include "rules/ImcaCheck.h"
#include "rules/OneAdvocateCheck.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace alongside::ui {

namespace {
// The IMCA answer (whose reasons already give each trigger's answer) and each trigger's own
// points. With more than one trigger in prospect a point names its trigger, so "must" and
// "may" are never read as being about the same thing.
core::RuleResult imcaForDisplay(const core::ImcaResult& imca)
{
    core::RuleResult shown = imca;
    // Core's summary already gathers each finding's missing facts and prompts; they are shown
    // once, from the findings below, each named by its trigger when there are several.
    shown.missing.clear();
    shown.prompts.clear();
    shown.flags.clear();
    const bool several = imca.findings.size() > 1;
    for (const core::ImcaFinding& finding : imca.findings) {
        const QString name = core::triggerName(finding.trigger);
        const std::pair<core::CitedPoints*, const core::CitedPoints*> parts[] = {
            {&shown.reasons, &finding.reasons},
            {&shown.missing, &finding.missing},
            {&shown.prompts, &finding.prompts},
            {&shown.flags, &finding.flags}};
        for (const auto& [into, from] : parts)
            for (const core::CitedPoint& point : *from)
                into->push_back(
                    {several ? QStringLiteral("%1: %2").arg(name, point.text) : point.text, point.citation});
    }
    return shown;
}
} // namespace

AdvocacySection::AdvocacySection(const CaseAccess& access, QWidget* parent)
    : CaseSection(tr("Advocacy"), access, parent),
      m_facts(new AdvocacyFactsForm(this)),
      m_careActResult(new RuleResultView(tr("Care Act advocacy (ss.67-68)"), this)),
      m_imcaFacts(new ImcaFactsForm(this)),
      m_imcaResult(new RuleResultView(tr("Independent mental capacity advocate"), this)),
      m_oneResult(new RuleResultView(tr("One advocate for both roles"), this)),
      m_lastCheck(new QLabel(this)),
      m_saveCheck(new QPushButton(tr("Save this check"), this)),
      m_referrals(new QWidget(this)),
      m_referralLayout(new QVBoxLayout(m_referrals)),
      m_referredOn(new DateField(DateDirection::Past, this)),
      m_provider(new QLineEdit(this)),
      m_advocate(new QLineEdit(this)),
      m_role(new QComboBox(this)),
      m_addReferral(new QPushButton(tr("Add referral"), this)),
      m_wishes(new WishesForm(this)),
      m_overrides(new QWidget(this)),
      m_overrideLayout(new QVBoxLayout(m_overrides))
{
    setObjectName(QStringLiteral("advocacySection"));
    m_careActResult->setObjectName(QStringLiteral("careActResult"));
    m_imcaResult->setObjectName(QStringLiteral("imcaResult"));
    m_oneResult->setObjectName(QStringLiteral("oneAdvocateResult"));

    body()->addWidget(stepHeading(tr("Care Act advocate — for the current process"), this));
    body()->addWidget(m_facts);
    body()->addWidget(m_careActResult);
    body()->addWidget(stepHeading(tr("IMCA — Mental Capacity Act"), this));
    body()->addWidget(m_imcaFacts);
    body()->addWidget(m_imcaResult);
    body()->addWidget(m_oneResult);
    m_saveCheck->setObjectName(QStringLiteral("saveAdvocacyCheck"));
    m_lastCheck->setObjectName(QStringLiteral("lastAdvocacyCheck"));
    m_lastCheck->setWordWrap(true);
    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(m_saveCheck);
    saveRow->addWidget(m_lastCheck, 1);
    body()->addLayout(saveRow);

    body()->addWidget(stepHeading(tr("Referrals to an advocate"), this));
    m_referralLayout->setContentsMargins(0, 0, 0, 0);
    m_referralLayout->setSpacing(6);
    body()->addWidget(m_referrals);
    m_referredOn->setAccessibleName(tr("Date of the referral"));
    m_provider->setObjectName(QStringLiteral("referralProvider"));
    m_provider->setAccessibleName(tr("Advocacy provider"));
    m_provider->setPlaceholderText(tr("Provider"));
    m_advocate->setObjectName(QStringLiteral("referralAdvocate"));
    m_advocate->setAccessibleName(tr("Advocate's name"));
    m_advocate->setPlaceholderText(tr("Advocate's name, if known"));
    m_role->setObjectName(QStringLiteral("referralRole"));
    m_role->setAccessibleName(tr("Role"));
    for (const auto role : {core::AdvocateRole::CareAct, core::AdvocateRole::Imca, core::AdvocateRole::Both})
        m_role->addItem(roleLabel(role), static_cast<int>(role));
    m_addReferral->setObjectName(QStringLiteral("addReferral"));
    auto* referralRow = new QHBoxLayout;
    referralRow->addWidget(m_referredOn);
    referralRow->addWidget(m_provider, 2);
    referralRow->addWidget(m_advocate, 2);
    body()->addLayout(referralRow);
    auto* roleRow = new QHBoxLayout;
    auto* roleLabel = new QLabel(tr("Role"), this);
    roleLabel->setBuddy(m_role); // Qt 6.4 on Linux names a combo box by its label
    roleRow->addWidget(roleLabel);
    roleRow->addWidget(m_role);
    roleRow->addWidget(m_addReferral);
    roleRow->addStretch(1);
    body()->addLayout(roleRow);

    body()->addWidget(stepHeading(tr("If they do not want anything done"), this));
    body()->addWidget(m_wishes);
    m_overrideLayout->setContentsMargins(0, 0, 0, 0);
    body()->addWidget(m_overrides);

    connect(m_facts, &AdvocacyFactsForm::changed, this, &AdvocacySection::recheck);
    connect(m_imcaFacts, &ImcaFactsForm::changed, this, &AdvocacySection::recheck);
    connect(m_saveCheck, &QPushButton::clicked, this, &AdvocacySection::saveCheck);
    connect(m_addReferral, &QPushButton::clicked, this, &AdvocacySection::addReferral);
    connect(m_wishes, &WishesForm::recordRequested, this, &AdvocacySection::recordWishes);
    recheck();
}

core::AdvocacyRepository AdvocacySection::repository() const
{
    return access().records().advocacy();
}

void AdvocacySection::showRecord(const core::CaseRecord& record)
{
    const core::AdvocacyRepository store = repository();
    const std::optional<core::StoredAdvocacyCheck> latest = store.latestCheck(record.id);
    // The facts being filled in are kept across reloads; a case opened afresh starts from its
    // latest saved check.
    if (record.id != m_shownCase) {
        m_shownCase = record.id;
        m_facts->fill(latest ? latest->situation : core::AdvocacySituation{});
        m_imcaFacts->fill(latest ? latest->imcaSituation : core::ImcaSituation{});
        m_wishes->clear();
    }
    // Nominees, attorneys and deputies live on the person's page: the check reads them as they
    // are now, with what each covers (MCA 2005 s.40(1)).
    m_imcaFacts->setRepresentatives(core::authorisedRepresentatives(record.person.legalRepresentatives));
    m_lastCheck->setText(latest
                             ? tr("Last saved %1: %2; %3.")
                                   .arg(shortDate(latest->checkedOn), advocacyAnswer(latest->careActResult),
                                        imcaAnswer(latest->imcaResult))
                             : tr("Not checked yet for this case."));

    qDeleteAll(m_referrals->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly));
    m_storedReferrals.clear();
    for (const core::StoredAdvocateReferral& stored : store.referrals(record.id)) {
        const core::AdvocateReferral& referral = stored.referral;
        m_storedReferrals.push_back(referral);
        m_referralLayout->addWidget(new LegalRecordCard(
            QStringLiteral("referralCard"), tr("%1 — %2").arg(roleLabel(referral.role), referral.provider),
            {tr("Referred %1").arg(shortDate(referral.referredOn)),
             referral.advocateName.isEmpty() ? tr("Advocate not named yet")
                                             : tr("Advocate: %1").arg(referral.advocateName)},
            m_referrals));
    }
    if (m_storedReferrals.empty()) {
        auto* none = new QLabel(tr("No referrals yet."), m_referrals);
        none->setObjectName(QStringLiteral("noReferrals"));
        m_referralLayout->addWidget(none);
    }
    m_referredOn->setDate(access().today());

    qDeleteAll(m_overrides->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly));
    for (const core::StoredWishesOverride& stored : store.wishesOverrides(record.id)) {
        const core::WishesResult result = core::checkWishes(stored.situation);
        m_overrideLayout->addWidget(new LegalRecordCard(
            QStringLiteral("wishesCard"), tr("Recorded %1").arg(shortDate(stored.recordedOn)),
            {wishesAnswer(result.decision),
             stored.situation.inTheirOwnWords.isEmpty()
                 ? QString()
                 : tr("In their words: “%1”").arg(stored.situation.inTheirOwnWords)},
            m_overrides));
    }
    recheck();
}

void AdvocacySection::recheck()
{
    const core::AdvocacyResult careAct = core::checkAdvocacy(m_facts->situation());
    m_careActResult->showResult(advocacyAnswer(careAct.decision), careAct);
    const core::ImcaResult imca = core::checkImca(m_imcaFacts->situation());
    m_imcaResult->showResult(imcaAnswer(imca.duty), imcaForDisplay(imca));
    const core::OneAdvocateResult one = core::checkOneAdvocate(careAct, imca, m_storedReferrals);
    m_oneResult->showResult(oneAdvocateAnswer(one.decision), one);
    m_oneResult->setVisible(one.decision != core::OneAdvocateDecision::NotBothIndicated);
}

void AdvocacySection::saveCheck()
{
    if (const QString unread = unreadDateIn(m_imcaFacts); !unread.isEmpty()) {
        problem()->say(unread);
        return;
    }
    if (report(repository().recordCheck(caseId(), access().today(), m_facts->situation(),
                                        m_imcaFacts->situation())))
        m_saveCheck->setFocus();
}

void AdvocacySection::addReferral()
{
    if (m_referredOn->hasProblem() || !m_referredOn->date().isValid()) {
        problem()->say(m_referredOn->hasProblem()
                           ? tr("Date of the referral: %1").arg(m_referredOn->problem())
                           : tr("Say on which day the referral was made."));
        m_referredOn->setFocus();
        return;
    }
    core::AdvocateReferral referral;
    referral.referredOn = m_referredOn->date();
    referral.provider = m_provider->text().trimmed();
    referral.advocateName = m_advocate->text().trimmed();
    referral.role = static_cast<core::AdvocateRole>(m_role->currentData().toInt());
    if (referral.provider.isEmpty()) {
        m_provider->setFocus();
        return;
    }
    if (report(repository().addReferral(caseId(), referral))) {
        m_provider->clear();
        m_advocate->clear();
        m_provider->setFocus();
    }
}

void AdvocacySection::recordWishes()
{
    if (report(repository().recordWishesOverride(caseId(), access().today(), m_wishes->situation())))
        m_wishes->clear();
}

} // namespace alongside::ui
