#pragma once

#include <QJsonObject>
#include <QSqlDatabase>

namespace alongside::bench {

// The reporting bench's store (issue 6): `enquiries` safeguarding cases over five reporting
// years (April 2021 – March 2026), written straight into core's schema with prepared INSERTs
// in one transaction (quick: about 10 rows a case), in core's own value formats and SAC labels.
// Distributions are plausible, not real: most concerns become s.42 enquiries, some other
// enquiries, some no enquiry; a third have two or three types of risk; four in five are
// closed, 10 to 150 days on; answers are sometimes missing ("Not recorded"); outcomes in the
// person's own words mostly, some through best interests or an advocate; conversations within
// 24 hours for most; advocacy checks and referrals for some. Fixed seed: the same store every
// run. Returns how many rows went into each table.
QJsonObject writeSyntheticEnquiries(const QSqlDatabase& db, int enquiries);

} // namespace alongside::bench
