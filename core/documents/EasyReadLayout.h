#pragma once

#include <QMarginsF>
#include <QSizeF>

namespace alongside::core {

// The easy-read layout rules (docs/letters.md; DH easy-read guidelines, Mencap
// "Am I making myself clear?"), as numbers the renderers share. Sizes are in points.
struct EasyReadLayout {
    double bodyPointSize = 16.0;                   // at least 16 pt; 14 pt is the floor
    double headingPointSize = 22.0;                // headings larger than the body
    double lineSpacing = 1.5;                      // about one and a half lines
    double pictureSize = 80.0;                     // one picture per idea, on the left (about 2.8 cm)
    QMarginsF pageMargins{56.7, 56.7, 56.7, 56.7}; // 20 mm on A4
    bool paleYellowPaper = false;

    // The 20 pt "large print" option.
    static EasyReadLayout standard();
    static EasyReadLayout largePrint();
};

} // namespace alongside::core
