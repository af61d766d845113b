#include "common/DraftDesk.h"

#include "common/FormDraft.h"

namespace alongside::ui {

DraftDesk::DraftDesk(QSqlDatabase db, std::function<QDateTime()> now, QObject* parent)
    : QObject(parent), m_db(std::move(db)), m_now(std::move(now))
{
    setObjectName(QStringLiteral("draftDesk"));
}

DraftDesk* DraftDesk::of(const QObject* inside)
{
    for (const QObject* at = inside; at; at = at->parent()) {
        if (auto* desk = at->findChild<DraftDesk*>(QString(), Qt::FindDirectChildrenOnly))
            return desk;
    }
    return nullptr;
}

bool DraftDesk::saveAll(QObject* within)
{
    bool saved = true;
    for (FormDraft* draft : within->findChildren<FormDraft*>())
        saved = draft->save() && saved;
    return saved;
}

} // namespace alongside::ui
