// The `aggregate` bundle kind (team → Safeguarding Adults Board; docs/bundles.md): the year's
// SAC tables and outcome measure as counts, nothing that identifies anyone; the Board's figures
// count opened aggregates in, each team's newest for a year; small numbers shown suppressed.

#include "AggregateFixture.h"
#include "TeamFixture.h"

#include "reporting/ReportFixture.h"

#include "application/AggregateBundle.h"
#include "application/OpenBundle.h"
#include "bundles/BundleReader.h"
#include "bundles/BundleWriter.h"
#include "reporting/AggregatePayload.h"
#include "reporting/CsvWriter.h"
#include "reporting/ReportJson.h"
#include "reporting/ReportRepository.h"
#include "reporting/SmallNumbers.h"
#include "storage/keys/StoreKeysRepository.h"

#include "support/Catch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace alongside;

namespace {

const QString kBoardName = QStringLiteral("Bea Board");

// Two teams and the Board's analyst, each trusting the others as a real team would.
struct Board {
    std::unique_ptr<test::Colleague> north = test::makeColleague(QStringLiteral("Nia North"),
                                                                 QStringLiteral("Team leader"));
    std::unique_ptr<test::Colleague> south = test::makeColleague(QStringLiteral("Sol South"),
                                                                 QStringLiteral("Team leader"));
    std::unique_ptr<test::Colleague> board = test::makeColleague(kBoardName, QStringLiteral("Board analyst"));
    Board()
    {
        for (test::Colleague* team : {north.get(), south.get()}) {
            test::trust(*team, *board);
            test::trust(*board, *team);
        }
    }
    core::BundleOpening open(const QByteArray& bundle) const
    {
        return core::openBundle(board->db(), bundle, kBoardName, test::kTeamNow.addDays(1));
    }
};

// Opened, or the reason and each problem shown.
void requireOpened(const Board& team, const QByteArray& bundle)
{
    const core::BundleOpening opening = team.open(bundle);
    QStringList problems;
    for (const core::CaseFileProblem& problem : opening.problems)
        problems << problem.toString();
    INFO(opening.message.toStdString() << "\n" << problems.join(u'\n').toStdString());
    REQUIRE(opening.ok());
}

core::ReportDashboard figuresOf(const test::Colleague& colleague, int year = test::kYear)
{
    return core::ReportRepository(colleague.db()).dashboard(core::reportingYear(year));
}

// Every count of the figures (none of the ids), to compare two sets of figures whole.
QByteArray countsOf(const core::ReportDashboard& figures, int year = test::kYear)
{
    return core::writeAggregatePayload(year, figures);
}

QByteArray payloadOf(const test::Colleague& recipient, const QByteArray& bundle)
{
    const core::BundleReading reading = core::readBundle(
        bundle, recipient.keys().keys.encryptionKey,
        core::StoreKeysRepository(recipient.db()).encryptionSecret());
    REQUIRE(reading.ok());
    CHECK(reading.contents.manifest.kind == core::BundleKind::Aggregate);
    CHECK(reading.contents.manifest.payloadFormat == QStringLiteral("alongside-aggregate"));
    return reading.contents.payload;
}

struct BoardRows {
    qint64 opened = 0;
    qint64 aggregates = 0;
    bool operator==(const BoardRows&) const = default;
};

BoardRows rowsOf(const test::Colleague& colleague)
{
    return {colleague.count(QStringLiteral("opened_bundle")),
            colleague.count(QStringLiteral("opened_aggregate"))};
}

// A bundle signed by `from` for the Board with `payload` as an aggregate, whatever it holds.
QByteArray signedAggregate(const test::Colleague& from, const test::Colleague& to, const QByteArray& payload)
{
    core::BundleManifest manifest;
    manifest.bundleId = core::newBundleId();
    manifest.kind = core::BundleKind::Aggregate;
    manifest.madeAt = test::kTeamNow;
    manifest.sequence = 7;
    manifest.sender = from.keys().keys;
    manifest.recipients = {to.keys().keys};
    manifest.payloadFormat = QStringLiteral("alongside-aggregate");
    manifest.payloadVersion = 1;
    return core::makeBundle(manifest, payload, core::StoreKeysRepository(from.db()).signingSecret());
}

} // namespace

