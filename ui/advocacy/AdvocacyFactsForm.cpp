#include "advocacy/AdvocacyFactsForm.h"

#include "advocacy/FactFields.h"
#include "advocacy/IndividualEditor.h"
#include "capacity/LegalLabels.h"
#include "common/AnswerLabels.h"
#include "common/TabOrder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace alongside::ui {

namespace {
core::DifficultyFinding* findingOf(core::SubstantialDifficulty& difficulty, int area)
{
    switch (area) {
    case 0:
        return &difficulty.understanding;
    case 1:
        return &difficulty.retaining;
    case 2:
        return &difficulty.usingOrWeighing;
    default:
        return &difficulty.communicating;
    }
}
} // namespace

AdvocacyFactsForm::AdvocacyFactsForm(QWidget* parent)
    : QWidget(parent),
      m_process(new QComboBox(this)),
      m_aliveRow(new QWidget(this)),
      m_adultAlive(yesNoField(tr("Is the adult the review is about alive?"), m_aliveRow)),
      m_people(new QWidget(this)),
      m_peopleLayout(new QVBoxLayout(m_people)),
      m_addIndividual(new QPushButton(tr("Add someone considered"), this)),
      m_exceptions(new QWidget(this)),
      m_placement(new QCheckBox(tr("An NHS placement in a hospital or care home is likely"), m_exceptions)),
      m_placementFacts(new QWidget(m_exceptions)),
      m_setting(new QComboBox(m_placementFacts)),
      m_days(daysField(tr("How long the placement is likely to last"), m_placementFacts)),
      m_placementBestInterests(yesNoField(tr("Is an advocate in their best interests?"), m_placementFacts)),
      m_disagreement(new QCheckBox(
          tr("The council and the person supporting them disagree on a material issue"), m_exceptions)),
      m_disagreementFacts(new QWidget(m_exceptions)),
      m_about(new QLineEdit(m_disagreementFacts)),
      m_bothAgree(
          yesNoField(tr("Do both agree an advocate would be in their best interests?"), m_disagreementFacts))
{
    setObjectName(QStringLiteral("advocacyFactsForm"));
    m_process->setObjectName(QStringLiteral("advocacyProcess"));
    m_process->setAccessibleName(tr("Which process"));
    for (const auto process :
         {core::CareActProcess::Section42Enquiry, core::CareActProcess::SafeguardingAdultsReview,
          core::CareActProcess::NeedsAssessment, core::CareActProcess::CarersAssessment,
          core::CareActProcess::CareAndSupportPlanning, core::CareActProcess::Review})
        m_process->addItem(processLabel(process), static_cast<int>(process));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* processRow = new QFormLayout;
    auto* processLabelWidget = new QLabel(tr("Process"), this);
    processLabelWidget->setBuddy(m_process);
    processRow->addRow(processLabelWidget, m_process);
    layout->addLayout(processRow);
    // Only a living adult can be involved in a review (Care Act 2014 s.44(2)(a), (3)(a)).
    m_adultAlive->setObjectName(QStringLiteral("adultAlive"));
    auto* aliveForm = new QFormLayout(m_aliveRow);
    aliveForm->setContentsMargins(0, 0, 0, 0);
    auto* aliveLabel = new QLabel(tr("Is the adult the review is about alive?"), m_aliveRow);
    aliveLabel->setBuddy(m_adultAlive);
    aliveForm->addRow(aliveLabel, m_adultAlive);
    layout->addWidget(m_aliveRow);

    layout->addWidget(new QLabel(tr("Would they have substantial difficulty, without support, in…"), this));
    const QString areas[] = {tr("understanding the information"), tr("retaining it"),
                             tr("using or weighing it"), tr("communicating their views, wishes or feelings")};
    const QString names[] = {QStringLiteral("difficultyUnderstanding"), QStringLiteral("difficultyRetaining"),
                             QStringLiteral("difficultyUsingOrWeighing"),
                             QStringLiteral("difficultyCommunicating")};
    auto* grid = new QGridLayout;
    grid->setColumnStretch(2, 1);
    for (int area = 0; area < 4; ++area) {
        auto* label = new QLabel(areas[area], this);
        m_found[area] = yesNoField(tr("Substantial difficulty %1?").arg(areas[area]), this);
        m_found[area]->setObjectName(names[area]);
        label->setBuddy(m_found[area]);
        m_evidence[area] = new QLineEdit(this);
        m_evidence[area]->setObjectName(names[area] + QStringLiteral("Evidence"));
        m_evidence[area]->setAccessibleName(tr("Evidence: %1").arg(areas[area]));
        m_evidence[area]->setPlaceholderText(tr("What you saw or heard"));
        grid->addWidget(label, area, 0);
        grid->addWidget(m_found[area], area, 1);
        grid->addWidget(m_evidence[area], area, 2);
        connect(m_found[area], &QComboBox::currentIndexChanged, this, &AdvocacyFactsForm::changed);
        connect(m_evidence[area], &QLineEdit::textEdited, this, &AdvocacyFactsForm::changed);
    }
    layout->addLayout(grid);

    layout->addWidget(
        new QLabel(tr("Is there someone appropriate to support them? Everyone considered:"), this));
    m_peopleLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_people);
    m_addIndividual->setObjectName(QStringLiteral("addIndividual"));
    layout->addWidget(m_addIndividual, 0, Qt::AlignLeft);

    // SI 2014/2889 reg 4: only for care processes (s.67), never for s.42 or s.44.
    m_setting->setAccessibleName(tr("Where the placement would be"));
    m_setting->addItem(settingLabel(core::PlacementSetting::Hospital),
                       static_cast<int>(core::PlacementSetting::Hospital));
    m_setting->addItem(settingLabel(core::PlacementSetting::CareHome),
                       static_cast<int>(core::PlacementSetting::CareHome));
    auto* placementForm = new QFormLayout(m_placementFacts);
    placementForm->setContentsMargins(24, 0, 0, 0);
    auto* where = new QHBoxLayout;
    where->addWidget(m_setting);
    where->addWidget(m_days);
    where->addStretch(1);
    auto* whereLabel = new QLabel(tr("Where, how long"), m_placementFacts);
    whereLabel->setBuddy(m_setting); // Qt 6.4 on Linux names a combo box by its label
    placementForm->addRow(whereLabel, where);
    placementForm->addRow(tr("Advocate in their best interests?"), m_placementBestInterests);
    m_about->setAccessibleName(tr("What the disagreement is about"));
    m_about->setPlaceholderText(tr("What it is about"));
    auto* disagreementForm = new QFormLayout(m_disagreementFacts);
    disagreementForm->setContentsMargins(24, 0, 0, 0);
    disagreementForm->addRow(tr("About"), m_about);
    disagreementForm->addRow(tr("Both agree an advocate is in their best interests?"), m_bothAgree);
    auto* exceptions = new QVBoxLayout(m_exceptions);
    exceptions->setContentsMargins(0, 0, 0, 0);
    auto* reg4 = new QLabel(tr("Even with someone appropriate (SI 2014/2889 reg 4):"), m_exceptions);
    exceptions->addWidget(reg4);
    exceptions->addWidget(m_placement);
    exceptions->addWidget(m_placementFacts);
    exceptions->addWidget(m_disagreement);
    exceptions->addWidget(m_disagreementFacts);
    layout->addWidget(m_exceptions);

    connect(m_process, &QComboBox::currentIndexChanged, this, [this] {
        showExceptions();
        emit changed();
    });
    connect(m_addIndividual, &QPushButton::clicked, this, [this] {
        addIndividual()->name()->setFocus();
        emit changed();
    });
    for (QCheckBox* box : {m_placement, m_disagreement})
        connect(box, &QCheckBox::toggled, this, [this] {
            showExceptions();
            emit changed();
        });
    for (QComboBox* combo : {m_adultAlive, m_setting, m_placementBestInterests, m_bothAgree})
        connect(combo, &QComboBox::currentIndexChanged, this, &AdvocacyFactsForm::changed);
    connect(m_days, &QSpinBox::valueChanged, this, &AdvocacyFactsForm::changed);
    connect(m_about, &QLineEdit::textEdited, this, &AdvocacyFactsForm::changed);
    showExceptions();
}

