#pragma once

#include "model/DesiredOutcome.h"

#include <QWidget>

class QLineEdit;
class QPushButton;

namespace alongside::ui {

class FormDraft;

// One desired outcome: what the person wants now (in their words where they are theirs), who
// put it into words, every earlier wording with its date, and the closing view if there is one.
// "Revisit" opens a small editor under it; saving adds a revision and keeps the old wording.
class OutcomeCard : public QWidget {
    Q_OBJECT

public:
    OutcomeCard(const core::DesiredOutcome& outcome, QWidget* parent = nullptr);

    qint64 outcomeId() const { return m_outcomeId; }
    QPushButton* revisitButton() const { return m_revisit; }
    QLineEdit* newWording() const { return m_newWording; }
    QPushButton* keepButton() const { return m_keep; }

    // A revisit being written is kept as a draft at `part` of `caseId` ("outcome-revisit").
    void keepDraftsIn(qint64 caseId, const QString& part);
    // Opens the revisit with its draft, leaving the keyboard where it is.
    void carryOn();
    FormDraft* draft() const { return m_draft; }

signals:
    void revisited(qint64 outcomeId, const QString& wording, const QString& context);

private:
    void setRevisiting(bool on);
    void startRevisit();

    qint64 m_outcomeId;
    QPushButton* m_revisit;
    QWidget* m_editor;
    QLineEdit* m_newWording;
    QLineEdit* m_context;
    QPushButton* m_keep;
    QPushButton* m_cancel;
    QString m_wording;
    FormDraft* m_draft;
    qint64 m_caseId = 0;
    QString m_part;
};

} // namespace alongside::ui
