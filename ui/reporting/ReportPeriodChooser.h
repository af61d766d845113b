#pragma once

#include "reporting/ReportPeriod.h"

#include <QDate>
#include <QWidget>

class QComboBox;

namespace alongside::ui {

class DateTimeField;

// Which days the figures cover: a quick choice (the last financial year — the SAC reporting
// year, 1 April to 31 March — by default; this year so far; the year before) or any two dates.
class ReportPeriodChooser : public QWidget {
    Q_OBJECT

public:
    explicit ReportPeriodChooser(const QDate& today, QWidget* parent = nullptr);

    core::ReportPeriod period() const;
    void setPeriod(const core::ReportPeriod& period);

    QComboBox* quickChoice() const { return m_quick; }
    DateTimeField* fromEdit() const { return m_from; }
    DateTimeField* toEdit() const { return m_to; }

signals:
    void periodChanged();

private:
    void quickChosen(int index);
    void datesEdited();

    QComboBox* m_quick;
    DateTimeField* m_from;
    DateTimeField* m_to;
    bool m_settingDates = false;
};

} // namespace alongside::ui
