// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/core/ReplicaNames.h"

#include "common/Error.h"

namespace hn::client::names {

using common::MutationOp;

QString stateName(OutboxEntry::State state) {
    switch (state) {
    case OutboxEntry::State::Pending:
        return QStringLiteral("pending");
    case OutboxEntry::State::InFlight:
        return QStringLiteral("in_flight");
    case OutboxEntry::State::Rejected:
        return QStringLiteral("rejected");
    }
    return QStringLiteral("pending");
}

OutboxEntry::State parseState(const QString &name) {
    if (name == QLatin1String("in_flight"))
        return OutboxEntry::State::InFlight;
    if (name == QLatin1String("rejected"))
        return OutboxEntry::State::Rejected;
    return OutboxEntry::State::Pending;
}

QString kindName(Conflict::Kind kind) {
    switch (kind) {
    case Conflict::Kind::Field:
        return QStringLiteral("field");
    case Conflict::Kind::EditVsDelete:
        return QStringLiteral("edit_vs_delete");
    case Conflict::Kind::DeleteVsEdit:
        return QStringLiteral("delete_vs_edit");
    }
    return QStringLiteral("field");
}

Conflict::Kind parseKind(const QString &name) {
    if (name == QLatin1String("edit_vs_delete"))
        return Conflict::Kind::EditVsDelete;
    if (name == QLatin1String("delete_vs_edit"))
        return Conflict::Kind::DeleteVsEdit;
    return Conflict::Kind::Field;
}

QString rejectionKindName(common::RejectionKind kind) {
    return kind == common::RejectionKind::Permission ? QStringLiteral("permission")
                                                     : QStringLiteral("validation");
}

common::RejectionKind parseRejectionKind(const QString &name) {
    return name == QLatin1String("permission") ? common::RejectionKind::Permission
                                               : common::RejectionKind::Validation;
}

common::EntityType parseType(const QString &name, const QString &where) {
    const auto type = common::parseEntityType(name);
    if (!type) {
        throw common::Error::internal(
            QStringLiteral("%1 has the unknown type '%2'").arg(where, name));
    }
    return *type;
}

} // namespace hn::client::names
