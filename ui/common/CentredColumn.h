#pragma once

#include <QWidget>

class QVBoxLayout;

namespace alongside::ui {

// A page body as one readable column, centred, never wider than a comfortable line length
// and never narrower than the window allows. Used by the first-run and unlock pages.
class CentredColumn : public QWidget {
    Q_OBJECT

public:
    explicit CentredColumn(int maximumWidth, QWidget* parent = nullptr);

    // Where the page puts its content, top to bottom.
    QVBoxLayout* content() const { return m_content; }
    QWidget* column() const { return m_column; }

private:
    QWidget* m_column;
    QVBoxLayout* m_content;
};

} // namespace alongside::ui
