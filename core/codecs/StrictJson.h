#pragma once

#include "codecs/CaseFileProblem.h"
#include "codecs/JsonLimits.h"

#include <QByteArray>
#include <QJsonDocument>

namespace alongside::core {

struct StrictJson {
    QJsonDocument document;    // null unless problems is empty
    CaseFileProblems problems; // each as `path: reason`

    bool ok() const { return problems.empty(); }
};

// The one way JSON from outside Alongside is read: case files, check inputs and, later, bundle
// manifests. A scan of the bytes comes first and refuses, each with its path and a reason:
//   - anything over `limits` (the file, a record, a text field, a list, the nesting);
//   - a field name that appears twice in one object (QJsonDocument would silently keep the
//     last, and with it, for example, a different legal answer);
//   - control characters in text other than tab and newline, raw or escaped (\u0000);
//   - half of a surrogate pair, raw or escaped, and bytes that are not UTF-8;
//   - anything that is not JSON (with the line and column).
// Only then are the bytes handed to QJsonDocument, so memory for values is never spent on input
// that will be refused. A leading UTF-8 byte order mark (which some editors add) is skipped.
// Reported text is never echoed back: a reason describes the problem, not the contents.
StrictJson readStrictJson(const QByteArray& bytes, const JsonLimits& limits);

// The same size limit, for a file not yet read: callers check this first, so a file far too
// large is refused without reading it into memory.
CaseFileProblems checkJsonFileSize(qint64 size, const JsonLimits& limits);

} // namespace alongside::core