TEST_CASE(
    "an aggregate bundle carries the year's counts and no name, NHS number, address, note, words or date")
{
    Board team;
    test::plantedCases(team.north->db(), team.north->name);
    const QByteArray payload = payloadOf(*team.board, test::aggregateBundle(*team.north, {team.board.get()}));

    const QJsonObject json = QJsonDocument::fromJson(payload).object();
    CHECK(json.keys()
          == QStringList{QStringLiteral("format"), QStringLiteral("outcomes"),
                         QStringLiteral("reportingYear"), QStringLiteral("sg1"), QStringLiteral("tables"),
                         QStringLiteral("version")});
    CHECK(json.value(QStringLiteral("reportingYear")).toInt() == 2025);
    CHECK(json.value(QStringLiteral("outcomes")).toObject().value(QStringLiteral("enquiries")).toInt() == 3);
    CHECK(json.value(QStringLiteral("sg1")).toObject().value(QStringLiteral("individuals")).toInt() == 3);

    QStringList never{test::Planted::givenName, test::Planted::familyName, test::Planted::address,
                      test::Planted::noteText, test::Planted::reported};
    never << test::Planted::nhsNumbers() << test::Planted::isoDates() << test::Planted::references();
    // The rest of each case's free text (fullCase): the person's own words, who raised it.
    never << QStringLiteral("pension") << QStringLiteral("Norrie") << QStringLiteral("Sid Cashier")
          << QStringLiteral("Ben") << QStringLiteral("Madeup") << QStringLiteral("example.invalid")
          << QStringLiteral("01632") << team.north->name << team.north->keys().keys.storeId;
    for (const QString& text : never) {
        INFO("found in the payload: " << text.toStdString());
        CHECK_FALSE(payload.contains(text.toUtf8()));
    }
    // Four-digit years appear only as the reporting year.
    CHECK(payload.count("2025") == 1);
    CHECK_FALSE(payload.contains("2026"));
    CHECK_FALSE(payload.contains("1948"));
}

TEST_CASE("the Board's tables from two teams' aggregates equal the same cases counted in one store")
{
    Board team;
    test::ReportFixture north(team.north->db());
    test::plantedCases(team.south->db(), team.south->name);
    auto together = test::makeColleague(QStringLiteral("One Store"));
    test::ReportFixture both(together->db());
    test::plantedCases(together->db(), together->name);

    requireOpened(team, test::aggregateBundle(*team.north, {team.board.get()}));
    const core::BundleOpening south = team.open(test::aggregateBundle(*team.south, {team.board.get()}));
    INFO(south.message.toStdString());
    REQUIRE(south.ok());

    const core::ReportDashboard board = figuresOf(*team.board);
    const core::ReportDashboard one = figuresOf(*together);
    CHECK(one.outcomes.enquiries == 11);
    CHECK(board.outcomes.enquiries == 11);
    CHECK(board.demographics.individuals == one.demographics.individuals);
    CHECK(QString::fromUtf8(countsOf(board)) == QString::fromUtf8(countsOf(one)));

    // Which teams' figures, and how many enquiries from each.
    REQUIRE(board.fromBundles.size() == 2);
    CHECK(board.fromBundles[0].sender == QStringLiteral("Nia North"));
    CHECK(board.fromBundles[0].enquiries == 8);
    CHECK(board.fromBundles[1].sender == QStringLiteral("Sol South"));
    CHECK(board.fromBundles[1].enquiries == 3);
    // Another period is not a reporting year: the teams' figures are not guessed into it.
    const core::ReportDashboard quarter =
        core::ReportRepository(team.board->db()).dashboard({QDate(2025, 4, 1), QDate(2025, 6, 30)});
    CHECK(quarter.fromBundles.empty());
    CHECK(quarter.outcomes.enquiries == 0);
}

TEST_CASE("an aggregate opened twice is refused as already imported, and a late older one changes nothing")
{
    Board team;
    test::ReportFixture cases(team.north->db());
    const QByteArray older = test::aggregateBundle(*team.north, {team.board.get()});
    test::plantedCases(team.north->db(), team.north->name);
    const QByteArray newer = test::aggregateBundle(*team.north, {team.board.get()});
    const QByteArray lastYear = test::aggregateBundle(*team.north, {team.board.get()}, 2024);

    requireOpened(team, newer);
    CHECK(figuresOf(*team.board).outcomes.enquiries == 11);
    const BoardRows before = rowsOf(*team.board);
    const core::BundleOpening again = team.open(newer);
    CHECK(again.refusal == core::BundleRefusal::AlreadyOpened);
    CHECK(again.message.contains(QStringLiteral("already imported")));
    CHECK(rowsOf(*team.board) == before);

    // The older bundle arrives late: recorded as opened, but the newer figures stand.
    requireOpened(team, older);
    CHECK(figuresOf(*team.board).outcomes.enquiries == 11);
    CHECK(QString::fromUtf8(countsOf(figuresOf(*team.board)))
          == QString::fromUtf8(countsOf(figuresOf(*team.north))));
    // One for another year adds that year, and only that year.
    requireOpened(team, lastYear);
    CHECK(figuresOf(*team.board).outcomes.enquiries == 11);
    CHECK(figuresOf(*team.board, 2024).fromBundles.size() == 1);
}

