#include "capacity/BestInterestsForm.h"

#include "capacity/LegalLabels.h"
#include "capacity/MiniList.h"
#include "capacity/RuleResultView.h"
#include "common/AnswerLabels.h"
#include "common/DateField.h"
#include "common/FormDraft.h"
#include "rules/BestInterestsCheck.h"

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

namespace alongside::ui {

namespace {
constexpr core::UnjustifiedBasis kBases[] = {
    core::UnjustifiedBasis::Age, core::UnjustifiedBasis::Appearance, core::UnjustifiedBasis::Condition,
    core::UnjustifiedBasis::Behaviour, core::UnjustifiedBasis::UnwiseDecision};
constexpr core::ConsulteeRole kRoles[] = {core::ConsulteeRole::NamedByPerson,
                                          core::ConsulteeRole::CarerOrInterested,
                                          core::ConsulteeRole::Attorney, core::ConsulteeRole::Deputy};

void fillRoles(QComboBox* combo)
{
    for (const core::ConsulteeRole role : kRoles)
        combo->addItem(consulteeLabel(role), static_cast<int>(role));
}

// Who was consulted, who was not and the options, as added so far, for the draft (they are
// not fields).
QJsonValue listsToJson(const core::BestInterestsDecision& lists)
{
    QJsonArray consulted;
    for (const core::Consultee& person : lists.consulted)
        consulted.append(QJsonObject{{QStringLiteral("name"), person.name},
                                     {QStringLiteral("role"), static_cast<int>(person.role)},
                                     {QStringLiteral("views"), person.views}});
    QJsonArray gaps;
    for (const core::ConsultationGap& gap : lists.notConsulted)
        gaps.append(QJsonObject{{QStringLiteral("role"), static_cast<int>(gap.role)},
                                {QStringLiteral("reason"), gap.reason}});
    QJsonArray options;
    for (const core::BestInterestsOption& option : lists.options)
        options.append(QJsonObject{{QStringLiteral("description"), option.description},
                                   {QStringLiteral("leastRestrictive"), option.leastRestrictive},
                                   {QStringLiteral("chosen"), option.chosen},
                                   {QStringLiteral("considerations"), option.considerations}});
    // An array, so that nothing added reads as nothing typed.
    if (consulted.isEmpty() && gaps.isEmpty() && options.isEmpty())
        return QJsonArray();
    return QJsonArray{consulted, gaps, options};
}

void listsFromJson(const QJsonValue& value, core::BestInterestsDecision& lists)
{
    const QJsonArray all = value.toArray();
    lists.consulted.clear();
    lists.notConsulted.clear();
    lists.options.clear();
    for (const QJsonValue& person : all.at(0).toArray()) {
        const QJsonObject p = person.toObject();
        lists.consulted.push_back({p.value(QStringLiteral("name")).toString(),
                                   static_cast<core::ConsulteeRole>(p.value(QStringLiteral("role")).toInt()),
                                   p.value(QStringLiteral("views")).toString()});
    }
    for (const QJsonValue& gap : all.at(1).toArray()) {
        const QJsonObject g = gap.toObject();
        lists.notConsulted.push_back(
            {static_cast<core::ConsulteeRole>(g.value(QStringLiteral("role")).toInt()),
             g.value(QStringLiteral("reason")).toString()});
    }
    for (const QJsonValue& option : all.at(2).toArray()) {
        const QJsonObject o = option.toObject();
        lists.options.push_back({o.value(QStringLiteral("description")).toString(),
                                 o.value(QStringLiteral("leastRestrictive")).toBool(),
                                 o.value(QStringLiteral("chosen")).toBool(),
                                 o.value(QStringLiteral("considerations")).toString()});
    }
}

core::ChecklistItem* itemOf(core::BestInterestsDecision& decision, BestInterestsForm::Item item)
{
    switch (item) {
    case BestInterestsForm::Item::Circumstances:
        return &decision.allRelevantCircumstances;
    case BestInterestsForm::Item::Regaining:
        return &decision.regainingCapacity;
    case BestInterestsForm::Item::Participation:
        return &decision.participation;
    case BestInterestsForm::Item::LifeSustaining:
        return &decision.lifeSustainingTreatment;
    case BestInterestsForm::Item::Wishes:
        return &decision.wishesFeelingsBeliefsValues;
    }
    return &decision.allRelevantCircumstances;
}
} // namespace

BestInterestsForm::BestInterestsForm(std::function<QDateTime()> now, QWidget* parent)
    : QWidget(parent),
      m_now(std::move(now)),
      m_decision(new QLineEdit(this)),
      m_decidedOn(new DateField(DateDirection::Past, this)),
      m_maker(new QLineEdit(this)),
      m_lacks(new QComboBox(this)),
      m_words(new QPlainTextEdit(this)),
      m_consulted(new MiniList(tr("People consulted"), tr("Add who was consulted"), this)),
      m_consulteeName(new QLineEdit(this)),
      m_consulteeRole(new QComboBox(this)),
      m_consulteeViews(new QLineEdit(this)),
      m_gaps(new MiniList(tr("Not consulted, and why"), tr("Add who was not consulted"), this)),
      m_gapRole(new QComboBox(this)),
      m_gapReason(new QLineEdit(this)),
      m_options(new MiniList(tr("Options considered"), tr("Add the option"), this)),
      m_optionText(new QLineEdit(this)),
      m_optionLeast(new QCheckBox(tr("Least restrictive"), this)),
      m_optionChosen(new QCheckBox(tr("Chosen"), this)),
      m_whyNotLeast(new QLineEdit(this)),
      m_result(new RuleResultView(tr("What s.4 asks of this record"), this)),
      m_save(new QPushButton(tr("Save best-interests decision"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this)),
      m_draft(new FormDraft(this))
{
    setObjectName(QStringLiteral("bestInterestsForm"));
    m_draft->keepAlso(
        QStringLiteral("lists"), [this] { return listsToJson(m_lists); },
        [this](const QJsonValue& lists) {
            listsFromJson(lists, m_lists);
            showLists();
        });
    m_decision->setObjectName(QStringLiteral("bestInterestsDecision"));
    m_decision->setAccessibleName(tr("The decision"));
    m_decidedOn->setAccessibleName(tr("Date of the decision"));
    m_maker->setObjectName(QStringLiteral("bestInterestsMaker"));
    m_maker->setAccessibleName(tr("Decision maker"));
    m_lacks->setAccessibleName(tr("Do they lack capacity for this decision?"));
    fillAnswers(m_lacks, {core::YesNoUnknown::NotKnown, core::YesNoUnknown::Yes, core::YesNoUnknown::No});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* top = new QFormLayout;
    top->setRowWrapPolicy(QFormLayout::WrapLongRows);
    top->addRow(tr("The decision"), m_decision);
    top->addRow(tr("Lacks capacity for it?"), m_lacks);
    auto* whoRow = new QHBoxLayout;
    whoRow->addWidget(m_maker, 1);
    whoRow->addWidget(new QLabel(tr("on"), this));
    whoRow->addWidget(m_decidedOn);
    top->addRow(tr("Decision maker"), whoRow);
    layout->addLayout(top);

    const std::pair<Item, QString> items[] = {
        {Item::Circumstances, tr("All the relevant circumstances — s.4(2)")},
        {Item::Regaining, tr("Might they regain capacity, and when? — s.4(3)")},
        {Item::Participation, tr("How were they helped to take part? — s.4(4)")},
        {Item::LifeSustaining,
         tr("Life-sustaining treatment: not motivated by a wish to bring about death — s.4(5)")},
        {Item::Wishes, tr("Their wishes, feelings, beliefs and values — s.4(6)")}};
    auto* checklist = new QFormLayout;
    checklist->setRowWrapPolicy(QFormLayout::WrapAllRows);
    for (const auto& [item, question] : items) {
        auto* status = new QComboBox(this);
        for (const auto value : {core::ChecklistStatus::NotAddressed, core::ChecklistStatus::Addressed,
                                 core::ChecklistStatus::NotApplicable})
            status->addItem(checklistLabel(value), static_cast<int>(value));
        status->setAccessibleName(question);
        auto* note = new QLineEdit(this);
        note->setAccessibleName(tr("%1 — how, or why it does not apply").arg(question));
        note->setPlaceholderText(tr("How it was addressed, or why it does not apply"));
        m_status[item] = status;
        m_note[item] = note;
        auto* row = new QHBoxLayout;
        row->addWidget(status);
        row->addWidget(note, 1);
        auto* label = new QLabel(question, this);
        label->setBuddy(status); // Qt 6.4 on Linux names a combo box by its label
        checklist->addRow(label, row);
        connect(status, &QComboBox::currentIndexChanged, this, &BestInterestsForm::recheck);
        connect(note, &QLineEdit::textEdited, this, &BestInterestsForm::recheck);
    }
    layout->addLayout(checklist);

    m_words->setAccessibleName(tr("Their wishes and feelings in their own words"));
    m_words->setPlaceholderText(tr("As they put it — past and present, and anything they wrote down"));
    m_words->setTabChangesFocus(true);
    m_words->setFixedHeight(m_words->fontMetrics().height() * 3 + 14);
    auto* wordsLabel = new QLabel(tr("In their own words"), this);
    wordsLabel->setBuddy(m_words);
    layout->addWidget(wordsLabel);
    layout->addWidget(m_words);

    m_consulteeName->setAccessibleName(tr("Name of who was consulted"));
    m_consulteeName->setPlaceholderText(tr("Name"));
    m_consulteeRole->setAccessibleName(tr("Their role"));
    fillRoles(m_consulteeRole);
    m_consulteeViews->setAccessibleName(tr("What they said"));
    m_consulteeViews->setPlaceholderText(tr("What they said"));
    m_consulted->fields()->addWidget(m_consulteeName, 1);
    auto* roleLabel = new QLabel(tr("as"), this);
    roleLabel->setBuddy(m_consulteeRole);
    m_consulted->fields()->addWidget(roleLabel);
    m_consulted->fields()->addWidget(m_consulteeRole);
    m_consulted->fields()->addWidget(m_consulteeViews, 2);
    layout->addWidget(new QLabel(tr("Who was consulted — s.4(7)"), this));
    layout->addWidget(m_consulted);

    m_gapRole->setAccessibleName(tr("Role not consulted"));
    fillRoles(m_gapRole);
    m_gapRole->setCurrentIndex(2);
    m_gapReason->setAccessibleName(tr("Why not"));
    m_gapReason->setPlaceholderText(tr("Why not — for example: there is no attorney"));
    auto* gapLabel = new QLabel(tr("Not consulted:"), this);
    gapLabel->setBuddy(m_gapRole);
    m_gaps->fields()->addWidget(gapLabel);
    m_gaps->fields()->addWidget(m_gapRole);
    m_gaps->fields()->addWidget(m_gapReason, 1);
    layout->addWidget(m_gaps);

    m_optionText->setAccessibleName(tr("An option"));
    m_optionText->setPlaceholderText(tr("An option, and how it would be for them"));
    m_options->fields()->addWidget(m_optionText, 1);
    m_options->fields()->addWidget(m_optionLeast);
    m_options->fields()->addWidget(m_optionChosen);
    layout->addWidget(new QLabel(tr("Options — s.1(6): the less restrictive"), this));
    layout->addWidget(m_options);
    m_whyNotLeast->setAccessibleName(tr("If not the least restrictive, why"));
    m_whyNotLeast->setPlaceholderText(tr("If the chosen option is not the least restrictive: why"));
    layout->addWidget(m_whyNotLeast);

    layout->addWidget(new QLabel(tr("Does the decision lean on any of these?"), this));
    auto* bases = new QGridLayout; // three a row: the column stays narrow
    int placed = 0;
    for (const core::UnjustifiedBasis basis : kBases) {
        auto* box = new QCheckBox(basisLabel(basis), this);
        box->setAccessibleName(tr("The decision leans on: %1").arg(basisLabel(basis)));
        m_reliesOn[basis] = box;
        bases->addWidget(box, placed / 3, placed % 3);
        ++placed;
        connect(box, &QCheckBox::toggled, this, &BestInterestsForm::recheck);
    }
    layout->addLayout(bases);

    layout->addWidget(m_result);
    m_save->setObjectName(QStringLiteral("saveBestInterests"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_consulted, &MiniList::addRequested, this, [this] {
        if (m_consulteeName->text().trimmed().isEmpty())
            return m_consulteeName->setFocus();
        m_lists.consulted.push_back({m_consulteeName->text().trimmed(),
                                     static_cast<core::ConsulteeRole>(m_consulteeRole->currentData().toInt()),
                                     m_consulteeViews->text().trimmed()});
        m_consulteeName->clear();
        m_consulteeViews->clear();
        showLists();
    });
    connect(m_consulted, &MiniList::removeRequested, this, [this](int index) {
        m_lists.consulted.erase(m_lists.consulted.begin() + index);
        showLists();
    });
    connect(m_gaps, &MiniList::addRequested, this, [this] {
        m_lists.notConsulted.push_back({static_cast<core::ConsulteeRole>(m_gapRole->currentData().toInt()),
                                        m_gapReason->text().trimmed()});
        m_gapReason->clear();
        showLists();
    });
    connect(m_gaps, &MiniList::removeRequested, this, [this](int index) {
        m_lists.notConsulted.erase(m_lists.notConsulted.begin() + index);
        showLists();
    });
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
    for (QLineEdit* field : {m_decision, m_maker, m_whyNotLeast})
        connect(field, &QLineEdit::textEdited, this, &BestInterestsForm::recheck);
    connect(m_lacks, &QComboBox::currentIndexChanged, this, &BestInterestsForm::recheck);
    connect(m_words, &QPlainTextEdit::textChanged, this, &BestInterestsForm::recheck);
    connect(m_save, &QPushButton::clicked, this, &BestInterestsForm::saveRequested);
    connect(m_cancel, &QPushButton::clicked, this, &BestInterestsForm::cancelRequested);
    clear();
}

core::BestInterestsDecision BestInterestsForm::decision() const
{
    core::BestInterestsDecision decision = m_lists;
    decision.decision = m_decision->text().trimmed();
    decision.decisionMaker = m_maker->text().trimmed();
    decision.decidedOn = m_decidedOn->date();
    // Unanswered is "not known": the check then asks for the capacity finding, never assumes it.
    decision.lacksCapacityForDecision = answerIfChosen<core::YesNoUnknown>(m_lacks).value_or(
        core::YesNoUnknown::NotKnown);
    for (const auto& [item, status] : m_status) {
        core::ChecklistItem* target = itemOf(decision, item);
        target->status = static_cast<core::ChecklistStatus>(status->currentData().toInt());
        target->note = m_note.at(item)->text().trimmed();
    }
    decision.inTheirOwnWords = m_words->toPlainText().trimmed();
    decision.whyNotLeastRestrictive = m_whyNotLeast->text().trimmed();
    decision.reliesOn.clear();
    for (const core::UnjustifiedBasis basis : kBases)
        if (m_reliesOn.at(basis)->isChecked())
            decision.reliesOn << basis;
    return decision;
}

void BestInterestsForm::fill(const core::BestInterestsDecision& decision)
{
    m_filling = true;
    m_lists = decision;
    m_decision->setText(decision.decision);
    m_maker->setText(decision.decisionMaker);
    if (decision.decidedOn.isValid())
        m_decidedOn->setDate(decision.decidedOn);
    chooseAnswer(m_lacks, decision.lacksCapacityForDecision);
    core::BestInterestsDecision copy = decision;
    for (const auto& [item, status] : m_status) {
        const core::ChecklistItem* source = itemOf(copy, item);
        status->setCurrentIndex(qMax(0, status->findData(static_cast<int>(source->status))));
        m_note.at(item)->setText(source->note);
    }
    m_words->setPlainText(decision.inTheirOwnWords);
    m_whyNotLeast->setText(decision.whyNotLeastRestrictive);
    for (const core::UnjustifiedBasis basis : kBases)
        m_reliesOn.at(basis)->setChecked(decision.reliesOn.contains(basis));
    m_filling = false;
    showLists();
}

void BestInterestsForm::clear()
{
    core::BestInterestsDecision empty;
    empty.decidedOn = m_now().date();
    fill(empty);
    // A best-interests decision follows a finding that they lack capacity (MCA 2005 s.1(5)), but
    // the finding is the practitioner's to record, not the form's to assume.
    leaveUnanswered(m_lacks, tr("Not answered yet"));
}

void BestInterestsForm::showLists()
{
    QStringList consulted;
    for (const core::Consultee& person : m_lists.consulted)
        consulted << tr("%1 (%2): %3").arg(person.name, consulteeLabel(person.role), person.views);
    m_consulted->setEntries(consulted);
    QStringList gaps;
    for (const core::ConsultationGap& gap : m_lists.notConsulted)
        gaps << tr("%1 — %2").arg(consulteeLabel(gap.role), gap.reason);
    m_gaps->setEntries(gaps);
    QStringList options;
    for (const core::BestInterestsOption& option : m_lists.options) {
        QString line = option.description;
        if (option.leastRestrictive)
            line += tr(" · least restrictive");
        if (option.chosen)
            line += tr(" · chosen");
        options << line;
    }
    m_options->setEntries(options);
    m_draft->edited(); // a list is part of the draft, though not a field
    recheck();
}

void BestInterestsForm::recheck()
{
    if (m_filling)
        return;
    const core::BestInterestsResult result = core::checkBestInterests(decision());
    m_result->showResult(recordStatusLabel(result.status), result);
}

} // namespace alongside::ui
