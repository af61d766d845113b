#include "risk/RiskEnablementForm.h"

#include "advocacy/FactFields.h"
#include "capacity/FormParts.h"
#include "capacity/LegalLabels.h"
#include "capacity/MiniList.h"
#include "common/AnswerLabels.h"
#include "common/DateField.h"
#include "common/DisplayFormats.h"
#include "common/FormDraft.h"
#include "common/TabOrder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace alongside::ui {

namespace {
QComboBox* levelField(const QString& name, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setAccessibleName(name);
    for (const auto level :
         {core::RiskLevel::NotRated, core::RiskLevel::Low, core::RiskLevel::Medium, core::RiskLevel::High})
        combo->addItem(riskLevelLabel(level), static_cast<int>(level));
    return combo;
}

// The options, steps and views added so far, for the draft (they are not fields).
QJsonValue listsToJson(const core::RiskEnablementNote& lists)
{
    QJsonArray options;
    for (const core::RiskOption& option : lists.options)
        options.append(QJsonObject{{QStringLiteral("description"), option.description},
                                   {QStringLiteral("leastRestrictive"), option.leastRestrictive},
                                   {QStringLiteral("chosen"), option.chosen},
                                   {QStringLiteral("considerations"), option.considerations}});
    QJsonArray actions;
    for (const core::AgreedAction& action : lists.actions)
        actions.append(QJsonObject{{QStringLiteral("what"), action.what},
                                   {QStringLiteral("who"), action.who},
                                   {QStringLiteral("byWhen"), action.byWhen.toString(Qt::ISODate)},
                                   {QStringLiteral("acceptedByPerson"), action.acceptedByPerson}});
    QJsonArray views;
    for (const core::ViewOfOthers& view : lists.views)
        views.append(QJsonObject{{QStringLiteral("whose"), view.whose},
                                 {QStringLiteral("view"), view.view},
                                 {QStringLiteral("differs"), view.differs}});
    // An array, so that nothing added reads as nothing typed.
    if (options.isEmpty() && actions.isEmpty() && views.isEmpty())
        return QJsonArray();
    return QJsonArray{options, actions, views};
}

void listsFromJson(const QJsonValue& value, core::RiskEnablementNote& lists)
{
    const QJsonArray all = value.toArray();
    lists.options.clear();
    lists.actions.clear();
    lists.views.clear();
    for (const QJsonValue& option : all.at(0).toArray()) {
        const QJsonObject o = option.toObject();
        lists.options.push_back({o.value(QStringLiteral("description")).toString(),
                                 o.value(QStringLiteral("leastRestrictive")).toBool(),
                                 o.value(QStringLiteral("chosen")).toBool(),
                                 o.value(QStringLiteral("considerations")).toString()});
    }
    for (const QJsonValue& action : all.at(1).toArray()) {
        const QJsonObject a = action.toObject();
        lists.actions.push_back({a.value(QStringLiteral("what")).toString(),
                                 a.value(QStringLiteral("who")).toString(),
                                 QDate::fromString(a.value(QStringLiteral("byWhen")).toString(), Qt::ISODate),
                                 a.value(QStringLiteral("acceptedByPerson")).toBool(true)});
    }
    for (const QJsonValue& view : all.at(2).toArray()) {
        const QJsonObject v = view.toObject();
        lists.views.push_back({v.value(QStringLiteral("whose")).toString(),
                               v.value(QStringLiteral("view")).toString(),
                               v.value(QStringLiteral("differs")).toBool()});
    }
}

QFormLayout* formIn(QVBoxLayout* layout)
{
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    layout->addLayout(form);
    return form;
}
} // namespace

