#include "casefile/AuthorityCoverField.h"

#include "capacity/LegalLabels.h"

#include <QCheckBox>
#include <QGridLayout>

namespace alongside::ui {

namespace {
constexpr std::array<core::AuthorityMatter, 5> kMatters{
    core::AuthorityMatter::MedicalTreatment, core::AuthorityMatter::Accommodation,
    core::AuthorityMatter::DeprivationOfLiberty, core::AuthorityMatter::PropertyAndAffairs,
    core::AuthorityMatter::OtherMatters};

std::size_t indexOf(core::AuthorityMatter matter)
{
    for (std::size_t i = 0; i < kMatters.size(); ++i) {
        if (kMatters[i] == matter)
            return i;
    }
    return 0;
}
} // namespace

AuthorityCoverField::AuthorityCoverField(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("authorityCovers"));
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    for (std::size_t i = 0; i < kMatters.size(); ++i) {
        auto* box = new QCheckBox(authorityMatterLabel(kMatters[i]), this);
        box->setAccessibleName(tr("Their authority covers: %1").arg(authorityMatterLabel(kMatters[i])));
        m_boxes[i] = box;
        grid->addWidget(box, static_cast<int>(i / 2), static_cast<int>(i % 2));
    }
}

QList<core::AuthorityMatter> AuthorityCoverField::covers() const
{
    QList<core::AuthorityMatter> matters;
    for (std::size_t i = 0; i < kMatters.size(); ++i) {
        if (m_boxes[i]->isChecked())
            matters << kMatters[i];
    }
    return matters;
}

void AuthorityCoverField::setCovers(const QList<core::AuthorityMatter>& covers)
{
    for (std::size_t i = 0; i < kMatters.size(); ++i)
        m_boxes[i]->setChecked(covers.contains(kMatters[i]));
}

void AuthorityCoverField::setPropertyOnly(bool propertyOnly)
{
    for (std::size_t i = 0; i < kMatters.size(); ++i) {
        const bool property = kMatters[i] == core::AuthorityMatter::PropertyAndAffairs;
        m_boxes[i]->setEnabled(!propertyOnly);
        if (propertyOnly)
            m_boxes[i]->setChecked(property);
    }
}

QCheckBox* AuthorityCoverField::box(core::AuthorityMatter matter) const
{
    return m_boxes[indexOf(matter)];
}

} // namespace alongside::ui
