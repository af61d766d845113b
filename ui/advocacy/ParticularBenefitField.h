#pragma once

#include "model/ImcaSituation.h"

#include <QWidget>

class QComboBox;
class QLineEdit;

namespace alongside::ui {

// The judgement the IMCA powers turn on (SI 2006/2883 reg 5(1)): whether the council or NHS
// body is satisfied that an IMCA would be of particular benefit to the person, and why. The
// practitioner records it; the check only reads it.
class ParticularBenefitField : public QWidget {
    Q_OBJECT

public:
    // `which` names the power in the accessible names ("care review", "protective measures").
    ParticularBenefitField(const QString& which, QWidget* parent);

    core::ParticularBenefit value() const;
    void setValue(const core::ParticularBenefit& benefit);

signals:
    void changed();

private:
    QComboBox* m_satisfied;
    QLineEdit* m_why;
};

} // namespace alongside::ui
