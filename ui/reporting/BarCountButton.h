#pragma once

#include <QAbstractButton>

namespace alongside::ui {

// The number at the end of one bar, as a control of its own: Tab reaches it, a screen reader
// hears "Physical Abuse: 12 enquiries", and a click, Space or Enter opens the cases behind it.
// It looks like the number it is (no button frame), underlined when hovered or focused so it
// reads as something that can be followed.
class BarCountButton : public QAbstractButton {
    Q_OBJECT

public:
    explicit BarCountButton(QWidget* parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void enterEvent(QEnterEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    bool m_hovered = false;
    // The size for the text and font last measured: a chart asks every count for its size each
    // time it lays out, and measuring text is the costly part of showing the figures.
    mutable QString m_measuredText;
    mutable QFont m_measuredFont;
    mutable QSize m_measured;
};

} // namespace alongside::ui
