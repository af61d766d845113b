#include "BenchReport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace alongside::bench {

namespace {

double ratioOf(const ComparisonResult& row)
{
    const double raw = row.rawMs.median();
    return raw > 0.0 ? row.driverMs.median() / raw : 0.0;
}

bool withinTarget(const ComparisonResult& row)
{
    const RowTarget& target = row.target;
    const bool ratioOk = !target.ratio || ratioOf(row) <= *target.ratio;
    const bool limitOk = !target.limitMs || row.driverMs.median() < *target.limitMs;
    return ratioOk && limitOk;
}

bool counted(const ComparisonResult& row)
{
    return !row.target.informational;
}

// "1.15×", "1.20× <100 ms", "<100 ms".
QString targetText(const RowTarget& target)
{
    QStringList parts;
    if (target.ratio)
        parts << QString::number(*target.ratio, 'f', 2) + u'\u00d7';
    if (target.limitMs)
        parts << QStringLiteral("<%1 ms").arg(*target.limitMs, 0, 'f', 0);
    return parts.join(u' ');
}

QString ms(double value)
{
    return QString::number(value, 'f', value < 10.0 ? 3 : 1);
}

QJsonArray samplesJson(const Samples& samples)
{
    QJsonArray array;
    for (double value : samples.all())
        array.append(value);
    return array;
}

} // namespace

void BenchReport::setPeakResident(qint64 storeWorkKiB, qint64 overallKiB)
{
    m_storeWorkKiB = storeWorkKiB;
    m_overallKiB = overallKiB;
}

void BenchReport::addRowDetail(const std::string& rowName, const QString& key, const QJsonValue& value)
{
    m_rowDetails[rowName].insert(key, value);
}

int BenchReport::rowsWithinTarget() const
{
    return static_cast<int>(std::count_if(m_rows.begin(), m_rows.end(),
                                          [](const ComparisonResult& row) { return counted(row) && withinTarget(row); }));
}

QString BenchReport::summaryLine() const
{
    const auto countedRows = std::count_if(m_rows.begin(), m_rows.end(), counted);
    QString line = QStringLiteral("rows within their target: %1/%2").arg(rowsWithinTarget()).arg(countedRows);
    // Informational rows are named with their result, never left out silently.
    QStringList informational;
    for (const ComparisonResult& row : m_rows) {
        if (!counted(row))
            informational << QStringLiteral("%1 %2\u00d7 (%3)")
                                 .arg(QString::fromStdString(row.name))
                                 .arg(ratioOf(row), 0, 'f', 2)
                                 .arg(withinTarget(row) ? QStringLiteral("within ") + targetText(row.target)
                                                        : QStringLiteral("outside ") + targetText(row.target));
    }
    if (!informational.isEmpty())
        line += QStringLiteral("; not counted (informational): ") + informational.join(QStringLiteral("; "));
    return line;
}

void BenchReport::printContext(QTextStream& out) const
{
    const QJsonObject machine = m_context.value(QStringLiteral("machine")).toObject();
    const QJsonObject versions = m_context.value(QStringLiteral("versions")).toObject();
    const QJsonObject parameters = m_context.value(QStringLiteral("parameters")).toObject();
    const int cpus = machine.value(QStringLiteral("logical_cpus")).toInt();
    const double loadStart = machine.value(QStringLiteral("load_average_start")).toDouble();
    const double loadEnd = machine.value(QStringLiteral("load_average_end")).toDouble();
    out << QStringLiteral("machine: %1, %2 logical CPUs; load average %3 at start, %4 at end\n")
               .arg(machine.value(QStringLiteral("cpu_model")).toString())
               .arg(cpus)
               .arg(loadStart, 0, 'f', 2)
               .arg(loadEnd, 0, 'f', 2);
    out << QStringLiteral(
               "Qt %1, SQLCipher %2 (SQLite %3); schema version %4; %5 repetitions, medians (min)\n")
               .arg(versions.value(QStringLiteral("qt")).toString(),
                    versions.value(QStringLiteral("sqlcipher")).toString(),
                    versions.value(QStringLiteral("sqlite")).toString())
               .arg(parameters.value(QStringLiteral("schema_version")).toInt())
               .arg(parameters.value(QStringLiteral("repeat")).toInt());
    if (cpus > 0 && std::max(loadStart, loadEnd) > 0.5 * cpus)
        out << "note: the machine was busy with other work; expect noisier numbers than usual\n";
    out << '\n';
}

