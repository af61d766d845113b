#include "ResultCheck.h"

namespace alongside::bench {

namespace {

bool same(const QString& driver, const std::string& raw)
{
    return !driver.isNull() && driver.toStdString() == raw;
}

bool same(const QString& driver, const std::optional<std::string>& raw)
{
    return raw ? same(driver, *raw) : driver.isNull();
}

bool same(qint64 driver, qint64 raw)
{
    return driver == raw;
}

QString sizeMismatch(const char* what, std::size_t driver, std::size_t raw)
{
    return QStringLiteral("%1: driver read %2 rows, raw read %3")
        .arg(QLatin1String(what))
        .arg(driver)
        .arg(raw);
}

} // namespace

QString compareCaseloads(const std::vector<RowQt>& driver, const std::vector<RowRaw>& raw)
{
    if (driver.size() != raw.size())
        return sizeMismatch("caseload", driver.size(), raw.size());
    for (std::size_t i = 0; i < driver.size(); ++i) {
        if (driver[i].size() != raw[i].size())
            return QStringLiteral("caseload row %1 has a different number of columns").arg(i);
        for (std::size_t column = 0; column < driver[i].size(); ++column) {
            const CellQt& d = driver[i][column];
            const CellRaw& r = raw[i][column];
            if (!same(d.integer, r.integer) || !same(d.text, r.text))
                return QStringLiteral("caseload row %1 column %2 differs").arg(i).arg(column);
        }
    }
    return {};
}

QString compareCaseFiles(const CaseFileQt& driver, const CaseFileRaw& raw)
{
    const bool headerSame = same(driver.caseId, raw.caseId) && same(driver.personId, raw.personId)
        && same(driver.reference, raw.reference) && same(driver.stage, raw.stage)
        && same(driver.concernReceivedOn, raw.concernReceivedOn) && same(driver.closedOn, raw.closedOn)
        && same(driver.caseCreatedAt, raw.caseCreatedAt) && same(driver.givenName, raw.givenName)
        && same(driver.familyName, raw.familyName) && same(driver.preferredName, raw.preferredName)
        && same(driver.dateOfBirth, raw.dateOfBirth) && same(driver.personCreatedAt, raw.personCreatedAt);
    if (!headerSame)
        return QStringLiteral("case header differs");
    if (driver.notes.size() != raw.notes.size())
        return sizeMismatch("case notes", driver.notes.size(), raw.notes.size());
    for (std::size_t i = 0; i < driver.notes.size(); ++i) {
        const auto& d = driver.notes[i];
        const auto& r = raw.notes[i];
        if (!same(d.noteId, r.noteId) || !same(d.caseId, r.caseId) || !same(d.writtenAt, r.writtenAt)
            || !same(d.author, r.author) || !same(d.body, r.body))
            return QStringLiteral("case note %1 differs").arg(i);
    }
    return {};
}

QString compareStageCounts(const std::vector<StageCountQt>& driver, const std::vector<StageCountRaw>& raw)
{
    if (driver.size() != raw.size())
        return sizeMismatch("notes per stage", driver.size(), raw.size());
    for (std::size_t i = 0; i < driver.size(); ++i) {
        if (!same(driver[i].stage, raw[i].stage) || !same(driver[i].notes, raw[i].notes))
            return QStringLiteral("notes per stage row %1 differs").arg(i);
    }
    return {};
}

} // namespace alongside::bench
