#include "harness/WindowChecks.h"

#include "common/ScreenFit.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTabBar>
#include <QTest>
#include <QWidget>

#include <functional>

namespace alongside::test {

namespace {

QString describe(const QWidget* widget)
{
    QString name = widget->accessibleName();
    if (name.isEmpty())
        if (const auto* button = qobject_cast<const QAbstractButton*>(widget))
            name = button->text();
    if (name.isEmpty())
        if (const auto* label = qobject_cast<const QLabel*>(widget))
            name = label->text();
    return QStringLiteral("%1 “%2” (%3)")
        .arg(QString::fromLatin1(widget->metaObject()->className()), name, widget->objectName());
}

bool shows(const QWidget* widget, const QWidget* window)
{
    return widget->isVisibleTo(window) && widget->window() == window;
}

void add(QMap<QString, QStringList>& owners, const QString& text, const QString& who)
{
    const QKeySequence mnemonic = QKeySequence::mnemonic(text);
    if (!mnemonic.isEmpty())
        owners[mnemonic.toString(QKeySequence::PortableText)] << who;
}

} // namespace

QStringList acceleratorClashes(QWidget* window)
{
    QMap<QString, QStringList> owners;
    for (const QWidget* widget : window->findChildren<QWidget*>()) {
        if (!shows(widget, window))
            continue;
        if (const auto* button = qobject_cast<const QAbstractButton*>(widget))
            add(owners, button->text(), describe(widget));
        else if (const auto* label = qobject_cast<const QLabel*>(widget); label && label->buddy())
            add(owners, label->text(), describe(widget));
        else if (const auto* box = qobject_cast<const QGroupBox*>(widget))
            add(owners, box->title(), describe(widget));
        else if (const auto* tabs = qobject_cast<const QTabBar*>(widget))
            for (int tab = 0; tab < tabs->count(); ++tab)
                if (tabs->isTabVisible(tab))
                    add(owners, tabs->tabText(tab), QStringLiteral("tab “%1”").arg(tabs->tabText(tab)));
    }
    if (const auto* main = qobject_cast<const QMainWindow*>(window); main && main->menuBar()->isVisible())
        for (const QAction* menu : main->menuBar()->actions())
            if (menu->isVisible())
                add(owners, menu->text(), QStringLiteral("menu “%1”").arg(menu->text()));
    QStringList clashes;
    for (auto owner = owners.cbegin(); owner != owners.cend(); ++owner)
        if (owner->size() > 1)
            clashes << QStringLiteral("%1: %2").arg(owner.key(), owner->join(QStringLiteral(", ")));
    return clashes;
}

QStringList menuAcceleratorClashes(QWidget* window)
{
    QStringList clashes;
    const auto* main = qobject_cast<const QMainWindow*>(window);
    if (!main)
        return clashes;
    std::function<void(const QMenu*)> check = [&](const QMenu* menu) {
        QMap<QString, QStringList> owners;
        for (const QAction* item : menu->actions()) {
            if (!item->isVisible() || item->isSeparator())
                continue;
            add(owners, item->text(), QStringLiteral("“%1”").arg(item->text()));
            if (const QMenu* inner = item->menu<QMenu*>())
                check(inner);
        }
        for (auto owner = owners.cbegin(); owner != owners.cend(); ++owner)
            if (owner->size() > 1)
                clashes << QStringLiteral("menu “%1”: %2: %3")
                               .arg(menu->title(), owner.key(), owner->join(QStringLiteral(", ")));
    };
    for (const QAction* title : main->menuBar()->actions())
        if (const QMenu* menu = title->menu<QMenu*>(); menu && title->isVisible())
            check(menu);
    return clashes;
}

QStringList labelAcceleratorsGoingNowhere(QWidget* window)
{
    QStringList nowhere;
    for (const QLabel* label : window->findChildren<QLabel*>()) {
        if (!shows(label, window) || label->textFormat() == Qt::RichText
            || QKeySequence::mnemonic(label->text()).isEmpty())
            continue;
        const QWidget* field = label->buddy();
        QString why;
        if (!field)
            why = QStringLiteral("has no field to move to");
        else if (!field->isVisibleTo(window))
            why = QStringLiteral("moves to %1, which is hidden").arg(describe(field));
        // An unavailable field is fine: the letter takes the keyboard there once it is available.
        else if (!(field->focusPolicy() & Qt::TabFocus) && !field->focusProxy())
            why = QStringLiteral("moves to %1, which cannot take the keyboard").arg(describe(field));
        if (!why.isEmpty())
            nowhere << QStringLiteral("“%1” (%2) %3").arg(label->text(), label->objectName(), why);
    }
    return nowhere;
}

QStringList labelAcceleratorsMisdirected(QWidget* window)
{
    QMap<QString, int> owners;
    for (const QString& clash : acceleratorClashes(window))
        owners[clash.section(u':', 0, 0)] = 2;
    QStringList misdirected;
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window, 2000))
        return {QStringLiteral("the window could not be made active to press its keys")};
    for (const QLabel* label : window->findChildren<QLabel*>()) {
        const QKeySequence mnemonic = QKeySequence::mnemonic(label->text());
        QWidget* field = label->buddy();
        if (!shows(label, window) || mnemonic.isEmpty() || !field || !field->isVisibleTo(window)
            || !field->isEnabled() || owners.value(mnemonic.toString(QKeySequence::PortableText)) > 1)
            continue;
        window->setFocus();
        QTest::keySequence(window, mnemonic);
        const QWidget* now = QApplication::focusWidget();
        if (!now || (now != field && !field->isAncestorOf(now) && now != field->focusProxy()))
            misdirected << QStringLiteral("%1 on “%2” put the keyboard in %3, not %4")
                               .arg(mnemonic.toString(QKeySequence::NativeText), label->text(),
                                    now ? describe(now) : QStringLiteral("nothing"), describe(field));
    }
    return misdirected;
}

