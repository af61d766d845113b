#include "reporting/ReportPeriodChooser.h"

#include "common/DateField.h"
#include "documents/BoardReportWording.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

namespace alongside::ui {

namespace {

QVariant asData(const core::ReportPeriod& period)
{
    return QVariantList{period.from, period.to};
}

} // namespace

ReportPeriodChooser::ReportPeriodChooser(const QDate& today, QWidget* parent)
    : QWidget(parent),
      m_today(today),
      m_quick(new QComboBox(this)),
      m_from(new DateField(DateDirection::Either, this)),
      m_to(new DateField(DateDirection::Either, this))
{
    const core::ReportPeriod last = core::boardreport::lastFinancialYear(today);
    const core::ReportPeriod before = core::boardreport::lastFinancialYear(last.from);
    const core::ReportPeriod soFar = core::boardreport::financialYearSoFar(today);
    const auto yearName = [](const core::ReportPeriod& year) {
        return tr("%1 to %2").arg(year.from.year()).arg(year.to.year());
    };
    m_quick->setObjectName(QStringLiteral("reportPeriodChoice"));
    m_quick->setAccessibleName(tr("Period"));
    m_quick->addItem(tr("Last financial year (%1)").arg(yearName(last)), asData(last));
    m_quick->addItem(tr("This financial year so far"), asData(soFar));
    m_quick->addItem(tr("The year before (%1)").arg(yearName(before)), asData(before));
    m_quick->addItem(tr("Dates I choose"), QVariant());

    for (DateField* edit : {m_from, m_to})
        edit->setRange(QDate(), today.addYears(1));
    m_from->setObjectName(QStringLiteral("reportFrom"));
    m_from->setAccessibleName(tr("From"));
    m_to->setObjectName(QStringLiteral("reportTo"));
    m_to->setAccessibleName(tr("To"));

    auto* quickLabel = new QLabel(tr("&Period"), this);
    quickLabel->setBuddy(m_quick);
    auto* fromLabel = new QLabel(tr("Fro&m"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&To"), this);
    toLabel->setBuddy(m_to);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(quickLabel);
    layout->addWidget(m_quick);
    layout->addSpacing(12);
    layout->addWidget(fromLabel);
    layout->addWidget(m_from);
    layout->addWidget(toLabel);
    layout->addWidget(m_to);
    layout->addStretch(1);

    quickChosen(0);
    connect(m_quick, &QComboBox::currentIndexChanged, this, &ReportPeriodChooser::quickChosen);
    // Counted again once a date has been typed and left, not at every key.
    connect(m_from, &DateField::dateEntered, this, &ReportPeriodChooser::datesEdited);
    connect(m_to, &DateField::dateEntered, this, &ReportPeriodChooser::datesEdited);
}

core::ReportPeriod ReportPeriodChooser::period() const
{
    return {m_from->date(), m_to->date()};
}

void ReportPeriodChooser::setPeriod(const core::ReportPeriod& period)
{
    m_settingDates = true;
    m_from->setDate(period.from);
    m_to->setDate(period.to);
    m_settingDates = false;
    const int quick = m_quick->findData(asData(period));
    const QSignalBlocker quiet(m_quick);
    m_quick->setCurrentIndex(quick >= 0 ? quick : m_quick->count() - 1);
    emit periodChanged();
}

void ReportPeriodChooser::startAtLatest(const QDate& latestWithFigures)
{
    const core::ReportPeriod last = core::boardreport::lastFinancialYear(m_today);
    if (!latestWithFigures.isValid() || last.contains(latestWithFigures))
        setPeriod(last);
    else if (latestWithFigures > last.to)
        setPeriod(core::boardreport::financialYearSoFar(m_today));
    else // the whole financial year it fell in: the last one before the next 1 April
        setPeriod(core::boardreport::lastFinancialYear(
            core::boardreport::financialYearSoFar(latestWithFigures).from.addYears(1)));
}

void ReportPeriodChooser::quickChosen(int index)
{
    const QVariantList dates = m_quick->itemData(index).toList();
    if (dates.size() != 2)
        return; // "Dates I choose": the dates stay as they are, ready to change
    setPeriod({dates[0].toDate(), dates[1].toDate()});
}

void ReportPeriodChooser::datesEdited()
{
    if (m_settingDates || !m_from->date().isValid() || !m_to->date().isValid())
        return;
    // The dates no longer match a quick choice (or match one again): say which.
    const int quick = m_quick->findData(asData(period()));
    const QSignalBlocker quiet(m_quick);
    m_quick->setCurrentIndex(quick >= 0 ? quick : m_quick->count() - 1);
    emit periodChanged();
}

} // namespace alongside::ui
