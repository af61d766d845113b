#pragma once

#include "model/AdvocacySituation.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QVBoxLayout;

namespace alongside::ui {

class IndividualEditor;

// The facts of the Care Act advocacy check for one process (Care Act 2014 ss.67-68; SI
// 2014/2889 reg 4): substantial difficulty in each of the four areas, with what it rests on;
// everyone considered to support the person; for care processes, the two exceptions; for a
// safeguarding adults review, whether the adult it is about is alive (s.44(2)(a), (3)(a)).
class AdvocacyFactsForm : public QWidget {
    Q_OBJECT

public:
    enum class Area { Understanding, Retaining, UsingOrWeighing, Communicating };

    explicit AdvocacyFactsForm(QWidget* parent = nullptr);

    core::AdvocacySituation situation() const;
    void fill(const core::AdvocacySituation& situation);

    QComboBox* process() const { return m_process; }
    QComboBox* adultAlive() const { return m_adultAlive; }
    QComboBox* difficulty(Area area) const;
    QLineEdit* evidence(Area area) const;
    IndividualEditor* addIndividual();
    QList<IndividualEditor*> individuals() const;
    QPushButton* addIndividualButton() const { return m_addIndividual; }
    QCheckBox* placementLikely() const { return m_placement; }
    QCheckBox* disagreement() const { return m_disagreement; }

signals:
    void changed();

private:
    void showExceptions();

    QComboBox* m_process;
    QWidget* m_aliveRow;
    QComboBox* m_adultAlive;
    QComboBox* m_found[4];
    QLineEdit* m_evidence[4];
    QWidget* m_people;
    QVBoxLayout* m_peopleLayout;
    QPushButton* m_addIndividual;
    QWidget* m_exceptions;
    QCheckBox* m_placement;
    QWidget* m_placementFacts;
    QComboBox* m_setting;
    QSpinBox* m_days;
    QComboBox* m_placementBestInterests;
    QCheckBox* m_disagreement;
    QWidget* m_disagreementFacts;
    QLineEdit* m_about;
    QComboBox* m_bothAgree;
};

} // namespace alongside::ui
