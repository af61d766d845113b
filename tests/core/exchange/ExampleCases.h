#pragma once

#include "model/CaseRecord.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QVariantList>

#include <optional>

namespace alongside::test {

// A made-up case with every field of the case format set: several outcome revisions, an
// achievement, conversations with the person's words, plan actions linked to outcomes, an
// addendum, a closure. Links use record-local ids (position + 1), as createCase expects.
core::CaseRecord maximalCase(const QString& reference = QStringLiteral("TEST-MAX-001"));
// Only what the format requires.
core::CaseRecord minimalCase(const QString& reference = QStringLiteral("TEST-MIN-001"));

// tests/fixtures/cases/<name>
QString fixturePath(const QString& name);
QByteArray readFixture(const QString& name);

// `root` with the value at `path` replaced (or removed, when `replacement` is nullopt).
// A path is keys and list positions: {"cases", 0, "concern", "receivedOn"}.
QJsonObject edited(const QJsonObject& root, const QVariantList& path,
                   const std::optional<QJsonValue>& replacement);

} // namespace alongside::test
