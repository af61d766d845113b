#pragma once

#include <QStringList>
#include <QWidget>

class QHBoxLayout;
class QListWidget;
class QPushButton;

namespace alongside::ui {

// A short list inside a record (people consulted, options, views of others) with one row of
// fields under it and "Add" and "Remove". The owner keeps the entries and says how each reads.
class MiniList : public QWidget {
    Q_OBJECT

public:
    MiniList(const QString& listName, const QString& addText, QWidget* parent = nullptr);

    QHBoxLayout* fields() const { return m_fields; }
    void setEntries(const QStringList& entries);
    QListWidget* list() const { return m_list; }
    QPushButton* addButton() const { return m_add; }

signals:
    void addRequested();
    void removeRequested(int index);

private:
    QListWidget* m_list;
    QHBoxLayout* m_fields;
    QPushButton* m_add;
    QPushButton* m_remove;
};

} // namespace alongside::ui
