#include "reporting/PeoplesWordsModel.h"

#include "common/DisplayFormats.h"

namespace alongside::ui {

PeoplesWordsModel::PeoplesWordsModel(QObject* parent) : QAbstractTableModel(parent)
{}

void PeoplesWordsModel::setWords(std::vector<core::PeoplesWords> words)
{
    beginResetModel();
    m_words = std::move(words);
    endResetModel();
}

int PeoplesWordsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_words.size());
}

int PeoplesWordsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PeoplesWordsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const core::PeoplesWords& said = m_words[std::size_t(index.row())];
    if (role == CaseIdRole)
        return said.caseId;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Initials:
        return said.initials;
    case Words:
        return QStringLiteral("“%1”").arg(said.words);
    case Achieved:
        return said.achievement.isEmpty() ? tr("Not recorded") : said.achievement;
    case ClosedOn:
        return shortDate(said.closedOn);
    }
    return {};
}

QVariant PeoplesWordsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Initials:
        return tr("Person");
    case Words:
        return tr("What they wanted, in their words");
    case Achieved:
        return tr("Achieved");
    case ClosedOn:
        return tr("Enquiry concluded");
    }
    return {};
}

} // namespace alongside::ui
