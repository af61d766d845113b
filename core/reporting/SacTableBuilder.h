#pragma once

#include "reporting/SacTable.h"

#include <QString>
#include <QStringList>

#include <map>
#include <vector>

namespace alongside::core {

// Gathers the enquiries of one SAC table, group by group as the query returns them, and lays
// them out on the published labels: every label a row, in published order, zero rows included.
class SacTableBuilder {
public:
    // `notRecordedRow`: the published label that holds enquiries with no answer ("Not
    // recorded" in SG3a, "Not Recorded" in SG4a), or empty where SAC publishes none; then they
    // go to SacTable::notRecorded with `notRecordedLabel`.
    SacTableBuilder(SacTable heading, QStringList labels, QString notRecordedRow, QString notRecordedLabel);

    // `label` is a published label; empty means not recorded. A value that is not a published
    // label (only possible in a store edited by hand) is counted as not recorded too.
    void add(const QString& label, const std::vector<qint64>& ids);

    SacTable finish() const;

private:
    SacTable m_table;
    QStringList m_labels;
    QString m_notRecordedRow;
    QString m_notRecordedLabel;
    std::map<QString, std::vector<qint64>> m_ids; // by label; "" = not recorded
};

// `ids` sorted and each once (ids from several groups).
std::vector<qint64> mergedIds(std::vector<qint64> ids);
ReportCount countOf(const QString& label, std::vector<qint64> ids);

} // namespace alongside::core
