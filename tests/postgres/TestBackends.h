#pragma once

#include "storage/dialect/SqlDialect.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <string>

namespace alongside::test {

// A store on either backend, for the repository tests that run on both: a SQLCipher file in a
// temporary folder, or a fresh PostgreSQL database with a South member signed in.
class BackendStore {
public:
    virtual ~BackendStore() = default;
    virtual QSqlDatabase database() = 0;
    // Rows of `table` the connection can see.
    qint64 rowsIn(const QString& table);
};

std::unique_ptr<BackendStore> storeOn(core::SqlBackend backend);
std::string nameOf(core::SqlBackend backend);

} // namespace alongside::test

// Runs the rest of a test case once per backend (a Catch generator), naming the backend in any
// failure: `ON_EACH_BACKEND(backend); auto store = test::storeOn(backend);`
#define ON_EACH_BACKEND(backend)                                                                             \
    const ::alongside::core::SqlBackend backend = GENERATE(::alongside::core::SqlBackend::SqlCipher,         \
                                                           ::alongside::core::SqlBackend::PostgreSql);       \
    INFO("on " << ::alongside::test::nameOf(backend))
