// SPDX-License-Identifier: GPL-3.0-or-later
#include "proto/codec/AdminCodec.h"

#include "proto/codec/Wire.h"

#include <QJsonDocument>
#include <array>
#include <utility>

namespace hn::wire {

namespace {

using common::SessionEndReason;

constexpr std::array<std::pair<SessionEndReason, v1::SessionEndReason>, 8> kReasons{{
    {SessionEndReason::None, v1::SESSION_END_REASON_UNSPECIFIED},
    {SessionEndReason::Expired, v1::SESSION_END_REASON_EXPIRED},
    {SessionEndReason::LoggedOut, v1::SESSION_END_REASON_LOGGED_OUT},
    {SessionEndReason::PasswordChanged, v1::SESSION_END_REASON_PASSWORD_CHANGED},
    {SessionEndReason::PasswordReset, v1::SESSION_END_REASON_PASSWORD_RESET},
    {SessionEndReason::SessionsRevoked, v1::SESSION_END_REASON_SESSIONS_REVOKED},
    {SessionEndReason::DeviceRevoked, v1::SESSION_END_REASON_DEVICE_REVOKED},
    {SessionEndReason::AccountDisabled, v1::SESSION_END_REASON_ACCOUNT_DISABLED},
}};

constexpr std::array<std::pair<common::AccessRequestStatus, v1::AccessRequestStatus>, 3>
    kRequestStatuses{{
        {common::AccessRequestStatus::Pending, v1::ACCESS_REQUEST_STATUS_PENDING},
        {common::AccessRequestStatus::Approved, v1::ACCESS_REQUEST_STATUS_APPROVED},
        {common::AccessRequestStatus::Rejected, v1::ACCESS_REQUEST_STATUS_REJECTED},
    }};

std::string utf8(const QString &text) {
    return text.toStdString();
}
QString text(const std::string &bytes) {
    return QString::fromStdString(bytes);
}

QList<common::Action> actionsFrom(const google::protobuf::RepeatedField<int> &actions) {
    QList<common::Action> out;
    for (const int action : actions) {
        if (const auto a = fromWire(v1::Action(action)))
            out.append(*a);
    }
    return out;
}

} // namespace

v1::SessionEndReason toWire(SessionEndReason reason) {
    for (const auto &[d, p] : kReasons) {
        if (d == reason)
            return p;
    }
    return v1::SESSION_END_REASON_UNSPECIFIED;
}

SessionEndReason fromWire(v1::SessionEndReason reason) {
    for (const auto &[d, p] : kReasons) {
        if (p == reason)
            return d;
    }
    return SessionEndReason::None;
}

v1::AccessRequestStatus toWire(common::AccessRequestStatus status) {
    for (const auto &[d, p] : kRequestStatuses) {
        if (d == status)
            return p;
    }
    return v1::ACCESS_REQUEST_STATUS_UNSPECIFIED;
}

std::optional<common::AccessRequestStatus> fromWire(v1::AccessRequestStatus status) {
    for (const auto &[d, p] : kRequestStatuses) {
        if (p == status)
            return d;
    }
    return std::nullopt;
}

std::string sessionEndTrailer(SessionEndReason reason) {
    return v1::SessionEndReason_Name(toWire(reason));
}

SessionEndReason sessionEndFromTrailer(const std::string &value) {
    v1::SessionEndReason reason = v1::SESSION_END_REASON_UNSPECIFIED;
    if (!v1::SessionEndReason_Parse(value, &reason))
        return SessionEndReason::None;
    return fromWire(reason);
}

void toWire(const common::RecordMeta &meta, v1::RecordMeta *out) {
    out->set_id(utf8(meta.id));
    out->set_space_id(utf8(meta.spaceId));
    out->set_version(meta.version);
    out->set_deleted(meta.deleted);
    out->set_created_by(utf8(meta.createdBy));
    out->set_created_at_ms(toWireTime(meta.createdAt));
    out->set_updated_by(utf8(meta.updatedBy));
    out->set_updated_at_ms(toWireTime(meta.updatedAt));
}

common::RecordMeta fromWire(const v1::RecordMeta &meta) {
    common::RecordMeta out;
    out.id = text(meta.id());
    out.spaceId = text(meta.space_id());
    out.version = meta.version();
    out.deleted = meta.deleted();
    out.createdBy = text(meta.created_by());
    out.createdAt = fromWireTime(meta.created_at_ms());
    out.updatedBy = text(meta.updated_by());
    out.updatedAt = fromWireTime(meta.updated_at_ms());
    return out;
}

void toWire(const common::User &user, v1::DirectoryEntry *out) {
    out->set_display_name(utf8(user.displayName));
    out->set_email(utf8(user.email));
    out->set_organization(utf8(user.organization));
    out->set_municipality(utf8(user.municipality));
    out->set_affiliation(toWire(user.affiliation));
    out->set_role(toWire(user.role));
    out->set_status(toWire(user.status));
}

common::User fromWire(const v1::DirectoryEntry &entry) {
    common::User user;
    user.displayName = text(entry.display_name());
    user.email = text(entry.email());
    user.organization = text(entry.organization());
    user.municipality = text(entry.municipality());
    user.affiliation = fromWire(entry.affiliation()).value_or(common::Affiliation::Unspecified);
    user.role = fromWire(entry.role()).value_or(common::GlobalRole::Guest);
    user.status = fromWire(entry.status()).value_or(common::AccountStatus::Pending);
    return user;
}

void toWire(const common::Account &account, v1::User *out) {
    out->set_user_id(utf8(account.user.id));
    toWire(account.user, out->mutable_profile());
    out->set_created_at_ms(toWireTime(account.user.createdAt));
    out->set_updated_at_ms(toWireTime(account.user.updatedAt));
    out->set_last_seen_at_ms(toWireTime(account.lastSeenAt));
}

common::Account fromWire(const v1::User &user) {
    common::Account account;
    account.user = fromWire(user.profile());
    account.user.id = text(user.user_id());
    account.user.createdAt = fromWireTime(user.created_at_ms());
    account.user.updatedAt = fromWireTime(user.updated_at_ms());
    account.lastSeenAt = fromWireTime(user.last_seen_at_ms());
    return account;
}

void toWire(const common::Device &device, v1::Device *out) {
    out->set_session_id(utf8(device.sessionId));
    out->set_user_id(utf8(device.userId));
    out->set_user_email(utf8(device.userEmail));
    out->set_device_name(utf8(device.deviceName));
    out->set_peer(utf8(device.peer));
    out->set_created_at_ms(toWireTime(device.createdAt));
    out->set_last_used_at_ms(toWireTime(device.lastUsedAt));
    out->set_expires_at_ms(toWireTime(device.expiresAt));
    out->set_ended_at_ms(toWireTime(device.endedAt));
    out->set_end_reason(toWire(device.endReason));
    out->set_wipe_delivered_at_ms(toWireTime(device.wipeDeliveredAt));
}

common::Device fromWire(const v1::Device &device) {
    common::Device out;
    out.sessionId = text(device.session_id());
    out.userId = text(device.user_id());
    out.userEmail = text(device.user_email());
    out.deviceName = text(device.device_name());
    out.peer = text(device.peer());
    out.createdAt = fromWireTime(device.created_at_ms());
    out.lastUsedAt = fromWireTime(device.last_used_at_ms());
    out.expiresAt = fromWireTime(device.expires_at_ms());
    out.endedAt = fromWireTime(device.ended_at_ms());
    out.endReason = fromWire(device.end_reason());
    out.wipeDeliveredAt = fromWireTime(device.wipe_delivered_at_ms());
    return out;
}

void toWire(const common::ActivationCode &code, v1::ActivationCode *out) {
    out->set_code(utf8(code.code));
    out->set_expires_at_ms(toWireTime(code.expiresAt));
}

common::ActivationCode fromWire(const v1::ActivationCode &code) {
    return {text(code.code()), fromWireTime(code.expires_at_ms())};
}

void toWire(const common::AccessRequest &request, v1::AccessRequest *out) {
    out->set_id(utf8(request.id));
    out->set_created_at_ms(toWireTime(request.createdAt));
    out->set_name(utf8(request.name));
    out->set_email(utf8(request.email));
    out->set_organization(utf8(request.organization));
    out->set_municipality(utf8(request.municipality));
    out->set_message(utf8(request.message));
    out->set_status(toWire(request.status));
    out->set_reviewed_by(utf8(request.reviewedBy));
    out->set_reviewed_at_ms(toWireTime(request.reviewedAt));
    out->set_review_note(utf8(request.reviewNote));
}

common::AccessRequest fromWire(const v1::AccessRequest &request) {
    common::AccessRequest out;
    out.id = text(request.id());
    out.createdAt = fromWireTime(request.created_at_ms());
    out.name = text(request.name());
    out.email = text(request.email());
    out.organization = text(request.organization());
    out.municipality = text(request.municipality());
    out.message = text(request.message());
    out.status = fromWire(request.status()).value_or(common::AccessRequestStatus::Pending);
    out.reviewedBy = text(request.reviewed_by());
    out.reviewedAt = fromWireTime(request.reviewed_at_ms());
    out.reviewNote = text(request.review_note());
    return out;
}

void toWire(const common::SpacePermissions &sp, v1::SpacePermissions *out) {
    out->set_space_id(utf8(sp.space.id));
    out->set_space_name(utf8(sp.space.name));
    out->set_kind(toWire(sp.space.kind));
    out->set_guest_visible(sp.space.guestVisible);
    out->set_level(sp.level ? toWire(*sp.level) : v1::SPACE_LEVEL_UNSPECIFIED);
    for (const common::Action action : sp.actions)
        out->add_actions(toWire(action));
}

common::SpacePermissions fromWire(const v1::SpacePermissions &sp) {
    common::SpacePermissions out;
    out.space.id = text(sp.space_id());
    out.space.name = text(sp.space_name());
    out.space.kind = fromWire(sp.kind()).value_or(common::SpaceKind::Team);
    out.space.guestVisible = sp.guest_visible();
    out.level = fromWire(sp.level());
    out.actions = actionsFrom(sp.actions());
    return out;
}

void toWire(const common::Space &space, v1::Space *out) {
    out->set_name(utf8(space.name));
    out->set_description(utf8(space.description));
    out->set_kind(toWire(space.kind));
    out->set_guest_visible(space.guestVisible);
    out->set_archived(space.archived);
}

void toWire(const common::SpaceSummary &summary, v1::SpaceSummary *out) {
    toWire(summary.meta, out->mutable_meta());
    toWire(summary.space, out->mutable_space());
    out->set_member_count(summary.memberCount);
    out->set_record_count(summary.recordCount);
}

common::SpaceSummary fromWire(const v1::SpaceSummary &summary) {
    common::SpaceSummary out;
    out.meta = fromWire(summary.meta());
    out.space.id = out.meta.id;
    out.space.name = text(summary.space().name());
    out.space.description = text(summary.space().description());
    out.space.kind = fromWire(summary.space().kind()).value_or(common::SpaceKind::Team);
    out.space.guestVisible = summary.space().guest_visible();
    out.space.archived = summary.space().archived();
    out.space.createdAt = out.meta.createdAt;
    out.space.createdBy = out.meta.createdBy;
    out.memberCount = summary.member_count();
    out.recordCount = summary.record_count();
    return out;
}

void toWire(const common::Member &member, v1::Member *out) {
    toWire(member.meta, out->mutable_meta());
    out->mutable_membership()->set_user_id(utf8(member.membership.userId));
    out->mutable_membership()->set_level(toWire(member.membership.level));
    toWire(member.user, out->mutable_user());
}

common::Member fromWire(const v1::Member &member) {
    common::Member out;
    out.meta = fromWire(member.meta());
    out.membership.spaceId = out.meta.spaceId;
    out.membership.userId = text(member.membership().user_id());
    out.membership.level =
        fromWire(member.membership().level()).value_or(common::SpaceLevel::Reader);
    out.membership.grantedAt = out.meta.createdAt;
    out.membership.grantedBy = out.meta.createdBy;
    out.user = fromWire(member.user());
    out.user.id = out.membership.userId;
    return out;
}

void toWire(const common::AccessLoss &loss, v1::AccessLoss *out) {
    for (const common::Action action : loss.globalActions)
        out->add_global_actions(toWire(action));
    for (const common::SpaceAccessLoss &space : loss.spaces) {
        v1::SpaceAccessLoss *s = out->add_spaces();
        s->set_space_id(utf8(space.spaceId));
        s->set_space_name(utf8(space.spaceName));
        for (const common::Action action : space.actions)
            s->add_actions(toWire(action));
        s->set_loses_read(space.losesRead);
        s->set_record_count(space.recordCount);
        s->set_own_record_count(space.ownRecordCount);
    }
}

common::AccessLoss fromWire(const v1::AccessLoss &loss) {
    common::AccessLoss out;
    out.globalActions = actionsFrom(loss.global_actions());
    for (const v1::SpaceAccessLoss &s : loss.spaces()) {
        common::SpaceAccessLoss space;
        space.spaceId = text(s.space_id());
        space.spaceName = text(s.space_name());
        space.actions = actionsFrom(s.actions());
        space.losesRead = s.loses_read();
        space.recordCount = s.record_count();
        space.ownRecordCount = s.own_record_count();
        out.spaces.append(space);
    }
    return out;
}

void toWire(const common::AuditEntry &entry, v1::AuditEntry *out) {
    out->set_id(entry.id);
    out->set_occurred_at_ms(toWireTime(entry.at));
    out->set_actor_id(utf8(entry.actorId));
    out->set_actor_email(utf8(entry.actorEmail));
    out->set_action(utf8(entry.action));
    out->set_target_type(utf8(entry.targetType));
    out->set_target_id(utf8(entry.targetId));
    out->set_peer(utf8(entry.peer));
    out->set_details_json(
        QJsonDocument(entry.details).toJson(QJsonDocument::Compact).toStdString());
}

common::AuditEntry fromWire(const v1::AuditEntry &entry) {
    common::AuditEntry out;
    out.id = entry.id();
    out.at = fromWireTime(entry.occurred_at_ms());
    out.actorId = text(entry.actor_id());
    out.actorEmail = text(entry.actor_email());
    out.action = text(entry.action());
    out.targetType = text(entry.target_type());
    out.targetId = text(entry.target_id());
    out.peer = text(entry.peer());
    out.details = QJsonDocument::fromJson(QByteArray::fromStdString(entry.details_json())).object();
    return out;
}

void toWire(const common::ServerStats &stats, v1::GetStatsResponse *out) {
    for (const common::ServerStats::UserCount &count : stats.users) {
        v1::UserCount *c = out->add_users();
        c->set_role(toWire(count.role));
        c->set_status(toWire(count.status));
        c->set_count(count.count);
    }
    for (const common::SpaceSummary &space : stats.spaces)
        toWire(space, out->add_spaces());
    out->set_database_size_bytes(stats.databaseSizeBytes);
    out->set_blob_store_size_bytes(stats.blobStoreSizeBytes);
    out->set_connected_clients(stats.connectedClients);
    out->set_active_sessions(stats.activeSessions);
}

common::ServerStats fromWire(const v1::GetStatsResponse &stats) {
    common::ServerStats out;
    for (const v1::UserCount &c : stats.users()) {
        const auto role = fromWire(c.role());
        const auto status = fromWire(c.status());
        if (role && status)
            out.users.append({*role, *status, c.count()});
    }
    for (const v1::SpaceSummary &space : stats.spaces())
        out.spaces.append(fromWire(space));
    out.databaseSizeBytes = stats.database_size_bytes();
    out.blobStoreSizeBytes = stats.blob_store_size_bytes();
    out.connectedClients = stats.connected_clients();
    out.activeSessions = stats.active_sessions();
    return out;
}

} // namespace hn::wire
