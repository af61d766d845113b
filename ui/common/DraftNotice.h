#pragma once

#include <QDateTime>
#include <QFrame>

class QLabel;
class QPushButton;

namespace alongside::ui {

// The one calm line a form shows about its draft: that what is in it was carried on from a
// draft (and when that was kept), with a way to discard it; or, if the store would not take a
// draft, that it was not kept. Hidden otherwise, so nothing moves while the practitioner types.
class DraftNotice : public QFrame {
    Q_OBJECT

public:
    explicit DraftNotice(QWidget* parent = nullptr);

    void showCarriedOn(const QDateTime& keptAt);
    void showNotKept();
    void showNothing();

    QLabel* text() const { return m_text; }
    QPushButton* discardButton() const { return m_discard; }

signals:
    void discardRequested();

private:
    QLabel* m_text;
    QPushButton* m_discard;
};

} // namespace alongside::ui
