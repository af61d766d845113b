#pragma once

#include <QDateTime>
#include <QObject>
#include <QSqlDatabase>

#include <functional>
#include <memory>

class QWidget;

namespace alongside::ui {

class FileChooser;
class MainWindowActions;

// The File menu's team entries while a store is unlocked: Team members and keys…, Send cases to
// my team leader…, Open a bundle…. Lives in the workspace, so locking takes it and any dialog it
// opened away with the workspace.
class TeamMenu : public QObject {
    Q_OBJECT

public:
    TeamMenu(QSqlDatabase db, MainWindowActions* actions, std::shared_ptr<FileChooser> chooser,
             std::function<QString()> practitioner, std::function<QDateTime()> now, QWidget* workspace);

    void showTeamKeys();
    void sendCases();
    void openBundle();

signals:
    void casesImported();

private:
    QSqlDatabase m_db;
    std::shared_ptr<FileChooser> m_chooser;
    std::function<QString()> m_practitioner;
    std::function<QDateTime()> m_now;
    QWidget* m_workspace;
};

} // namespace alongside::ui
