#include "LetterCommands.h"

#include "CliArguments.h"
#include "CliText.h"
#include "Console.h"

#include "rules/PlainLanguageCheck.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace alongside::cli {

CommandResult runPlainCheck(const CliArguments& arguments)
{
    const QString shownPath = QDir::toNativeSeparators(arguments.plainCheckFile);
    QFile file(arguments.plainCheckFile);
    if (!file.exists())
        return {ExitCode::NotFoundOrExists, CliText::tr("there is no file %1 to check").arg(shownPath), {}};
    if (!file.open(QIODevice::ReadOnly))
        return {ExitCode::Io, CliText::tr("%1 could not be read").arg(shownPath), file.errorString()};
    const QString text = QString::fromUtf8(file.readAll());

    const auto sentences = core::plainLanguageSentences(text);
    QJsonArray findings;
    for (const core::PlainLanguageFinding& finding : core::checkPlainLanguage(text)) {
        const auto& sentence = sentences.at(static_cast<std::size_t>(finding.sentenceIndex));
        findings.append(
            QJsonObject{{QStringLiteral("sentence"), finding.sentenceIndex + 1},
                        {QStringLiteral("sentenceText"), text.mid(sentence.start, sentence.length)},
                        {QStringLiteral("start"), finding.start},
                        {QStringLiteral("length"), finding.length},
                        {QStringLiteral("text"), text.mid(finding.start, finding.length)},
                        {QStringLiteral("rule"), finding.ruleId},
                        {QStringLiteral("reason"), finding.reason},
                        {QStringLiteral("suggestion"), finding.suggestion},
                        {QStringLiteral("citation"), finding.rule}});
    }
    const QJsonObject result{{QStringLiteral("file"), shownPath},
                             {QStringLiteral("sentences"), static_cast<int>(sentences.size())},
                             {QStringLiteral("findings"), findings}};
    printBytes(QJsonDocument(result).toJson(QJsonDocument::Indented));
    return CommandResult::ok();
}

} // namespace alongside::cli
