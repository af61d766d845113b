#pragma once

#include "BenchReport.h"

#include <QTextStream>

namespace alongside::bench {

// Issue 5: generating an easy-read letter (build it from a case, then draw the PDF with fonts
// embedded and pictograms as vectors) under 300 ms. There is no raw-SQLCipher side to compare
// with, so the row has a time limit and no ratio. Needs a QGuiApplication (fonts).
constexpr double kLetterLimitMs = 300.0;

void benchLetter(BenchReport& report, int repeat, QTextStream& progress);

} // namespace alongside::bench
