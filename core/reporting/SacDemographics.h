#pragma once

#include "reporting/ReportPeriod.h"
#include "reporting/SacTable.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace alongside::core {

// One SG1 table as the return lays it out: the return's labels down the side and three columns
// across (safeguarding concerns, section 42 enquiries, other enquiries). Each column is a SacTable
// over the same labels. In SG1a-SG1c a count is of individuals, each once, and its case ids are
// the concerns or enquiries that put them there; in SG1d and SG1e a count is of concerns or
// enquiries.
struct SacColumnsTable {
    QString key;                    // unique, also the CSV's file name: "SG1a" … "SG1e"
    QString code;                   // as the return has it
    QString title;                  // "Age band"
    QString counts;                 // what is counted, one plain sentence
    QStringList columns;            // the three column headings, as the return has them
    std::vector<SacTable> byColumn; // one per heading, in that order

    // SG1a-SG1c count individuals; SG1d and SG1e count the concerns and enquiries themselves.
    bool countsIndividuals() const
    {
        return key == QLatin1String("SG1a") || key == QLatin1String("SG1b") || key == QLatin1String("SG1c");
    }
};

// SG1a's line beside the table for people under 18 on the last day of the period; a column has
// it only when someone under 18 is counted there.
QString sg1aUnder18Label();

// SAC SG1 for a period (docs/reporting.md): the concerns raised and the enquiries begun in it,
// and the adults at risk involved in them.
struct SacDemographics {
    ReportPeriod period;
    // SG1a age band, SG1b gender, SG1c ethnicity (individuals); SG1d support reason, SG1e autism
    // (concerns and enquiries).
    std::vector<SacColumnsTable> tables;
    SacTable activity;   // SG1f: concerns, section 42 enquiries, other enquiries
    int individuals = 0; // adults at risk involved in any of them, each once
};

} // namespace alongside::core
