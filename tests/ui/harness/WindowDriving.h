#pragma once

#include "support/Catch.h"

#include <QLineEdit>
#include <QTest>
#include <QWidget>

namespace alongside::test {

// Finds a named child or fails the test there and then (rather than crashing later).
template <typename Widget>
Widget* child(const QObject& root, const char* objectName)
{
    auto* found = root.findChild<Widget*>(QString::fromLatin1(objectName));
    REQUIRE(found != nullptr);
    return found;
}

// Types like a person: key by key into the field, then Enter.
inline void typeAndEnter(QLineEdit* field, const QString& text)
{
    QTest::keyClicks(field, text);
    QTest::keyClick(field, Qt::Key_Return);
}

constexpr int kSlowEnough = 20000; // ms: generous for a loaded CI machine with two cores

} // namespace alongside::test
