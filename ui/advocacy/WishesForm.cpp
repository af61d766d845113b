#include "advocacy/WishesForm.h"

#include "advocacy/FactFields.h"
#include "capacity/LegalLabels.h"
#include "capacity/RuleResultView.h"
#include "common/AnswerLabels.h"
#include "rules/WishesCheck.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace alongside::ui {

WishesForm::WishesForm(QWidget* parent)
    : QWidget(parent),
      m_wish(new QComboBox(this)),
      m_words(new QLineEdit(this)),
      m_capacity(yesNoField(tr("Capacity for this decision?"), this)),
      m_seenAlone(yesNoField(tr("Seen on their own about it?"), this)),
      m_told(yesNoField(tr("Told what will happen and what will be shared?"), this)),
      m_notTold(new QLineEdit(this)),
      m_closing(new QCheckBox(tr("The case is being proposed for closure"), this)),
      m_result(new RuleResultView(tr("When their wishes may not settle it"), this)),
      m_record(new QPushButton(tr("Record this"), this))
{
    setObjectName(QStringLiteral("wishesForm"));
    m_wish->setObjectName(QStringLiteral("personsWish"));
    m_wish->setAccessibleName(tr("What they want to happen"));
    m_wish->addItem(tr("Not recorded yet"), static_cast<int>(core::PersonsWish::NotKnown));
    m_wish->addItem(tr("They want something done"), static_cast<int>(core::PersonsWish::WantsAction));
    m_wish->addItem(tr("They do not want anything done"),
                    static_cast<int>(core::PersonsWish::DoesNotWantAction));
    m_words->setAccessibleName(tr("Their wish in their own words"));
    m_words->setPlaceholderText(tr("In their own words"));
    m_notTold->setAccessibleName(tr("Why they were not told"));
    m_notTold->setPlaceholderText(tr("If not told: why telling them would increase the risk"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("What they want"), m_wish);
    form->addRow(tr("In their words"), m_words);
    form->addRow(tr("Capacity for this decision?"), m_capacity);
    form->addRow(tr("Seen on their own about it?"), m_seenAlone);
    layout->addLayout(form);

    const QString factors[] = {tr("Others, including children, are or may be at risk"),
                               tr("A serious crime has been or may be committed"),
                               tr("A person in a position of trust is implicated"),
                               tr("Coercion, undue influence or duress"), tr("A wider public interest")};
    auto* grid = new QGridLayout;
    grid->setColumnStretch(2, 1);
    for (int index = 0; index < 5; ++index) {
        auto* label = new QLabel(factors[index], this);
        label->setWordWrap(true);
        m_present[index] = yesNoField(factors[index], this);
        label->setBuddy(m_present[index]);
        m_why[index] = new QLineEdit(this);
        m_why[index]->setAccessibleName(tr("Why: %1").arg(factors[index]));
        m_why[index]->setPlaceholderText(tr("Why"));
        grid->addWidget(label, index, 0);
        grid->addWidget(m_present[index], index, 1);
        grid->addWidget(m_why[index], index, 2);
        connect(m_present[index], &QComboBox::currentIndexChanged, this, &WishesForm::recheck);
        connect(m_why[index], &QLineEdit::textEdited, this, &WishesForm::recheck);
    }
    layout->addLayout(grid);
    auto* told = new QFormLayout;
    told->addRow(tr("Were they told?"), m_told);
    told->addRow(QString(), m_notTold);
    told->addRow(m_closing);
    layout->addLayout(told);
    layout->addWidget(m_result);
    layout->addWidget(m_record, 0, Qt::AlignLeft);

    for (QComboBox* combo : {m_wish, m_capacity, m_seenAlone, m_told})
        connect(combo, &QComboBox::currentIndexChanged, this, &WishesForm::recheck);
    for (QLineEdit* field : {m_words, m_notTold})
        connect(field, &QLineEdit::textEdited, this, &WishesForm::recheck);
    connect(m_closing, &QCheckBox::toggled, this, &WishesForm::recheck);
    connect(m_record, &QPushButton::clicked, this, &WishesForm::recordRequested);
    recheck();
}

core::WishesSituation WishesForm::situation() const
{
    core::WishesSituation situation;
    situation.wish = static_cast<core::PersonsWish>(m_wish->currentData().toInt());
    situation.inTheirOwnWords = m_words->text().trimmed();
    situation.capacityForDecision = chosenAnswer<core::YesNoUnknown>(m_capacity);
    situation.seenAlone = chosenAnswer<core::YesNoUnknown>(m_seenAlone);
    core::OverridingFactor* factors[] = {&situation.othersAtRisk, &situation.seriousCrime,
                                         &situation.positionOfTrust, &situation.coercion,
                                         &situation.publicInterest};
    for (int index = 0; index < 5; ++index)
        *factors[index] = {chosenAnswer<core::YesNoUnknown>(m_present[index]),
                           m_why[index]->text().trimmed()};
    situation.personTold = chosenAnswer<core::YesNoUnknown>(m_told);
    situation.notToldBecause = m_notTold->text().trimmed();
    situation.closing = m_closing->isChecked();
    return situation;
}

void WishesForm::clear()
{
    for (QComboBox* combo : {m_wish, m_capacity, m_seenAlone, m_told})
        combo->setCurrentIndex(0);
    for (int index = 0; index < 5; ++index) {
        m_present[index]->setCurrentIndex(0);
        m_why[index]->clear();
    }
    m_words->clear();
    m_notTold->clear();
    m_closing->setChecked(false);
    recheck();
}

void WishesForm::recheck()
{
    const core::WishesResult result = core::checkWishes(situation());
    m_result->showResult(wishesAnswer(result.decision), result);
}

} // namespace alongside::ui
