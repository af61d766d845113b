#include "storage/server/ServerLocation.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace alongside::core {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("alongside::core::ServerLocation", text);
}

// The keywords libpq accepts that we pass on. Anything else is refused by name, so a typing
// mistake is not silently ignored.
const QStringList kKeywords = {
    QStringLiteral("host"),
    QStringLiteral("hostaddr"),
    QStringLiteral("port"),
    QStringLiteral("dbname"),
    QStringLiteral("user"),
    QStringLiteral("service"),
    QStringLiteral("sslmode"),
    QStringLiteral("sslrootcert"),
    QStringLiteral("sslcert"),
    QStringLiteral("sslkey"),
    QStringLiteral("sslcrl"),
    QStringLiteral("krbsrvname"),
    QStringLiteral("gssencmode"),
    QStringLiteral("connect_timeout"),
    QStringLiteral("application_name"),
    QStringLiteral("target_session_attrs"),
};

bool isSocketFolder(const QString& host)
{
    return host.startsWith(QLatin1Char('/'));
}

// Over the network, the server must prove who it is: verify-full checks the certificate chain
// and that the name matches. A Unix socket on this machine needs no TLS.
void addSecureDefault(ServerLocation& location)
{
    if (!location.value(QStringLiteral("sslmode")).isEmpty())
        return;
    const QString host = location.value(QStringLiteral("host"));
    if (!host.isEmpty() && isSocketFolder(host))
        return;
    if (host.isEmpty() && location.value(QStringLiteral("hostaddr")).isEmpty()
        && !location.value(QStringLiteral("service")).isEmpty())
        return; // the service's own entry says how to connect, sslmode included
    location.options.emplace_back(QStringLiteral("sslmode"), QStringLiteral("verify-full"));
}

std::optional<ServerLocation> fromUri(const QString& text, QString* error)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) {
        *error = tr("This is not a PostgreSQL address Alongside can read: %1").arg(url.errorString());
        return std::nullopt;
    }
    if (!url.password().isEmpty()) {
        *error = tr("Leave the password out of the server address: anyone on this computer can see a "
                    "command line. Put it in your .pgpass file, or use your council's Kerberos sign-in.");
        return std::nullopt;
    }
    ServerLocation location;
    if (!url.host().isEmpty())
        location.options.emplace_back(QStringLiteral("host"), url.host());
    if (url.port() > 0)
        location.options.emplace_back(QStringLiteral("port"), QString::number(url.port()));
    if (!url.userName().isEmpty())
        location.options.emplace_back(QStringLiteral("user"), url.userName());
    const QString database = url.path().mid(1);
    if (!database.isEmpty())
        location.options.emplace_back(QStringLiteral("dbname"), database);
    for (const auto& [keyword, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (keyword == QLatin1String("password") || keyword == QLatin1String("passfile")) {
            *error = tr("Leave the password out of the server address: anyone on this computer can see "
                        "a command line. Put it in your .pgpass file, or use your council's Kerberos "
                        "sign-in.");
            return std::nullopt;
        }
        if (!kKeywords.contains(keyword)) {
            *error = tr("The server address has a setting Alongside does not know: %1").arg(keyword);
            return std::nullopt;
        }
        location.options.emplace_back(keyword, value);
    }
    return location;
}

} // namespace

QString ServerLocation::value(const QString& keyword) const
{
    QString found;
    for (const auto& [key, value] : options) {
        if (key == keyword)
            found = value; // the last one wins, as in libpq
    }
    return found;
}

QString ServerLocation::described() const
{
    const QString service = value(QStringLiteral("service"));
    const QString database = value(QStringLiteral("dbname"));
    const QString host = value(QStringLiteral("host"));
    QString text = service.isEmpty()
        ? tr("the database %1").arg(database.isEmpty() ? tr("(default)") : database)
        : tr("the service %1").arg(service);
    if (!host.isEmpty())
        text += isSocketFolder(host) ? tr(" on this computer") : tr(" on %1").arg(host);
    return text;
}

bool namesServer(const QString& text)
{
    return text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"))
        || text.startsWith(QLatin1String("service="));
}

std::optional<ServerLocation> parseServerLocation(const QString& text, QString* error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    std::optional<ServerLocation> location;
    if (text.startsWith(QLatin1String("service="))) {
        const QString name = text.mid(8).trimmed();
        if (name.isEmpty() || name.contains(QLatin1Char(' ')) || name.contains(QLatin1Char('='))) {
            *error = tr("Name one service from pg_service.conf, like service=alongside.");
            return std::nullopt;
        }
        location = ServerLocation{{{QStringLiteral("service"), name}}};
    } else if (namesServer(text)) {
        location = fromUri(text, error);
    } else {
        *error = tr("A server is named postgresql://… or service=NAME.");
        return std::nullopt;
    }
    if (location)
        addSecureDefault(*location);
    return location;
}

} // namespace alongside::core
