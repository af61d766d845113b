#include "reporting/SacTableBuilder.h"

#include <algorithm>

namespace alongside::core {

std::vector<qint64> mergedIds(std::vector<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

ReportCount countOf(const QString& label, std::vector<qint64> ids)
{
    ids = mergedIds(std::move(ids));
    const int count = static_cast<int>(ids.size());
    return {label, count, std::move(ids)};
}

SacTableBuilder::SacTableBuilder(SacTable heading, QStringList labels, QString notRecordedRow,
                                 QString notRecordedLabel)
    : m_table(std::move(heading)),
      m_labels(std::move(labels)),
      m_notRecordedRow(std::move(notRecordedRow)),
      m_notRecordedLabel(std::move(notRecordedLabel))
{}

void SacTableBuilder::add(const QString& label, const std::vector<qint64>& ids)
{
    const bool published = !label.isEmpty() && label != m_notRecordedRow && m_labels.contains(label);
    std::vector<qint64>& into = m_ids[published ? label : QString()];
    into.insert(into.end(), ids.begin(), ids.end());
}

SacTable SacTableBuilder::finish() const
{
    SacTable table = m_table;
    const auto idsOf = [this](const QString& label) {
        const auto found = m_ids.find(label);
        return found == m_ids.end() ? std::vector<qint64>() : found->second;
    };
    std::vector<qint64> all;
    for (const QString& label : m_labels) {
        ReportCount row = countOf(label, idsOf(label == m_notRecordedRow ? QString() : label));
        table.total += row.count;
        all.insert(all.end(), row.caseIds.begin(), row.caseIds.end());
        table.rows.push_back(std::move(row));
    }
    if (m_notRecordedRow.isEmpty()) {
        ReportCount notRecorded = countOf(m_notRecordedLabel, idsOf(QString()));
        all.insert(all.end(), notRecorded.caseIds.begin(), notRecorded.caseIds.end());
        table.notRecorded = std::move(notRecorded);
    }
    table.enquiryIds = mergedIds(std::move(all));
    table.enquiries = static_cast<int>(table.enquiryIds.size());
    return table;
}

} // namespace alongside::core