QComboBox* AdvocacyFactsForm::difficulty(Area area) const
{
    return m_found[static_cast<int>(area)];
}

QLineEdit* AdvocacyFactsForm::evidence(Area area) const
{
    return m_evidence[static_cast<int>(area)];
}

IndividualEditor* AdvocacyFactsForm::addIndividual()
{
    auto* editor = new IndividualEditor(m_people);
    m_peopleLayout->addWidget(editor);
    connect(editor, &IndividualEditor::changed, this, &AdvocacyFactsForm::changed);
    connect(editor, &IndividualEditor::removeRequested, this, [this, editor] {
        editor->hide();
        editor->setParent(nullptr); // gone from the form at once, deleted once its click is over
        editor->deleteLater();
        m_addIndividual->setFocus();
        emit changed();
    });
    chainTabs(tabStopsAsLaidOut(this)); // the new person's fields sit where they are shown
    return editor;
}

QList<IndividualEditor*> AdvocacyFactsForm::individuals() const
{
    return m_people->findChildren<IndividualEditor*>(QString(), Qt::FindDirectChildrenOnly);
}

core::AdvocacySituation AdvocacyFactsForm::situation() const
{
    core::AdvocacySituation situation;
    situation.process = static_cast<core::CareActProcess>(m_process->currentData().toInt());
    for (int area = 0; area < 4; ++area)
        *findingOf(situation.difficulty, area) = {chosenAnswer<core::YesNoUnknown>(m_found[area]),
                                                  m_evidence[area]->text().trimmed()};
    if (situation.process == core::CareActProcess::SafeguardingAdultsReview)
        situation.adultAlive = chosenAnswer<core::YesNoUnknown>(m_adultAlive);
    for (const IndividualEditor* editor : individuals())
        situation.consideredIndividuals.push_back(editor->individual());
    if (!core::isSafeguardingProcess(situation.process)) {
        if (m_placement->isChecked())
            situation.nhsPlacement = core::NhsPlacementProspect{
                static_cast<core::PlacementSetting>(m_setting->currentData().toInt()), daysOf(m_days),
                chosenAnswer<core::YesNoUnknown>(m_placementBestInterests)};
        if (m_disagreement->isChecked())
            situation.disagreement = core::MaterialDisagreement{
                m_about->text().trimmed(), chosenAnswer<core::YesNoUnknown>(m_bothAgree)};
    }
    return situation;
}

