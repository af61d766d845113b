#pragma once

#include "Comparison.h"
#include "KdfTiming.h"

#include <QJsonObject>
#include <QString>
#include <QTextStream>

#include <optional>
#include <vector>

namespace alongside::bench {

constexpr double kRatioTarget = 1.15;

// Everything one run found, printed as a table and optionally written as JSON.
class BenchReport {
public:
    void setContext(QJsonObject context) { m_context = std::move(context); }
    void addComparison(ComparisonResult result) { m_rows.push_back(std::move(result)); }
    void setKeyDerivation(KdfTiming timing) { m_kdf = std::move(timing); }
    void setResultsVerified(bool verified) { m_verified = verified; }
    void setPeakResident(qint64 storeWorkKiB, qint64 overallKiB);

    int rowsWithinTarget() const;
    QString summaryLine() const;
    void printTable(QTextStream& out) const;
    QJsonObject toJson() const;
    bool writeJson(const QString& path, QString* error) const;

private:
    void printContext(QTextStream& out) const;

    QJsonObject m_context;
    std::vector<ComparisonResult> m_rows;
    std::optional<KdfTiming> m_kdf;
    bool m_verified = false;
    qint64 m_storeWorkKiB = -1;
    qint64 m_overallKiB = -1;
};

} // namespace alongside::bench
