#include "documents/EasyReadLayout.h"

namespace alongside::core {

EasyReadLayout EasyReadLayout::standard()
{
    return {};
}

EasyReadLayout EasyReadLayout::largePrint()
{
    EasyReadLayout layout;
    layout.bodyPointSize = 20.0;
    layout.headingPointSize = 26.0;
    layout.pictureSize = 112.0;
    return layout;
}

} // namespace alongside::core