QStringList laptopFitProblems(QWidget* window)
{
    QStringList problems;
    const QSize room = ui::kLaptopWindowRoom;
    if (window->width() > room.width() || window->height() > room.height())
        problems << QStringLiteral("opens at %1×%2, more than the %3×%4 a laptop has")
                        .arg(window->width())
                        .arg(window->height())
                        .arg(room.width())
                        .arg(room.height());
    const QSize least = window->minimumSizeHint().expandedTo(window->minimumSize());
    if (least.width() > room.width() || least.height() > room.height())
        problems << QStringLiteral("cannot be smaller than %1×%2").arg(least.width()).arg(least.height());
    for (const QAbstractButton* button : window->findChildren<QAbstractButton*>()) {
        if (!shows(button, window))
            continue;
        bool scrolls = false; // inside a scroll area it may be scrolled to; that is fine
        for (const QWidget* up = button->parentWidget(); up && up != window; up = up->parentWidget())
            if (qobject_cast<const QAbstractScrollArea*>(up))
                scrolls = true;
        if (scrolls)
            continue;
        const QRect where(button->mapTo(window, QPoint(0, 0)), button->size());
        if (!window->rect().contains(where))
            problems << QStringLiteral("%1 is out of sight at %2,%3")
                            .arg(describe(button))
                            .arg(where.x())
                            .arg(where.y());
    }
    return problems;
}

namespace {

const QAbstractScrollArea* scrolledBy(const QWidget* widget, const QWidget* window)
{
    for (const QWidget* up = widget->parentWidget(); up && up != window; up = up->parentWidget())
        if (const auto* area = qobject_cast<const QAbstractScrollArea*>(up))
            return area;
    return nullptr;
}

// Where `widget` is on the page as a person reading it would place it. Two controls in the same
// scrolling area compare as laid out there; otherwise a control scrolled out of sight below (or
// above) counts as at that edge of what scrolls (a dialog's buttons come after its whole form).
QRect onPage(const QWidget* widget, const QWidget* window, bool sameScroll)
{
    QRect where(widget->mapTo(window, QPoint(0, 0)), widget->size());
    if (sameScroll)
        return where;
    for (const QWidget* up = widget->parentWidget(); up && up != window; up = up->parentWidget())
        if (const auto* area = qobject_cast<const QAbstractScrollArea*>(up)) {
            const QRect seen(area->viewport()->mapTo(window, QPoint(0, 0)), area->viewport()->size());
            if (where.top() > seen.bottom())
                where = QRect(where.left(), seen.bottom(), where.width(), 1);
            else if (where.bottom() < seen.top())
                where = QRect(where.left(), seen.top(), where.width(), 1);
        }
    return where;
}

} // namespace

