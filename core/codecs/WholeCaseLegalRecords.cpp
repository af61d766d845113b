#include "codecs/WholeCaseLegalRecords.h"

#include "codecs/CheckInputReader.h"
#include "codecs/RiskEnablementJson.h"

#include <QJsonDocument>
#include <QJsonValue>

#include <functional>

namespace alongside::core {

namespace {

using Reader = std::function<CaseFileProblems(const QByteArray&)>;

template <typename Value>
Reader reader(CheckInput<Value> (*read)(const QByteArray&, JsonOrigin))
{
    return [read](const QByteArray& bytes) { return read(bytes, JsonOrigin::Outside).problems; };
}

struct LegalRecord {
    const char* kind;   // the member of the kind in the case
    const char* member; // the member of the record holding it
    Reader read;
};

const std::vector<LegalRecord>& legalRecords()
{
    static const std::vector<LegalRecord> records = {
        {"capacityAssessments", "record", reader(&readCapacityInput)},
        {"bestInterestsDecisions", "record", reader(&readBestInterestsInput)},
        {"advocacyChecks", "situation", reader(&readAdvocacyInput)},
        {"advocacyChecks", "imcaSituation", reader(&readImcaInput)},
        {"wishesOverrides", "record", reader(&readWishesInput)},
        {"riskEnablements", "record", reader(&readRiskEnablementInput)},
    };
    return records;
}

} // namespace

void checkLegalRecords(const WholeCase& wholeCase, const QString& casePath, CaseFileProblems* problems)
{
    for (const LegalRecord& legal : legalRecords()) {
        const int k = wholecase::kindIndex(QLatin1String(legal.kind));
        const wholecase::Kind& kind = wholecase::kinds()[std::size_t(k)];
        std::size_t field = 0;
        while (QLatin1String(kind.fields[field].member) != QLatin1String(legal.member))
            ++field;
        const auto& records = wholeCase.records[std::size_t(k)];
        for (std::size_t i = 0; i < records.size(); ++i) {
            if (field >= records[i].values.size())
                continue; // a record whose members did not read: already reported
            const QJsonValue value = records[i].values[field].value<QJsonValue>();
            if (!value.isObject())
                continue; // its type is the member's own check
            const QString at = QStringLiteral("%1.%2[%3].%4")
                                   .arg(casePath, QLatin1String(legal.kind))
                                   .arg(i)
                                   .arg(QLatin1String(legal.member));
            for (CaseFileProblem problem :
                 legal.read(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact))) {
                // The check's own paths start at its input's top, `$`.
                problem.path = at + problem.path.mid(1);
                problems->push_back(std::move(problem));
            }
        }
    }
}

} // namespace alongside::core
