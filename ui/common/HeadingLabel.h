#pragma once

#include <QLabel>

namespace alongside::ui {

// A page or section heading that stays in proportion to the application font, so View →
// Larger text grows headings too (a widget with its own font would otherwise stop following).
class HeadingLabel : public QLabel {
    Q_OBJECT

public:
    enum class Level { Page, Section };
    explicit HeadingLabel(const QString& text, Level level = Level::Page, QWidget* parent = nullptr);

protected:
    bool event(QEvent* event) override;

private:
    void followApplicationFont();
    double m_scale;
};

} // namespace alongside::ui