QStringList tabOrderJumps(QWidget* window)
{
    QList<QWidget*> order;
    QWidget* start = window;
    for (QWidget* next = start->nextInFocusChain(); next && next != start; next = next->nextInFocusChain()) {
        if (next->window() != window || !next->isVisible() || !next->isEnabled()
            || !(next->focusPolicy() & Qt::TabFocus) || next->focusProxy())
            continue;
        if (order.contains(next))
            break;
        order << next;
    }
    QStringList jumps;
    for (qsizetype index = 1; index < order.size(); ++index) {
        const bool sameScroll = scrolledBy(order[index - 1], window) == scrolledBy(order[index], window);
        const QRect before = onPage(order[index - 1], window, sameScroll);
        const QRect after = onPage(order[index], window, sameScroll);
        const bool sameColumn = before.left() < after.right() && after.left() < before.right();
        if (sameColumn && after.bottom() < before.top())
            jumps << QStringLiteral("%1 → %2").arg(describe(order[index - 1]), describe(order[index]));
    }
    return jumps;
}

QStringList literalAmpersands(QWidget* window)
{
    QStringList shown;
    for (const QLabel* label : window->findChildren<QLabel*>()) {
        if (!shows(label, window) || label->buddy() || label->textFormat() == Qt::RichText)
            continue;
        QString text = label->text();
        text.remove(QStringLiteral("&&"));
        if (text.contains(u'&'))
            shown << QStringLiteral("“%1” (%2)").arg(label->text(), label->objectName());
    }
    return shown;
}

QStringList unnamedControls(QWidget* window)
{
    // As Qt's accessibility names a control: its accessible name, a button's own text, or the
    // text of a label that is its buddy (a form row's label), or a field's placeholder.
    QSet<const QWidget*> labelled;
    for (const QLabel* label : window->findChildren<QLabel*>())
        if (label->buddy() && !label->text().isEmpty())
            labelled.insert(label->buddy());
    QStringList unnamed;
    for (const QWidget* widget : window->findChildren<QWidget*>()) {
        if (!shows(widget, window) || !(widget->focusPolicy() & Qt::TabFocus) || widget->focusProxy()
            || labelled.contains(widget) || qobject_cast<const QAbstractScrollArea*>(widget))
            continue;
        QString text = widget->accessibleName();
        if (const auto* button = qobject_cast<const QAbstractButton*>(widget); button && text.isEmpty())
            text = button->text();
        if (const auto* field = qobject_cast<const QLineEdit*>(widget); field && text.isEmpty())
            text = field->placeholderText();
        if (text.isEmpty())
            unnamed << describe(widget);
    }
    return unnamed;
}

namespace {

// The roles a11y-audit (over AT-SPI) judges: controls, views and pictures.
bool judged(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::Dial:
    case QAccessible::PageTab:
    case QAccessible::Link:
    case QAccessible::List:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::Graphic:
    case QAccessible::Animation:
        return true;
    default:
        return false;
    }
}

QString accessibleName(QAccessibleInterface* node)
{
    QString name = node->text(QAccessible::Name).trimmed();
    if (node->role() == QAccessible::ComboBox)
        if (const auto* combo = qobject_cast<const QComboBox*>(node->object());
            combo && (combo->findText(name) >= 0 || name == combo->currentText()))
            name.clear(); // only its current value: Qt's fallback, not a name
    if (name.isEmpty())
        for (const auto& [label, relation] : node->relations(QAccessible::Label))
            if (label && !label->text(QAccessible::Name).trimmed().isEmpty())
                return label->text(QAccessible::Name).trimmed();
    return name;
}

void findUnnamed(QAccessibleInterface* node, QAccessible::Role parentRole, int depth, QStringList& unnamed)
{
    if (!node || !node->isValid() || depth > 100)
        return;
    const QAccessible::Role role = node->role();
    // A drop-down's own list and line edit are judged through the drop-down itself.
    if (judged(role) && parentRole != QAccessible::ComboBox && accessibleName(node).isEmpty()) {
        const auto* widget = qobject_cast<const QWidget*>(node->object());
        QString where;
        for (const QObject* up = node->object(); up; up = up->parent())
            if (!up->objectName().isEmpty()) {
                where = up->objectName();
                break;
            }
        unnamed << QStringLiteral("%1 %2 in %3%4")
                       .arg(QString::number(role, 16),
                            node->object() ? QString::fromLatin1(node->object()->metaObject()->className())
                                           : QStringLiteral("item"),
                            where, widget && !widget->isVisible() ? QStringLiteral(" (hidden)") : QString());
    }
    for (int index = 0; index < node->childCount(); ++index)
        findUnnamed(node->child(index), role, depth + 1, unnamed);
}

} // namespace

QStringList unnamedForScreenReaders(QWidget* window)
{
    QStringList unnamed;
    findUnnamed(QAccessible::queryAccessibleInterface(window), QAccessible::NoRole, 0, unnamed);
    return unnamed;
}

} // namespace alongside::test
