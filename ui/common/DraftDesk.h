#pragma once

#include "storage/repositories/DraftRepository.h"

#include <QDateTime>
#include <QObject>
#include <QSqlDatabase>

#include <functional>

namespace alongside::ui {

// Where the forms inside a screen keep their drafts: the store's connection and the clock,
// owned by the screen (the workspace, a case view), so it goes before the store closes. A form
// finds the desk of the screen it is in (DraftDesk::of), which is how a dialog opened from any
// part of a case keeps its draft without being handed a connection.
class DraftDesk : public QObject {
    Q_OBJECT

public:
    DraftDesk(QSqlDatabase db, std::function<QDateTime()> now, QObject* parent);

    core::DraftRepository drafts() const { return core::DraftRepository(m_db); }
    QDateTime now() const { return m_now(); }

    // The desk of the nearest screen around `inside`, or null (a form on its own, in a test).
    static DraftDesk* of(const QObject* inside);
    // Saves every draft of the forms under `within` now (before the window locks, a case is
    // left, the app quits). False if the store refused any.
    static bool saveAll(QObject* within);

signals:
    // A draft of this case (0: none) was kept for the first time, or has gone.
    void draftsChanged(qint64 caseId);

private:
    QSqlDatabase m_db;
    std::function<QDateTime()> m_now;
};

} // namespace alongside::ui
