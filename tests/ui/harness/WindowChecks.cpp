#include "harness/WindowChecks.h"

#include "common/ScreenFit.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMap>
#include <QMenuBar>
#include <QSet>
#include <QTabBar>
#include <QWidget>

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
        const QRect before(order[index - 1]->mapTo(window, QPoint(0, 0)), order[index - 1]->size());
        const QRect after(order[index]->mapTo(window, QPoint(0, 0)), order[index]->size());
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

} // namespace alongside::test
