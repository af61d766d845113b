#pragma once

#include "model/AuthorisedRepresentative.h"

#include <QWidget>

#include <array>

class QCheckBox;

namespace alongside::ui {

// What a nominee's, attorney's or deputy's authority covers, ticked from the power, the court
// order or the nomination. The IMCA duties turn on it (MCA 2005 s.40(1)): an attorney for
// property and affairs does not take away a duty about treatment or where the person lives.
class AuthorityCoverField : public QWidget {
    Q_OBJECT

public:
    explicit AuthorityCoverField(QWidget* parent = nullptr);

    QList<core::AuthorityMatter> covers() const;
    void setCovers(const QList<core::AuthorityMatter>& covers);
    // A property-and-affairs power can only cover property and affairs: the rest is not offered.
    void setPropertyOnly(bool propertyOnly);
    QCheckBox* box(core::AuthorityMatter matter) const;

private:
    std::array<QCheckBox*, 5> m_boxes{};
};

} // namespace alongside::ui