TEST_CASE("a tampered or hostile aggregate is refused with its reason and nothing written")
{
    Board team;
    test::ReportFixture cases(team.north->db());
    const QByteArray bundle = test::aggregateBundle(*team.north, {team.board.get()});
    const QByteArray payload = payloadOf(*team.board, bundle);

    QByteArray tampered = bundle;
    tampered[tampered.size() - 30] = char(tampered[tampered.size() - 30] ^ 0x01);
    CHECK(team.open(tampered).refusal == core::BundleRefusal::Tampered);
    CHECK(rowsOf(*team.board) == BoardRows{});

    // Signed by a trusted team, but carrying what the format does not define.
    QJsonObject json = QJsonDocument::fromJson(payload).object();
    QJsonObject tables = json.value(QStringLiteral("tables")).toObject();
    QJsonObject sg2a = tables.value(QStringLiteral("SG2a")).toObject();
    sg2a.insert(QStringLiteral("names"), QJsonArray{test::Planted::givenName});
    tables.insert(QStringLiteral("SG2a"), sg2a);
    json.insert(QStringLiteral("tables"), tables);
    const struct {
        QByteArray payload;
        QString path;
    } hostile[] = {
        {QJsonDocument(json).toJson(QJsonDocument::Compact), QStringLiteral("$.tables.SG2a.names")},
        {QByteArray(payload).replace("\"reportingYear\":2025",
                                     "\"reportingYear\":2025,\"reportingYear\":2024"),
         QStringLiteral("$.reportingYear")},
        {QByteArray(payload).replace("{\"count\":2,\"label\":\"Physical Abuse\"}",
                                     "{\"count\":-2,\"label\":\"Physical Abuse\"}"),
         QStringLiteral("$.tables.SG2a.rows[0].count")},
        {QByteArray(payload).replace("{\"count\":2,\"label\":\"Physical Abuse\"}",
                                     "{\"count\":2,\"label\":\"Physicle Abuse\"}"),
         QStringLiteral("$.tables.SG2a.rows[0].label")},
    };
    for (const auto& bad : hostile) {
        REQUIRE(bad.payload != payload);
        const core::BundleOpening opening = team.open(signedAggregate(*team.north, *team.board, bad.payload));
        INFO(opening.message.toStdString());
        CHECK(opening.refusal == core::BundleRefusal::CasesRefused);
        QStringList paths;
        for (const core::CaseFileProblem& problem : opening.problems)
            paths << problem.toString();
        INFO(paths.join(u'\n').toStdString());
        CHECK(std::any_of(opening.problems.begin(), opening.problems.end(),
                          [&](const core::CaseFileProblem& problem) { return problem.path == bad.path; }));
        CHECK(rowsOf(*team.board) == BoardRows{});
    }
    // The genuine bundle still opens afterwards: the refusals left no trace.
    CHECK(team.open(bundle).ok());
    CHECK(rowsOf(*team.board) == BoardRows{1, 1});
}

TEST_CASE("the Board's figures hide counts of 1 to 4 and round the rest to the nearest 5")
{
    Board team;
    test::ReportFixture cases(team.north->db());
    requireOpened(team, test::aggregateBundle(*team.north, {team.board.get()}));
    const core::ReportDashboard exact = figuresOf(*team.board);
    const core::ReportDashboard shown = core::shownFigures(exact);

    // SG2a Physical Abuse is E1 and E3: 2 enquiries, shown suppressed; the 8 enquiries as 10.
    CHECK(exact.tables.at(0).rows.at(0).count == 2);
    const QJsonObject json = core::sacTablesJson(shown.period, shown.tables);
    const QJsonObject sg2a = json.value(QStringLiteral("tables")).toArray().at(0).toObject();
    CHECK(sg2a.value(QStringLiteral("rows")).toArray().at(0).toObject().value(QStringLiteral("count"))
          == QJsonValue(QStringLiteral("[c]")));
    CHECK(sg2a.value(QStringLiteral("enquiries")) == QJsonValue(10));
    const QByteArray csv = core::CsvWriter::table(shown.tables.at(0));
    CHECK(csv.contains("Physical Abuse,[c]"));
    CHECK_FALSE(csv.contains("Physical Abuse,2"));
    const QJsonObject outcomes = core::outcomeMeasureJson(shown.outcomes);
    const QJsonObject asked = outcomes.value(QStringLiteral("measures")).toArray().at(0).toObject();
    CHECK(asked.value(QStringLiteral("outOf")) == QJsonValue(10));

    // Every number shown is 0, [c] or a multiple of 5.
    for (const core::SacTable& table : shown.tables) {
        for (const core::ReportCount& row : table.rows) {
            INFO(table.key.toStdString() << " " << row.label.toStdString() << " " << row.count);
            CHECK((row.count == core::smallnumbers::kSuppressed || row.count % 5 == 0));
        }
    }
    // A team's own figures (no bundles counted in) stay exact, for supervision.
    const core::ReportDashboard own = core::shownFigures(figuresOf(*team.north));
    CHECK(own.tables.at(0).rows.at(0).count == 2);
}
