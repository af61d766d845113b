#pragma once

#include <QLabel>

namespace alongside::ui {

// The person's own words, set apart from the practitioner's: a little larger, in italics,
// with a rule down the left. Stays in proportion to the application font (View → Larger
// text), as HeadingLabel does.
class QuoteLabel : public QLabel {
    Q_OBJECT

public:
    explicit QuoteLabel(const QString& words, QWidget* parent = nullptr);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void followApplicationFont();
    static constexpr int kRule = 3; // width of the rule down the left, in pixels
};

} // namespace alongside::ui
