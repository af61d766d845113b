#pragma once

#include "model/Concern.h"

#include <QDate>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace alongside::ui {

class DateField;
class DateTimeField;

class SacLabelChecks;

// The concern as it arrived: when, who raised it (their role matters for the return), what
// was reported and the types of risk; and, in full, where the risk is and who from (SAC
// labels exactly, as many as apply), whether the person knows and what they think, and whether children or
// other adults are at risk. `Brief` is the quick form used for a new case.
class ConcernForm : public QWidget {
    Q_OBJECT

public:
    enum class Extent { Brief, Full };
    ConcernForm(Extent extent, const QDate& today, QWidget* parent = nullptr);

    void setConcern(const core::Concern& concern);
    core::Concern concern() const; // starts from the concern last set, so Brief keeps the rest

    DateField* receivedOn() const { return m_receivedOn; }
    QComboBox* raisedByRole() const { return m_raisedByRole; }
    QPlainTextEdit* whatWasReported() const { return m_whatWasReported; }
    SacLabelChecks* riskTypes() const { return m_riskTypes; }
    SacLabelChecks* locations() const { return m_locations; } // null in Brief
    SacLabelChecks* sources() const { return m_sources; }     // null in Brief

private:
    core::Concern m_concern;
    DateField* m_receivedOn;
    QCheckBox* m_timeKnown;
    DateTimeField* m_receivedTime;
    QComboBox* m_raisedByRole;
    QLineEdit* m_raisedByName;
    QPlainTextEdit* m_whatWasReported;
    SacLabelChecks* m_riskTypes;
    SacLabelChecks* m_locations = nullptr;
    SacLabelChecks* m_sources = nullptr;
    QComboBox* m_personKnows = nullptr;
    QLineEdit* m_personsView = nullptr;
    QComboBox* m_childrenAtRisk = nullptr;
    QComboBox* m_otherAdultsAtRisk = nullptr;
};

} // namespace alongside::ui