void BenchReport::printTable(QTextStream& out) const
{
    printContext(out);
    const int nameWidth = 62;
    out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
               .arg(QStringLiteral("operation"), -nameWidth)
               .arg(QStringLiteral("driver ms (min)"), 20)
               .arg(QStringLiteral("raw ms (min)"), 20)
               .arg(QStringLiteral("ratio"), 7)
               .arg(QStringLiteral("target"), 14)
               .arg(QStringLiteral("ok"), 5);
    bool anyInformational = false;
    for (const ComparisonResult& row : m_rows) {
        anyInformational = anyInformational || !counted(row);
        QString verdict = withinTarget(row) ? QStringLiteral("yes") : QStringLiteral("NO");
        if (!counted(row))
            verdict += u'*';
        out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                   .arg(QString::fromStdString(row.name), -nameWidth)
                   .arg(ms(row.driverMs.median()) + QStringLiteral(" (") + ms(row.driverMs.min()) + u')', 20)
                   .arg(ms(row.rawMs.median()) + QStringLiteral(" (") + ms(row.rawMs.min()) + u')', 20)
                   .arg(QString::number(ratioOf(row), 'f', 2) + u'\u00d7', 7)
                   .arg(targetText(row.target), 14)
                   .arg(verdict, 5);
    }
    if (anyInformational)
        out << "* informational: shown with its ratio, not counted in the summary (docs/performance.md)\n";
    if (m_kdf) {
        const KdfTiming& kdf = *m_kdf;
        out << QStringLiteral("%1 %2 (Argon2id, %3 MiB, ops %4; no ratio: same libsodium call both sides)\n")
                   .arg(QStringLiteral("key derivation (Argon2id, production)"), -nameWidth)
                   .arg(ms(kdf.productionMs.median()) + QStringLiteral(" (") + ms(kdf.productionMs.min())
                            + u')',
                        20)
                   .arg(kdf.production.memLimitBytes / (1024 * 1024))
                   .arg(kdf.production.opsLimit);
        const double median = kdf.productionMs.median();
        const bool inBand = median >= kKdfLowMs && median <= kKdfHighMs;
        out << QStringLiteral("  key derivation %1 the %2\u2013%3 s band; ~%4 ms per pass; nearest to 0.4 s: "
                              "ops %5 (~%6 ms)\n")
                   .arg(inBand ? QStringLiteral("is inside") : QStringLiteral("is OUTSIDE"))
                   .arg(kKdfLowMs / 1000.0, 0, 'f', 1)
                   .arg(kKdfHighMs / 1000.0, 0, 'f', 1)
                   .arg(kdf.perPassMs, 0, 'f', 0)
                   .arg(kdf.suggestedOps)
                   .arg(kdf.fixedMs + kdf.perPassMs * static_cast<double>(kdf.suggestedOps), 0, 'f', 0);
    }
    out << QStringLiteral("results identical on both sides: %1\n")
               .arg(m_verified ? QStringLiteral("yes") : QStringLiteral("NO"));
    out << QStringLiteral("peak RSS (VmHWM): %1 MiB during the store work, %2 MiB overall\n")
               .arg(m_storeWorkKiB / 1024)
               .arg(m_overallKiB / 1024);
    out << summaryLine() << '\n';
}

QJsonObject BenchReport::toJson() const
{
    QJsonArray rows;
    for (const ComparisonResult& row : m_rows) {
        QJsonObject json{
            {QStringLiteral("name"), QString::fromStdString(row.name)},
            {QStringLiteral("driver_ms"), row.driverMs.median()},
            {QStringLiteral("driver_min_ms"), row.driverMs.min()},
            {QStringLiteral("raw_ms"), row.rawMs.median()},
            {QStringLiteral("raw_min_ms"), row.rawMs.min()},
            {QStringLiteral("ratio"), ratioOf(row)},
            {QStringLiteral("target"), row.target.ratio ? QJsonValue(*row.target.ratio) : QJsonValue()},
            {QStringLiteral("limit_ms"), row.target.limitMs ? QJsonValue(*row.target.limitMs) : QJsonValue()},
            {QStringLiteral("within_target"), withinTarget(row)},
            {QStringLiteral("informational"), row.target.informational},
            {QStringLiteral("runs_per_sample"), row.runsPerSample},
            {QStringLiteral("driver_samples_ms"), samplesJson(row.driverMs)},
            {QStringLiteral("raw_samples_ms"), samplesJson(row.rawMs)},
        };
        const auto detail = m_rowDetails.find(row.name);
        if (detail != m_rowDetails.end()) {
            for (auto it = detail->second.begin(); it != detail->second.end(); ++it)
                json.insert(it.key(), it.value());
        }
        rows.append(json);
    }
    QJsonObject json = m_context;
    json.insert(QStringLiteral("rows"), rows);
    if (m_kdf) {
        const KdfTiming& kdf = *m_kdf;
        json.insert(
            QStringLiteral("key_derivation"),
            QJsonObject{
                {QStringLiteral("name"), QStringLiteral("key derivation (Argon2id, production parameters)")},
                {QStringLiteral("ms"), kdf.productionMs.median()},
                {QStringLiteral("min_ms"), kdf.productionMs.min()},
                {QStringLiteral("samples_ms"), samplesJson(kdf.productionMs)},
                {QStringLiteral("mem_limit_bytes"), static_cast<qint64>(kdf.production.memLimitBytes)},
                {QStringLiteral("ops_limit"), static_cast<qint64>(kdf.production.opsLimit)},
                {QStringLiteral("kdf_version"), kdf.production.version},
                {QStringLiteral("one_pass_ms"), kdf.onePassMs.median()},
                {QStringLiteral("per_pass_ms"), kdf.perPassMs},
                {QStringLiteral("suggested_ops_for_400_ms"), static_cast<qint64>(kdf.suggestedOps)},
                {QStringLiteral("within_0_3_to_0_6_s"),
                 kdf.productionMs.median() >= kKdfLowMs && kdf.productionMs.median() <= kKdfHighMs},
            });
    }
    json.insert(QStringLiteral("results_identical"), m_verified);
    json.insert(QStringLiteral("peak_rss_kib_store_work"), m_storeWorkKiB);
    json.insert(QStringLiteral("peak_rss_kib_overall"), m_overallKiB);
    json.insert(QStringLiteral("rows_within_target"), rowsWithinTarget());
    json.insert(QStringLiteral("summary"), summaryLine());
    return json;
}

bool BenchReport::writeJson(const QString& path, QString* error) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    return true;
}

} // namespace alongside::bench
