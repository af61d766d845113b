// Naming a council's server the libpq way: never with a password, and checked with full
// certificate checking unless the address says otherwise.

#include "storage/server/ServerLocation.h"
#include "support/Catch.h"

using namespace alongside::core;
using namespace Qt::Literals::StringLiterals;

TEST_CASE(
    "a server address over the network is checked with sslmode=verify-full unless it names another mode")
{
    QString error;
    const auto plain = parseServerLocation(u"postgresql://alice@db.council.example:5433/alongside"_s, &error);
    REQUIRE(plain);
    CHECK(plain->value(u"host"_s) == u"db.council.example"_s);
    CHECK(plain->value(u"port"_s) == u"5433"_s);
    CHECK(plain->value(u"user"_s) == u"alice"_s);
    CHECK(plain->value(u"dbname"_s) == u"alongside"_s);
    CHECK(plain->value(u"sslmode"_s).toStdString() == "verify-full");

    const auto chosen = parseServerLocation(u"postgresql://db.council.example/alongside?sslmode=require"_s,
                                            &error);
    REQUIRE(chosen);
    CHECK(chosen->value(u"sslmode"_s) == u"require"_s);

    // A socket on this computer needs no TLS; a service's own entry says how to connect.
    const auto socket = parseServerLocation(u"postgresql:///alongside?host=%2Fvar%2Frun%2Fpostgresql"_s,
                                            &error);
    REQUIRE(socket);
    CHECK(socket->value(u"host"_s) == u"/var/run/postgresql"_s);
    CHECK(socket->value(u"sslmode"_s).isEmpty());
    const auto service = parseServerLocation(u"service=alongside"_s, &error);
    REQUIRE(service);
    CHECK(service->value(u"service"_s) == u"alongside"_s);
    CHECK(service->value(u"sslmode"_s).isEmpty());
}

TEST_CASE("a password in a server address is refused with where to put it instead")
{
    for (const QString& address : {u"postgresql://alice:secret@db.council.example/alongside"_s,
                                   u"postgresql://db.council.example/alongside?password=secret"_s}) {
        INFO(address.toStdString());
        QString error;
        CHECK_FALSE(parseServerLocation(address, &error));
        CHECK(error.contains(u".pgpass"_s));
        CHECK_FALSE(error.contains(u"secret"_s));
    }
    QString error;
    CHECK_FALSE(parseServerLocation(u"postgresql://db.council.example/alongside?sslmod=disable"_s, &error));
    CHECK(error.contains(u"sslmod"_s));
    CHECK(namesServer(u"service=alongside"_s));
    CHECK_FALSE(namesServer(u"/home/sam/cases.alongside"_s));
}
