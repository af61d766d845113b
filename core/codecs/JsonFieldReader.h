#pragma once

#include "codecs/CaseFileProblem.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTime>

#include <functional>
#include <optional>
#include <vector>

namespace alongside::core {

enum class Presence { Optional, Required };

// Reads the fields of one JSON object in a case file. A field that is missing when required,
// of the wrong type or not an allowed value adds a problem at its path and reads as empty, so
// one pass finds every problem, not just the first. The keys read are remembered: finish()
// reports any other key as unknown, because a misspelt field would otherwise be dropped
// without anyone noticing. Optional fields may be absent or null.
class JsonFieldReader {
public:
    // `version`: of the case format being read, for the unknown-field message.
    JsonFieldReader(QJsonObject object, QString path, CaseFileProblems* problems, int version = 1);

    QString text(const QString& key, Presence presence = Presence::Optional);
    QString nonBlankText(const QString& key); // required, and not only spaces
    bool flag(const QString& key, Presence presence = Presence::Optional);
    QDate date(const QString& key, Presence presence = Presence::Optional);
    QDateTime dateTime(const QString& key, Presence presence = Presence::Optional);
    QTime timeOfDay(const QString& key);
    // A position (0 first) in another list of the same case, or -1 when absent or null.
    qint64 position(const QString& key);
    QStringList texts(const QString& key, Presence presence = Presence::Optional);
    // One of `allowed` exactly, or empty when absent (or "" where `emptyAllowed`). `what`
    // names the list in messages: "SAC type of risk (SG2a)", "answer".
    QString oneOf(const QString& key, const QStringList& allowed, const QString& what,
                  Presence presence = Presence::Optional);
    // Each of `allowed` at most once; Required means at least one.
    QStringList someOf(const QString& key, const QStringList& allowed, const QString& what,
                       Presence presence = Presence::Optional);

    // Calls `read` with a reader for the object at `key`; returns false when it is absent,
    // null or not an object.
    bool object(const QString& key, Presence presence, const std::function<void(JsonFieldReader&)>& read);
    // Calls `read` for each object in the list at `key`, with its position.
    void objects(const QString& key, Presence presence,
                 const std::function<void(JsonFieldReader&, qsizetype)>& read);

    // The raw value at `key` (absent or null: nullopt, and a problem when required).
    std::optional<QJsonValue> value(const QString& key, Presence presence);

    QString pathOf(const QString& key) const;
    const QString& path() const { return m_path; }
    void problem(const QString& path, const QString& reason);
    // Reports the keys nobody asked for. Call once every field has been read.
    void finish();

private:
    std::optional<QString> takeString(const QString& key, Presence presence);
    // Each item of a list of text, in place; nullopt where an item is not text (reported).
    std::vector<std::optional<QString>> textItems(const QString& key, Presence presence);
    void wrongType(const QString& path, const QJsonValue& value, const QString& expected);

    QJsonObject m_object;
    QString m_path;
    CaseFileProblems* m_problems;
    QSet<QString> m_read;
    int m_version = 1;
};

// "text", "a number", "a list"…: what a JSON value is, for messages.
QString describeJsonType(const QJsonValue& value);

} // namespace alongside::core
