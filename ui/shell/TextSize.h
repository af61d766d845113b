#pragma once

#include <QFont>

namespace alongside::ui {

// View → Larger text: scales the application font, so every screen grows together and the
// person's system font is kept. Remembers the font it started from to scale back exactly.
class TextSize {
public:
    TextSize();
    ~TextSize();
    TextSize(const TextSize&) = delete;
    TextSize& operator=(const TextSize&) = delete;
    void setLarger(bool larger);
    bool isLarger() const { return m_larger; }

    static constexpr double kLargerFactor = 1.25;

private:
    QFont m_baseFont;
    bool m_larger = false;
};

} // namespace alongside::ui
