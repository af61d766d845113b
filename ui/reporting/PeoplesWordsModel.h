#pragma once

#include "reporting/PeoplesWords.h"

#include <QAbstractTableModel>

#include <vector>

namespace alongside::ui {

// The people's own words about what they wanted, one row per outcome, initials only: what the
// Board hears beside the numbers.
class PeoplesWordsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Initials, Words, Achieved, ClosedOn, ColumnCount };
    enum Role { CaseIdRole = Qt::UserRole + 1 };

    explicit PeoplesWordsModel(QObject* parent = nullptr);

    void setWords(std::vector<core::PeoplesWords> words);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<core::PeoplesWords> m_words;
};

} // namespace alongside::ui
