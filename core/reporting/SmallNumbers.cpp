#include "reporting/SmallNumbers.h"

namespace alongside::core {

namespace {

void shown(int& count)
{
    count = countShownToBoard(count);
}

void shown(ReportCount& count)
{
    shown(count.count);
}

void shown(SacTable& table)
{
    for (ReportCount& row : table.rows)
        shown(row);
    for (ReportCount& row : table.ofWhich)
        shown(row);
    if (table.notRecorded)
        shown(*table.notRecorded);
    shown(table.total);
    shown(table.enquiries);
}

void shown(OutcomeMeasure& measure)
{
    shown(measure.enquiries);
    for (ReportFraction* line : {&measure.asked,
                                 &measure.expressed,
                                 &measure.expressedDirectly,
                                 &measure.expressedThroughBestInterests,
                                 &measure.expressedThroughAdvocate,
                                 &measure.fullyAchieved,
                                 &measure.partlyAchieved,
                                 &measure.notAchieved,
                                 &measure.fullyOrPartlyAchieved,
                                 &measure.seenWithin24Hours,
                                 &measure.seenAlone,
                                 &measure.advocacyChecked,
                                 &measure.advocacyIndicated,
                                 &measure.advocacyProvided,
                                 &measure.askedFeelsSafer,
                                 &measure.feelsSafer,
                                 &measure.feelsPartlySafer,
                                 &measure.doesNotFeelSafer,
                                 &measure.experienceAsked,
                                 &measure.answeredByRepresentative,
                                 &measure.listenedTo,
                                 &measure.listenedToPartly,
                                 &measure.involved,
                                 &measure.involvedPartly}) {
        shown(line->count);
        shown(line->outOf);
    }
}

} // namespace

int countShownToBoard(int count)
{
    if (count <= 0)
        return count;
    if (count <= smallnumbers::kLargestSuppressed)
        return smallnumbers::kSuppressed;
    return (count + smallnumbers::kRoundTo / 2) / smallnumbers::kRoundTo * smallnumbers::kRoundTo;
}

ReportDashboard shownFigures(ReportDashboard figures)
{
    if (!figures.includesBundles())
        return figures;
    shown(figures.outcomes);
    for (SacTable& table : figures.tables)
        shown(table);
    shown(figures.demographics.individuals);
    shown(figures.demographics.activity);
    for (SacColumnsTable& table : figures.demographics.tables) {
        for (SacTable& column : table.byColumn)
            shown(column);
    }
    if (figures.previous) {
        shown(figures.previous->outcomes);
        for (SacTable& table : figures.previous->tables)
            shown(table);
        shown(figures.previous->activity);
    }
    // The people's own words never leave a team (an aggregate carries none); the Board's own
    // cases' words are not shown beside figures that mix teams.
    figures.peoplesWords.clear();
    return figures;
}

QString shownCountText(int count)
{
    return count == smallnumbers::kSuppressed ? smallnumbers::kMark : QString::number(count);
}

QJsonValue shownCountJson(int count)
{
    return count == smallnumbers::kSuppressed ? QJsonValue(smallnumbers::kMark) : QJsonValue(count);
}

} // namespace alongside::core
