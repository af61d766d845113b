#pragma once

#include <QDate>
#include <QString>

namespace alongside::test {

// A team without a server, made the way a team makes it (issue 14): three practitioners each
// with their own store and some of the demo cases, keys trusted both ways, each sending their
// cases to the team leader in a bundle that the leader's store at `teamStorePath` (which must
// exist, with the test passphrase) opens. The leader keeps one case of their own. The
// practitioners' stores are made in `folder`.
void makeDemoTeamStore(const QString& teamStorePath, const QString& folder, const QDate& today);

} // namespace alongside::test
