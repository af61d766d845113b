#pragma once

#include "model/AppropriateIndividual.h"

#include <QFrame>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace alongside::ui {

// Someone considered to represent and support the person instead of an independent advocate,
// and the facts the Care Act makes that turn on (s.67(5)-(6); s.68): able and willing, not
// paid or professional, not implicated in the concern, and consented to (with capacity) or in
// their best interests (without).
class IndividualEditor : public QFrame {
    Q_OBJECT

public:
    explicit IndividualEditor(QWidget* parent = nullptr);

    core::AppropriateIndividual individual() const;
    void fill(const core::AppropriateIndividual& individual);

    QLineEdit* name() const { return m_name; }
    QLineEdit* relationship() const { return m_relationship; }
    QComboBox* suitable() const { return m_suitable; }
    QComboBox* paid() const { return m_paid; }
    QComboBox* implicated() const { return m_implicated; }
    QComboBox* capacityToConsent() const { return m_capacity; }
    QComboBox* consents() const { return m_consents; }
    QComboBox* bestInterests() const { return m_bestInterests; }
    QPushButton* removeButton() const { return m_remove; }

signals:
    void changed();
    void removeRequested();

private:
    QLineEdit* m_name;
    QLineEdit* m_relationship;
    QComboBox* m_suitable;
    QComboBox* m_paid;
    QComboBox* m_implicated;
    QComboBox* m_capacity;
    QComboBox* m_consents;
    QComboBox* m_bestInterests;
    QPushButton* m_remove;
};

} // namespace alongside::ui
