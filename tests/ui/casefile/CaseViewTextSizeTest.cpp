#include "harness/CaseViewFixture.h"
#include "harness/WindowDriving.h"

#include "casefile/PromptsPanel.h"
#include "common/HeadingLabel.h"
#include "shell/TextSize.h"

#include <QApplication>
#include <QLabel>

#include <cmath>

using namespace alongside;
using namespace alongside::test;

namespace {
bool grewByAQuarter(double before, double after)
{
    return std::abs(after - before * ui::TextSize::kLargerFactor) < 0.05;
}
} // namespace

TEST_CASE("larger text grows the case view's headings, the person's words and the prompts while on screen")
{
    CaseViewFixture fixture;
    auto view = fixture.openView(fixture.stories.doris);
    const auto* name = child<QLabel>(*view, "caseViewName");
    const auto* words = child<QLabel>(*view, "personsWords");
    const auto* prompt = child<QLabel>(*view->prompts(), "prompt");
    const double nameBefore = name->font().pointSizeF();
    const double wordsBefore = words->font().pointSizeF();
    const double promptBefore = prompt->font().pointSizeF();
    REQUIRE(nameBefore > QApplication::font().pointSizeF()); // a heading is larger than text

    {
        ui::TextSize textSize;
        textSize.setLarger(true);
        CHECK(grewByAQuarter(nameBefore, name->font().pointSizeF()));
        CHECK(grewByAQuarter(wordsBefore, words->font().pointSizeF()));
        CHECK(grewByAQuarter(promptBefore, prompt->font().pointSizeF()));
    }
    CHECK(std::abs(name->font().pointSizeF() - nameBefore) < 0.05); // and back again
}
