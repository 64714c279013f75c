// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/admin/ConsoleJson.h"

#include "server/admin/ConsoleText.h"

#include <QJsonDocument>

namespace hn::server {

namespace {

QString requestStatusName(common::AccessRequestStatus status) {
    switch (status) {
    case common::AccessRequestStatus::Pending:
        return QStringLiteral("pending");
    case common::AccessRequestStatus::Approved:
        return QStringLiteral("approved");
    case common::AccessRequestStatus::Rejected:
        return QStringLiteral("rejected");
    }
    return QStringLiteral("pending");
}

QJsonValue orNull(const QString &text) {
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QJsonValue ConsoleJson::time(const QDateTime &at) {
    return at.isValid() ? QJsonValue(at.toMSecsSinceEpoch()) : QJsonValue(QJsonValue::Null);
}

QJsonArray ConsoleJson::actions(const QList<common::Action> &actions) {
    QJsonArray names;
    for (const common::Action action : actions)
        names.append(common::toString(action));
    return names;
}

QJsonObject ConsoleJson::user(const common::Account &managed) {
    const common::User &user = managed.user;
    return {{QStringLiteral("id"), user.id},
            {QStringLiteral("email"), user.email},
            {QStringLiteral("display_name"), user.displayName},
            {QStringLiteral("organization"), user.organization},
            {QStringLiteral("municipality"), user.municipality},
            {QStringLiteral("affiliation"), common::toString(user.affiliation)},
            {QStringLiteral("role"), common::toString(user.role)},
            {QStringLiteral("status"), common::toString(user.status)},
            {QStringLiteral("created_at"), time(user.createdAt)},
            {QStringLiteral("updated_at"), time(user.updatedAt)},
            {QStringLiteral("last_seen_at"), time(managed.lastSeenAt)}};
}

QJsonObject ConsoleJson::activation(const common::ActivationCode &code) {
    return {{QStringLiteral("code"), code.code},
            {QStringLiteral("expires_at"), time(code.expiresAt)}};
}

QJsonObject ConsoleJson::loss(const common::AccessLoss &loss) {
    QJsonArray spaces;
    for (const common::SpaceAccessLoss &space : loss.spaces) {
        spaces.append(QJsonObject{{QStringLiteral("space_id"), space.spaceId},
                                  {QStringLiteral("space_name"), space.spaceName},
                                  {QStringLiteral("actions"), actions(space.actions)},
                                  {QStringLiteral("loses_read"), space.losesRead},
                                  {QStringLiteral("record_count"), space.recordCount},
                                  {QStringLiteral("own_record_count"), space.ownRecordCount}});
    }
    return {{QStringLiteral("global_actions"), actions(loss.globalActions)},
            {QStringLiteral("spaces"), spaces}};
}

QJsonObject ConsoleJson::device(const common::Device &device) {
    return {{QStringLiteral("session_id"), device.sessionId},
            {QStringLiteral("user_id"), device.userId},
            {QStringLiteral("user_email"), device.userEmail},
            {QStringLiteral("device_name"), device.deviceName},
            {QStringLiteral("peer"), device.peer},
            {QStringLiteral("created_at"), time(device.createdAt)},
            {QStringLiteral("last_used_at"), time(device.lastUsedAt)},
            {QStringLiteral("expires_at"), time(device.expiresAt)},
            {QStringLiteral("ended_at"), time(device.endedAt)},
            {QStringLiteral("end_reason"), device.endReason == common::SessionEndReason::None
                                               ? QJsonValue(QJsonValue::Null)
                                               : QJsonValue(common::toString(device.endReason))},
            {QStringLiteral("wipe_delivered_at"), time(device.wipeDeliveredAt)}};
}

QJsonObject ConsoleJson::space(const common::SpaceSummary &summary) {
    const common::Space &space = summary.space;
    return {{QStringLiteral("id"), space.id},
            {QStringLiteral("name"), space.name},
            {QStringLiteral("description"), space.description},
            {QStringLiteral("kind"), common::toString(space.kind)},
            {QStringLiteral("guest_visible"), space.guestVisible},
            {QStringLiteral("archived"), space.archived},
            {QStringLiteral("member_count"), summary.memberCount},
            {QStringLiteral("record_count"), summary.recordCount},
            {QStringLiteral("created_at"), time(space.createdAt)},
            {QStringLiteral("created_by"), orNull(space.createdBy)}};
}

QJsonObject ConsoleJson::spacePermissions(const common::SpacePermissions &permissions) {
    return {{QStringLiteral("id"), permissions.space.id},
            {QStringLiteral("name"), permissions.space.name},
            {QStringLiteral("kind"), common::toString(permissions.space.kind)},
            {QStringLiteral("guest_visible"), permissions.space.guestVisible},
            {QStringLiteral("level"), permissions.level
                                          ? QJsonValue(common::toString(*permissions.level))
                                          : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("actions"), actions(permissions.actions)}};
}

QJsonObject ConsoleJson::member(const common::Member &member) {
    return {{QStringLiteral("space_id"), member.membership.spaceId},
            {QStringLiteral("user_id"), member.membership.userId},
            {QStringLiteral("email"), member.user.email},
            {QStringLiteral("display_name"), member.user.displayName},
            {QStringLiteral("organization"), member.user.organization},
            {QStringLiteral("level"), common::toString(member.membership.level)},
            {QStringLiteral("granted_at"), time(member.membership.grantedAt)},
            {QStringLiteral("granted_by"), orNull(member.membership.grantedBy)}};
}

QJsonObject ConsoleJson::accessRequest(const common::AccessRequest &request) {
    return {{QStringLiteral("id"), request.id},
            {QStringLiteral("created_at"), time(request.createdAt)},
            {QStringLiteral("name"), request.name},
            {QStringLiteral("email"), request.email},
            {QStringLiteral("organization"), request.organization},
            {QStringLiteral("municipality"), request.municipality},
            {QStringLiteral("message"), request.message},
            {QStringLiteral("status"), requestStatusName(request.status)},
            {QStringLiteral("reviewed_by"), orNull(request.reviewedBy)},
            {QStringLiteral("reviewed_at"), time(request.reviewedAt)},
            {QStringLiteral("review_note"), request.reviewNote}};
}

QJsonObject ConsoleJson::auditEntry(const common::AuditEntry &entry) {
    return {{QStringLiteral("id"), entry.id},
            {QStringLiteral("at"), time(entry.at)},
            {QStringLiteral("actor_id"), orNull(entry.actorId)},
            {QStringLiteral("actor_email"), entry.actorEmail},
            {QStringLiteral("action"), entry.action},
            {QStringLiteral("target_type"), entry.targetType},
            {QStringLiteral("target_id"), entry.targetId},
            {QStringLiteral("peer"), entry.peer},
            {QStringLiteral("details"), entry.details}};
}

QJsonObject ConsoleJson::stats(const common::ServerStats &stats) {
    QJsonArray users;
    for (const common::ServerStats::UserCount &count : stats.users) {
        users.append(QJsonObject{{QStringLiteral("role"), common::toString(count.role)},
                                 {QStringLiteral("status"), common::toString(count.status)},
                                 {QStringLiteral("count"), count.count}});
    }
    QJsonArray spaces;
    for (const common::SpaceSummary &summary : stats.spaces)
        spaces.append(space(summary));
    return {{QStringLiteral("users"), users},
            {QStringLiteral("spaces"), spaces},
            {QStringLiteral("database_size_bytes"), stats.databaseSizeBytes},
            {QStringLiteral("blob_store_size_bytes"), stats.blobStoreSizeBytes},
            {QStringLiteral("connected_clients"), stats.connectedClients},
            {QStringLiteral("active_sessions"), stats.activeSessions}};
}

void ConsoleJson::print(const QJsonValue &value) {
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    ConsoleText::out(QString::fromUtf8(document.toJson(QJsonDocument::Indented)));
}

void ConsoleJson::printLine(const QJsonObject &object) {
    ConsoleText::out(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact))
                     + u'\n');
}

} // namespace hn::server
