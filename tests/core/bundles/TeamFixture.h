#pragma once

#include "application/TeamKeys.h"
#include "model/TeamMemberKey.h"
#include "storage/store/Store.h"

#include "support/TestStores.h"

#include <QByteArray>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace alongside::test {

inline const QDateTime kTeamNow(QDate(2026, 3, 14), QTime(10, 30));

// One practitioner's own store (cheap key derivation) in its own temporary folder, with their
// name, role and team set as File → About you (who is writing) would.
struct Colleague {
    QString name;
    TempStoreFolder folder;
    std::unique_ptr<core::Store> store;

    QSqlDatabase db() const { return store->database(); }
    core::MyKeys keys() const;
    QString file(const QString& fileName) const { return folder.filePath(fileName); }
    // The public-key file, as `keys show` prints it.
    QByteArray publicKeyFile() const { return keys().publicKeyFile; }
    // Cases with these references (every field set: CaseFixtures' fullCase).
    void addCases(const QStringList& references);
    qint64 count(const QString& table) const;
};

std::unique_ptr<Colleague> makeColleague(const QString& name,
                                         const QString& role = QStringLiteral("Social worker"));

// `truster` trusts `trusted`'s keys, the fingerprint read out correctly. REQUIREs success.
core::TeamMemberKey trust(Colleague& truster, const Colleague& trusted);

// A cases bundle made by `from` for `to` (who must be trusted by `from`), written to a file in
// `from`'s folder and read back. REQUIREs success.
QByteArray casesBundle(Colleague& from, const std::vector<const Colleague*>& to,
                       const QStringList& references);

} // namespace alongside::test
