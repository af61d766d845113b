#pragma once

#include <QDateTimeEdit>

namespace alongside::ui {

// A date, time, or date-and-time field whose Tab key moves on to the next control. Qt's own
// date editors use Tab to step between day, month and year first, which keyboard users (and
// the accessibility audit) meet as a field that will not let go; here the arrow keys and
// typing move between the parts instead, as they already do.
class DateTimeField : public QDateTimeEdit {
    Q_OBJECT

public:
    // `displayFormat` decides what it edits: "d MMM yyyy", "HH:mm" or both.
    explicit DateTimeField(const QString& displayFormat, QWidget* parent = nullptr);

protected:
    bool focusNextPrevChild(bool next) override;
};

} // namespace alongside::ui
