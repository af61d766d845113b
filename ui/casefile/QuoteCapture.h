#pragma once

#include <QStringList>
#include <QWidget>

class QLineEdit;
class QListWidget;
class QPushButton;

namespace alongside::ui {

// Catching the person's own words while they speak: type what they said and press Enter; each
// quote is kept on its own, in order, apart from the notes. Words still in the box when the
// conversation is saved are kept too, so nothing typed is lost.
class QuoteCapture : public QWidget {
    Q_OBJECT

public:
    explicit QuoteCapture(QWidget* parent = nullptr);

    QStringList kept() const { return m_kept; }
    QString typing() const;
    // Every quote, including what is still being typed.
    QStringList allWords() const;
    void setWords(const QStringList& kept, const QString& typing);
    void clear();

    QLineEdit* editor() const { return m_editor; }
    QListWidget* list() const { return m_list; }
    QPushButton* keepButton() const { return m_keep; }

signals:
    void edited();

private:
    void keep();
    void removeChosen();
    void refreshList();

    QStringList m_kept;
    QLineEdit* m_editor;
    QPushButton* m_keep;
    QListWidget* m_list;
    QPushButton* m_remove;
};

} // namespace alongside::ui