RiskEnablementForm::RiskEnablementForm(std::function<QDateTime()> now, QWidget* parent)
    : QWidget(parent),
      m_now(std::move(now)),
      m_activity(lineField(tr("The activity or situation"), tr("For example: walking to the shop on her own"),
                           this)),
      m_meaning(longTextField(tr("What it means to them, in their words"), tr("In their words"), this)),
      m_desired(lineField(tr("What they want from it"), tr("Their desired outcome"), this)),
      m_outcomes(new QWidget(this)),
      m_outcomeLayout(new QVBoxLayout(m_outcomes)),
      m_strengths(longTextField(tr("Strengths and resilience"), tr("What helps them manage it"), this)),
      m_protective(
          lineField(tr("People and resources that protect them"), tr("People, places, equipment"), this)),
      m_couldHappen(longTextField(tr("What could happen"), tr("What could go wrong"), this)),
      m_toPerson(new QCheckBox(tr("Them"), this)),
      m_toOthers(new QCheckBox(tr("Other adults"), this)),
      m_toChildren(new QCheckBox(tr("Children"), this)),
      m_likelihood(levelField(tr("How likely"), this)),
      m_impact(levelField(tr("How serious"), this)),
      m_personsView(longTextField(tr("Their own view of the risk"), tr("In their words"), this)),
      m_acceptable(lineField(tr("What they find acceptable"),
                             tr("What they accept, and what feels proportionate"), this)),
      m_capacity(yesNoField(tr("Capacity for this risk decision?"), this)),
      m_capacityLink(new QComboBox(this)),
      m_options(new MiniList(tr("Options considered"), tr("Add the option"), this)),
      m_optionText(lineField(tr("An option"), tr("An option"), this)),
      m_optionLeast(new QCheckBox(tr("Least restrictive"), this)),
      m_optionChosen(new QCheckBox(tr("Chosen"), this)),
      m_agreed(longTextField(tr("What is agreed"), tr("What is agreed, in plain words"), this)),
      m_actions(new MiniList(tr("Who does what, by when"), tr("Add the step"), this)),
      m_actionWhat(lineField(tr("What"), tr("What"), this)),
      m_actionWho(lineField(tr("Who"), tr("Who"), this)),
      m_actionBy(new DateField(DateDirection::Future, this)),
      m_contingency(lineField(tr("If it goes wrong"), tr("What happens if it goes wrong"), this)),
      m_escalation(lineField(tr("When to escalate"),
                             tr("The trigger to go to a manager, risk panel or meeting"), this)),
      m_views(new MiniList(tr("Views of others"), tr("Add the view"), this)),
      m_viewWhose(lineField(tr("Whose view"), tr("Whose — advocate, family, agency"), this)),
      m_viewText(lineField(tr("Their view"), tr("Their view"), this)),
      m_viewDiffers(new QCheckBox(tr("Differs"), this)),
      m_differ(lineField(tr("Where views differ"), tr("Where views differ, say so"), this)),
      m_decidedBy(lineField(tr("Who made the decision"), tr("Who made the decision"), this)),
      m_signOff(lineField(tr("Manager sign-off"), tr("Manager, if signed off"), this)),
      m_decidedOn(new DateField(DateDirection::Past, this)),
      m_reviewOn(new DateField(DateDirection::Future, this)),
      m_monitored(lineField(tr("How it will be monitored"), tr("How it will be monitored"), this)),
      m_tools(lineField(tr("Named tools"), tr("For example: DASH, Hoarding Rating Scale score"), this)),
      m_flagOthers(new QCheckBox(tr("Others are at risk"), this)),
      m_flagCoercion(new QCheckBox(tr("Coercion or control suspected"), this)),
      m_flagCrime(new QCheckBox(tr("A serious crime"), this)),
      m_flagTrust(new QCheckBox(tr("A person in a position of trust is implicated"), this)),
      m_flagsNote(new QLabel(this)),
      m_save(new QPushButton(tr("Save risk enablement note"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this)),
      m_draft(new FormDraft(this))
{
    setObjectName(QStringLiteral("riskEnablementForm"));
    m_draft->keepAlso(
        QStringLiteral("lists"), [this] { return listsToJson(m_lists); },
        [this](const QJsonValue& lists) {
            listsFromJson(lists, m_lists);
            showLists();
        });
    m_activity->setObjectName(QStringLiteral("riskActivity"));
    m_capacityLink->setObjectName(QStringLiteral("riskCapacityLink"));
    m_capacityLink->setAccessibleName(tr("Capacity assessment for this risk decision"));
    m_reviewOn->setObjectName(QStringLiteral("riskReviewOn"));
    m_reviewOn->setAccessibleName(tr("Review date"));
    m_decidedOn->setAccessibleName(tr("Date decided"));
    m_actionBy->setAccessibleName(tr("By when"));
    m_decidedBy->setObjectName(QStringLiteral("riskDecidedBy"));
    m_toPerson->setAccessibleName(tr("At risk: them"));
    m_toOthers->setAccessibleName(tr("At risk: other adults"));
    m_toChildren->setAccessibleName(tr("At risk: children"));
    m_outcomes->setObjectName(QStringLiteral("riskOutcomes"));
    m_outcomeLayout->setContentsMargins(0, 0, 0, 0);
    m_outcomeLayout->setSpacing(2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(stepHeading(tr("1. What it is, and what it means to them"), this));
    QFormLayout* what = formIn(layout);
    what->addRow(tr("Activity or situation"), m_activity);
    what->addRow(tr("What it means to them"), m_meaning);
    what->addRow(tr("What they want from it"), m_desired);
    what->addRow(tr("Outcomes it serves"), m_outcomes);
    what->addRow(tr("Strengths"), m_strengths);
    what->addRow(tr("Who and what protects them"), m_protective);

    layout->addWidget(stepHeading(tr("2. The risk, as they and you see it"), this));
    QFormLayout* risk = formIn(layout);
    risk->addRow(tr("What could happen"), m_couldHappen);
    auto* whom = new QHBoxLayout;
    for (QCheckBox* box : {m_toPerson, m_toOthers, m_toChildren})
        whom->addWidget(box);
    whom->addStretch(1);
    risk->addRow(tr("To whom"), whom);
    auto* rating = new QHBoxLayout;
    rating->addWidget(m_likelihood);
    auto* impactLabel = new QLabel(tr("how serious"), this);
    impactLabel->setBuddy(m_impact); // Qt 6.4 on Linux names a combo box by its label
    rating->addWidget(impactLabel);
    rating->addWidget(m_impact);
    rating->addStretch(1);
    auto* likelihoodLabel = new QLabel(tr("How likely"), this);
    likelihoodLabel->setBuddy(m_likelihood);
    risk->addRow(likelihoodLabel, rating);
    risk->addRow(tr("Their view of it"), m_personsView);
    risk->addRow(tr("Acceptable to them"), m_acceptable);

    layout->addWidget(stepHeading(tr("3. Capacity for this risk decision"), this));
    QFormLayout* capacity = formIn(layout);
    capacity->addRow(tr("Capacity for this decision?"), m_capacity);
    capacity->addRow(tr("Assessment, where in doubt"), m_capacityLink);

    layout->addWidget(stepHeading(tr("4. Options, and what is agreed"), this));
    m_options->fields()->addWidget(m_optionText, 1);
    m_options->fields()->addWidget(m_optionLeast);
    m_options->fields()->addWidget(m_optionChosen);
    layout->addWidget(m_options);
    QFormLayout* agreed = formIn(layout);
    agreed->addRow(tr("What is agreed"), m_agreed);
    m_actionBy->setDate(m_now().date().addDays(14));
    m_actions->fields()->addWidget(m_actionWhat, 2);
    m_actions->fields()->addWidget(m_actionWho, 1);
    m_actions->fields()->addWidget(m_actionBy);
    layout->addWidget(m_actions);
    QFormLayout* wrong = formIn(layout);
    wrong->addRow(tr("If it goes wrong"), m_contingency);
    wrong->addRow(tr("When to escalate"), m_escalation);

    layout->addWidget(stepHeading(tr("5. Other views"), this));
    m_views->fields()->addWidget(m_viewWhose, 1);
    m_views->fields()->addWidget(m_viewText, 2);
    m_views->fields()->addWidget(m_viewDiffers);
    layout->addWidget(m_views);
    QFormLayout* differ = formIn(layout);
    differ->addRow(tr("Where views differ"), m_differ);

    layout->addWidget(stepHeading(tr("6. Decision and review"), this));
    QFormLayout* decision = formIn(layout);
    auto* decided = new QHBoxLayout;
    decided->addWidget(m_decidedBy, 1);
    decided->addWidget(new QLabel(tr("on"), this));
    decided->addWidget(m_decidedOn);
    decision->addRow(tr("Decided by"), decided);
    decision->addRow(tr("Manager sign-off"), m_signOff);
    auto* review = new QHBoxLayout;
    review->addWidget(m_reviewOn);
    review->addStretch(1);
    // A row given as a layout gets a label with no field to move to: name the field, or the
    // "&" would show as written.
    auto* reviewLabel = new QLabel(tr("Review by"), this);
    reviewLabel->setBuddy(m_reviewOn);
    decision->addRow(reviewLabel, review);
    decision->addRow(tr("How monitored"), m_monitored);
    decision->addRow(tr("Tools used alongside"), m_tools);

    layout->addWidget(stepHeading(tr("What changes the picture"), this));
    auto* flags = new QGridLayout; // two a row: the column stays narrow
    int placed = 0;
    for (QCheckBox* box : {m_flagOthers, m_flagCoercion, m_flagCrime, m_flagTrust}) {
        flags->addWidget(box, placed / 2, placed % 2);
        ++placed;
        connect(box, &QCheckBox::toggled, this, &RiskEnablementForm::showFlagsNote);
    }
    layout->addLayout(flags);
    m_flagsNote->setWordWrap(true);
    m_flagsNote->setObjectName(QStringLiteral("riskFlagsNote"));
    layout->addWidget(m_flagsNote);

    m_save->setObjectName(QStringLiteral("saveRiskNote"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_options, &MiniList::addRequested, this, [this] {
        if (m_optionText->text().trimmed().isEmpty())
            return m_optionText->setFocus();
        m_lists.options.push_back({m_optionText->text().trimmed(), m_optionLeast->isChecked(),
                                   m_optionChosen->isChecked(), QString()});
        m_optionText->clear();
        m_optionLeast->setChecked(false);
        m_optionChosen->setChecked(false);
        showLists();
    });
    connect(m_options, &MiniList::removeRequested, this, [this](int index) {
        m_lists.options.erase(m_lists.options.begin() + index);
        showLists();
    });
    connect(m_actions, &MiniList::addRequested, this, [this] {
        if (m_actionWhat->text().trimmed().isEmpty())
            return m_actionWhat->setFocus();
        m_lists.actions.push_back(
            {m_actionWhat->text().trimmed(), m_actionWho->text().trimmed(), m_actionBy->date(), true});
        m_actionWhat->clear();
        m_actionWho->clear();
        showLists();
    });
    connect(m_actions, &MiniList::removeRequested, this, [this](int index) {
        m_lists.actions.erase(m_lists.actions.begin() + index);
        showLists();
    });
    connect(m_views, &MiniList::addRequested, this, [this] {
        if (m_viewWhose->text().trimmed().isEmpty())
            return m_viewWhose->setFocus();
        m_lists.views.push_back(
            {m_viewWhose->text().trimmed(), m_viewText->text().trimmed(), m_viewDiffers->isChecked()});
        m_viewWhose->clear();
        m_viewText->clear();
        m_viewDiffers->setChecked(false);
        showLists();
    });
    connect(m_views, &MiniList::removeRequested, this, [this](int index) {
        m_lists.views.erase(m_lists.views.begin() + index);
        showLists();
    });
    connect(m_save, &QPushButton::clicked, this, &RiskEnablementForm::saveRequested);
    connect(m_cancel, &QPushButton::clicked, this, &RiskEnablementForm::cancelRequested);
    clear();
}

void RiskEnablementForm::setChoices(const std::vector<core::DesiredOutcome>& outcomes,
                                    const std::vector<core::StoredCapacityAssessment>& assessments)
{
    qDeleteAll(m_outcomes->findChildren<QCheckBox*>(QString(), Qt::FindDirectChildrenOnly));
    for (const core::DesiredOutcome& outcome : outcomes) {
        const QString wording = outcome.current() ? outcome.current()->wording : QString();
        auto* box = new QCheckBox(QStringLiteral("“%1”").arg(wording), m_outcomes);
        box->setProperty("outcomeId", outcome.id);
        box->setAccessibleName(tr("Serves the outcome: %1").arg(wording));
        m_outcomeLayout->addWidget(box);
    }
    if (outcomes.empty()) {
        auto* box = new QCheckBox(tr("No outcomes recorded yet"), m_outcomes);
        box->setEnabled(false);
        m_outcomeLayout->addWidget(box);
    }
    m_capacityLink->clear();
    m_capacityLink->addItem(tr("None linked"), QVariant());
    for (const core::StoredCapacityAssessment& stored : assessments)
        m_capacityLink->addItem(
            tr("%1 (%2)").arg(stored.assessment.decision, shortDate(stored.assessment.assessedOn)),
            stored.id);
    chainTabs(tabStopsAsLaidOut(this)); // the new outcome choices sit where they are shown
}

QCheckBox* RiskEnablementForm::outcomeChoice(qint64 outcomeId) const
{
    for (QCheckBox* box : m_outcomes->findChildren<QCheckBox*>(QString(), Qt::FindDirectChildrenOnly))
        if (box->property("outcomeId").isValid() && box->property("outcomeId").toLongLong() == outcomeId)
            return box;
    return nullptr;
}

core::RiskEnablementNote RiskEnablementForm::note() const
{
    core::RiskEnablementNote note = m_lists;
    note.activity = m_activity->text().trimmed();
    note.whatItMeans = m_meaning->toPlainText().trimmed();
    note.desiredOutcome = m_desired->text().trimmed();
    note.strengths = m_strengths->toPlainText().trimmed();
    note.protectivePeople = m_protective->text().trimmed();
    note.risk.whatCouldHappen = m_couldHappen->toPlainText().trimmed();
    note.risk.toWhom = {m_toPerson->isChecked(), m_toOthers->isChecked(), m_toChildren->isChecked()};
    note.risk.likelihood = static_cast<core::RiskLevel>(m_likelihood->currentData().toInt());
    note.risk.impact = static_cast<core::RiskLevel>(m_impact->currentData().toInt());
    note.personsView = m_personsView->toPlainText().trimmed();
    note.acceptableToThem = m_acceptable->text().trimmed();
    note.capacityForDecision = chosenAnswer<core::YesNoUnknown>(m_capacity);
    note.agreed = m_agreed->toPlainText().trimmed();
    note.contingency = m_contingency->text().trimmed();
    note.escalationTrigger = m_escalation->text().trimmed();
    note.whereViewsDiffer = m_differ->text().trimmed();
    note.decidedBy = m_decidedBy->text().trimmed();
    note.managerSignOff = m_signOff->text().trimmed();
    note.decidedOn = m_decidedOn->date();
    note.reviewOn = m_reviewOn->date();
    note.howMonitored = m_monitored->text().trimmed();
    note.namedTools = m_tools->text().trimmed();
    note.flags = {m_flagOthers->isChecked(), m_flagCoercion->isChecked(), m_flagCrime->isChecked(),
                  m_flagTrust->isChecked()};
    return note;
}

std::vector<qint64> RiskEnablementForm::outcomeIds() const
{
    std::vector<qint64> ids;
    for (const QCheckBox* box : m_outcomes->findChildren<QCheckBox*>(QString(), Qt::FindDirectChildrenOnly))
        if (box->isChecked() && box->property("outcomeId").isValid())
            ids.push_back(box->property("outcomeId").toLongLong());
    return ids;
}

std::optional<qint64> RiskEnablementForm::capacityAssessmentId() const
{
    const QVariant id = m_capacityLink->currentData();
    return id.isValid() ? std::optional<qint64>(id.toLongLong()) : std::nullopt;
}

void RiskEnablementForm::fill(const core::RiskEnablementNote& note, const std::vector<qint64>& outcomeIds,
                              std::optional<qint64> capacityAssessmentId)
{
    m_lists = note;
    m_activity->setText(note.activity);
    m_meaning->setPlainText(note.whatItMeans);
    m_desired->setText(note.desiredOutcome);
    for (QCheckBox* box : m_outcomes->findChildren<QCheckBox*>(QString(), Qt::FindDirectChildrenOnly))
        box->setChecked(
            box->property("outcomeId").isValid()
            && std::find(outcomeIds.begin(), outcomeIds.end(), box->property("outcomeId").toLongLong())
                != outcomeIds.end());
    m_strengths->setPlainText(note.strengths);
    m_protective->setText(note.protectivePeople);
    m_couldHappen->setPlainText(note.risk.whatCouldHappen);
    m_toPerson->setChecked(note.risk.toWhom.person);
    m_toOthers->setChecked(note.risk.toWhom.others);
    m_toChildren->setChecked(note.risk.toWhom.children);
    m_likelihood->setCurrentIndex(qMax(0, m_likelihood->findData(static_cast<int>(note.risk.likelihood))));
    m_impact->setCurrentIndex(qMax(0, m_impact->findData(static_cast<int>(note.risk.impact))));
    m_personsView->setPlainText(note.personsView);
    m_acceptable->setText(note.acceptableToThem);
    chooseAnswer(m_capacity, note.capacityForDecision);
    m_capacityLink->setCurrentIndex(
        capacityAssessmentId ? qMax(0, m_capacityLink->findData(*capacityAssessmentId)) : 0);
    m_agreed->setPlainText(note.agreed);
    m_contingency->setText(note.contingency);
    m_escalation->setText(note.escalationTrigger);
    m_differ->setText(note.whereViewsDiffer);
    m_decidedBy->setText(note.decidedBy);
    m_signOff->setText(note.managerSignOff);
    if (note.decidedOn.isValid())
        m_decidedOn->setDate(note.decidedOn);
    if (note.reviewOn.isValid())
        m_reviewOn->setDate(note.reviewOn);
    m_monitored->setText(note.howMonitored);
    m_tools->setText(note.namedTools);
    m_flagOthers->setChecked(note.flags.othersAtRisk);
    m_flagCoercion->setChecked(note.flags.coercionOrControlSuspected);
    m_flagCrime->setChecked(note.flags.seriousCrime);
    m_flagTrust->setChecked(note.flags.positionOfTrustImplicated);
    showLists();
    showFlagsNote();
}

void RiskEnablementForm::clear()
{
    core::RiskEnablementNote empty;
    empty.decidedOn = m_now().date();
    empty.reviewOn = m_now().date().addMonths(3);
    fill(empty, {}, std::nullopt);
}

void RiskEnablementForm::showLists()
{
    QStringList options;
    for (const core::RiskOption& option : m_lists.options)
        options << option.description + (option.leastRestrictive ? tr(" · least restrictive") : QString())
                + (option.chosen ? tr(" · chosen") : QString());
    m_options->setEntries(options);
    QStringList actions;
    for (const core::AgreedAction& action : m_lists.actions)
        actions << tr("%1 — %2, by %3").arg(action.what, action.who, shortDate(action.byWhen));
    m_actions->setEntries(actions);
    QStringList views;
    for (const core::ViewOfOthers& view : m_lists.views)
        views << tr("%1: %2").arg(view.whose, view.view) + (view.differs ? tr(" (differs)") : QString());
    m_views->setEntries(views);
    m_draft->edited(); // a list is part of the draft, though not a field
}

void RiskEnablementForm::showFlagsNote()
{
    const bool any = m_flagOthers->isChecked() || m_flagCoercion->isChecked() || m_flagCrime->isChecked()
        || m_flagTrust->isChecked();
    // A pointer to where the law is weighed (core's wishes check, in Advocacy), not a ruling here.
    m_flagsNote->setText(any ? tr("Their wish may not settle this on its own. Record which applies and why, "
                                  "and whether they were told, under Advocacy → If they do not want anything "
                                  "done; talk it through with your manager.")
                             : QString());
    m_flagsNote->setVisible(any);
}

} // namespace alongside::ui
