#pragma once

#include <QLatin1String>
#include <QString>

namespace alongside::core::caseformat {

// The JSON case file (docs/case-format.md, docs/case-format.schema.json). A file names its
// format and version at the top so a reader can refuse what it does not understand. Bump
// kVersion for any change that an older reader would misread (a renamed or re-meant field, a
// new required field); document the change and keep reading the older versions.
inline constexpr QLatin1String kFormatName{"alongside-case"};
inline constexpr int kVersion = 2;
// Version 1: a case as the case journey (codecs/CaseJsonReader, CaseJsonWriter), without uids,
// legal records, supervision, letters or history. Still read; written only where a test or a
// tool needs a hand-made case.
inline constexpr int kVersion1 = 1;

// Calendar dates are ISO 8601 `YYYY-MM-DD`; date-times carry their UTC offset
// (`2026-03-14T10:30:00+00:00`); a concern's time of day is local clock time `HH:MM`
// (or `HH:MM:SS`).
inline constexpr QLatin1String kDatePattern{"^\\d{4}-\\d{2}-\\d{2}$"};
inline constexpr QLatin1String kDateTimePattern{
    "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:\\d{2})$"};
inline constexpr QLatin1String kTimePattern{"^\\d{2}:\\d{2}(:\\d{2})?$"};

} // namespace alongside::core::caseformat
