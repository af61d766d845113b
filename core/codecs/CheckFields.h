#pragma once

#include "codecs/CaseFileProblem.h"
#include "codecs/JsonFieldReader.h"
#include "model/Answers.h"

#include <QJsonObject>
#include <QList>
#include <QSet>

#include <functional>
#include <optional>

namespace alongside::core {

// Reads one object of a check's input (docs/checks.md). The typed fields come from
// JsonFieldReader, so messages match the case format's; this class adds the check input's own
// rules: an answer left out is "not known", lengths are whole days, and any other key is
// reported as unknown (JsonFieldReader's own message would speak of the case format).
class CheckFields {
public:
    CheckFields(const QJsonObject& object, const QString& path, CaseFileProblems* problems);

    QString text(const QString& key);
    QStringList texts(const QString& key);
    bool flag(const QString& key);
    QDate date(const QString& key);
    QDateTime dateTime(const QString& key);
    YesNoUnknown answer(const QString& key); // "yes", "no", "not-known"; absent means not known
    // An answer that an earlier version of the format wrote as a flag: true and false still read
    // as "yes" and "no".
    YesNoUnknown answerOrFlag(const QString& key);
    std::optional<int> days(const QString& key);

    // One stable code (model/CheckVocabulary.h); `allowed` narrows the codes (all when empty).
    template <typename Enum>
    std::optional<Enum> code(const QString& key, const QString& what, Presence presence = Presence::Optional,
                             const QStringList& allowed = {})
    {
        m_keys.insert(key);
        const QString found = m_fields.oneOf(key, allowed.isEmpty() ? allStorageCodes<Enum>() : allowed, what,
                                             presence);
        return found.isEmpty() ? std::nullopt : fromStorageCode<Enum>(found);
    }

    template <typename Enum>
    QList<Enum> codes(const QString& key, const QString& what, const QStringList& allowed = {})
    {
        m_keys.insert(key);
        QList<Enum> values;
        for (const QString& found :
             m_fields.someOf(key, allowed.isEmpty() ? allStorageCodes<Enum>() : allowed, what)) {
            if (const std::optional<Enum> value = fromStorageCode<Enum>(found))
                values << *value;
        }
        return values;
    }

    // Calls `read` for the object at `key`; false when it is absent or null (reported when
    // required) or not an object (reported).
    bool object(const QString& key, const std::function<void(CheckFields&)>& read,
                Presence presence = Presence::Optional);
    void objects(const QString& key, const std::function<void(CheckFields&)>& read);

    // Reports every key nobody asked for. Call once all fields are read.
    void finish();

private:
    void wrongType(const QString& path, const QJsonValue& value, const QString& expected);

    QJsonObject m_object;
    QString m_path;
    CaseFileProblems* m_problems;
    JsonFieldReader m_fields;
    QSet<QString> m_keys;
};

} // namespace alongside::core
