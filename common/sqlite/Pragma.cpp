// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/sqlite/Pragma.h"

#include "common/Error.h"

#include <QSqlError>
#include <QSqlQuery>

namespace hn::common {

QString Pragma::run(QSqlDatabase &db, const QString &statement) {
    QSqlQuery query(db);
    if (!query.exec(statement)) {
        throw Error::unavailable(
            QStringLiteral("%1 failed: %2").arg(statement, query.lastError().text()));
    }
    return query.next() ? query.value(0).toString() : QString();
}

} // namespace hn::common
