#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace alongside::ui {

// First run, or when the remembered store has gone: three calm choices and nothing else.
class WelcomePage : public QWidget {
    Q_OBJECT

public:
    explicit WelcomePage(QWidget* parent = nullptr);

    // While the demo is being made the choices wait, and the page says what is happening.
    void setBusy(const QString& whatIsHappening);
    void showProblem(const QString& message);
    void focusFirstChoice();

signals:
    void createRequested();
    void demoRequested();
    void openExistingRequested();

private:
    QPushButton* addChoice(const QString& label, const QString& explanation, const QString& objectName);

    QWidget* m_choices;
    QLabel* m_status;
    QPushButton* m_create = nullptr;
    QPushButton* m_demo = nullptr;
    QPushButton* m_openExisting = nullptr;
};

} // namespace alongside::ui
