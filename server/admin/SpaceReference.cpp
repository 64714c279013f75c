// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/admin/SpaceReference.h"

#include "common/Error.h"
#include "server/admin/AdminConsole.h"
#include "server/admin/ConsoleValues.h"

namespace hn::server {

namespace {

common::SpaceSummary pick(const QList<common::SpaceSummary> &spaces, const QString &idOrName) {
    const QString wanted = idOrName.trimmed();
    QList<common::SpaceSummary> named;
    for (const common::SpaceSummary &space : spaces) {
        if (space.space.id.compare(wanted, Qt::CaseInsensitive) == 0)
            return space;
        if (space.space.name.compare(wanted, Qt::CaseInsensitive) == 0)
            named.append(space);
    }
    if (named.isEmpty()) {
        throw common::Error::notFound(
            SpaceReference::tr("there is no space with the id or name '%1'").arg(wanted));
    }
    if (named.size() > 1) {
        QStringList ids;
        for (const common::SpaceSummary &space : named)
            ids.append(space.space.id);
        throw UsageError(
            SpaceReference::tr("several spaces are called '%1'; give one of their ids: %2")
                .arg(wanted, ids.join(QStringLiteral(", "))));
    }
    return named.first();
}

} // namespace

common::SpaceSummary SpaceReference::resolve(client::AdminClient &admin, const QString &idOrName) {
    return pick(admin.listSpaces(true), idOrName);
}

QList<client::SpaceGrant> SpaceReference::grants(client::AdminClient &admin,
                                                 const QStringList &values) {
    QList<client::SpaceGrant> grants;
    if (values.isEmpty())
        return grants;
    const QList<common::SpaceSummary> spaces = admin.listSpaces(true);
    for (const QString &value : values) {
        QString name = value;
        common::SpaceLevel level = common::SpaceLevel::Reader;
        // A level after the last colon; a colon in a space's name stays
        // part of it unless what follows names a level.
        if (const qsizetype colon = value.lastIndexOf(u':'); colon > 0) {
            if (const auto parsed = common::parseSpaceLevel(value.mid(colon + 1).trimmed())) {
                level = *parsed;
                name = value.left(colon);
            }
        }
        grants.append({pick(spaces, name).space.id, level});
    }
    return grants;
}

} // namespace hn::server
