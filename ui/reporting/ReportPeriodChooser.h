#pragma once

#include "reporting/ReportPeriod.h"

#include <QDate>
#include <QWidget>

class QComboBox;

namespace alongside::ui {

class DateField;

// Which days the figures cover: a quick choice (the last financial year — the SAC reporting
// year, 1 April to 31 March — by default; this year so far; the year before) or any two dates.
class ReportPeriodChooser : public QWidget {
    Q_OBJECT

public:
    explicit ReportPeriodChooser(const QDate& today, QWidget* parent = nullptr);

    core::ReportPeriod period() const;
    void setPeriod(const core::ReportPeriod& period);
    // Starts on the latest financial year with figures: the last one if `latestWithFigures`
    // falls in it (or nothing has concluded yet), this year so far if it is later, or the
    // year it falls in if earlier. So a new store or the demo does not open on a year of zeros.
    void startAtLatest(const QDate& latestWithFigures);

    QComboBox* quickChoice() const { return m_quick; }
    DateField* fromEdit() const { return m_from; }
    DateField* toEdit() const { return m_to; }

signals:
    void periodChanged();

private:
    void quickChosen(int index);
    void datesEdited();

    QDate m_today;
    QComboBox* m_quick;
    DateField* m_from;
    DateField* m_to;
    bool m_settingDates = false;
};

} // namespace alongside::ui