void AdvocacyFactsForm::fill(const core::AdvocacySituation& situation)
{
    const QSignalBlocker blocker(this);
    m_process->setCurrentIndex(qMax(0, m_process->findData(static_cast<int>(situation.process))));
    chooseAnswer(m_adultAlive, situation.adultAlive);
    core::SubstantialDifficulty difficulty = situation.difficulty;
    for (int area = 0; area < 4; ++area) {
        chooseAnswer(m_found[area], findingOf(difficulty, area)->found);
        m_evidence[area]->setText(findingOf(difficulty, area)->evidence);
    }
    qDeleteAll(m_people->findChildren<IndividualEditor*>(QString(), Qt::FindDirectChildrenOnly));
    for (const core::AppropriateIndividual& individual : situation.consideredIndividuals)
        addIndividual()->fill(individual);
    m_placement->setChecked(situation.nhsPlacement.has_value());
    if (situation.nhsPlacement) {
        m_setting->setCurrentIndex(
            qMax(0, m_setting->findData(static_cast<int>(situation.nhsPlacement->setting))));
        setDays(m_days, situation.nhsPlacement->likelyDays);
        chooseAnswer(m_placementBestInterests, situation.nhsPlacement->advocateInBestInterests);
    }
    m_disagreement->setChecked(situation.disagreement.has_value());
    if (situation.disagreement) {
        m_about->setText(situation.disagreement->about);
        chooseAnswer(m_bothAgree, situation.disagreement->bothAgreeAdvocateInBestInterests);
    }
    showExceptions();
}

void AdvocacyFactsForm::showExceptions()
{
    const auto process = static_cast<core::CareActProcess>(m_process->currentData().toInt());
    m_aliveRow->setVisible(process == core::CareActProcess::SafeguardingAdultsReview);
    m_exceptions->setVisible(!core::isSafeguardingProcess(process));
    m_placementFacts->setVisible(m_placement->isChecked());
    m_disagreementFacts->setVisible(m_disagreement->isChecked());
}

} // namespace alongside::ui
