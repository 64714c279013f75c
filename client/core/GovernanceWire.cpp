// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/core/GovernanceWire.h"

#include "proto/codec/Wire.h"

#include <QJsonDocument>
#include <QUuid>

namespace hn::client::governance_wire {

namespace {

QString text(const std::string &bytes) {
    return QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
}

QList<common::Action> actions(const google::protobuf::RepeatedField<int> &wireActions) {
    QList<common::Action> out;
    for (const int action : wireActions) {
        if (const auto known = wire::fromWire(static_cast<v1::Action>(action)))
            out.append(*known);
    }
    return out;
}

} // namespace

void toWire(const QString &idOrEmail, v1::UserRef *out) {
    const QString trimmed = idOrEmail.trimmed();
    if (!QUuid::fromString(trimmed).isNull() && !trimmed.contains(u'@'))
        out->set_user_id(trimmed.toLower().toStdString());
    else
        out->set_email(trimmed.toStdString());
}

common::User fromWire(const v1::DirectoryEntry &entry) {
    common::User user;
    user.displayName = text(entry.display_name());
    user.email = text(entry.email());
    user.organization = text(entry.organization());
    user.municipality = text(entry.municipality());
    user.affiliation =
        wire::fromWire(entry.affiliation()).value_or(common::Affiliation::Unspecified);
    user.role = wire::fromWire(entry.role()).value_or(common::GlobalRole::Guest);
    user.status = wire::fromWire(entry.status()).value_or(common::AccountStatus::Pending);
    return user;
}

void toWire(const common::User &profile, v1::DirectoryEntry *out) {
    out->set_display_name(profile.displayName.toStdString());
    out->set_email(profile.email.toStdString());
    out->set_organization(profile.organization.toStdString());
    out->set_municipality(profile.municipality.toStdString());
    out->set_affiliation(wire::toWire(profile.affiliation));
    out->set_role(wire::toWire(profile.role));
}

ManagedUser fromWire(const v1::User &wireUser) {
    ManagedUser out;
    out.user = fromWire(wireUser.profile());
    out.user.id = QString::fromStdString(wireUser.user_id());
    out.user.createdAt = wire::fromWireTime(wireUser.created_at_ms());
    out.user.updatedAt = wire::fromWireTime(wireUser.updated_at_ms());
    out.lastSeenAt = wire::fromWireTime(wireUser.last_seen_at_ms());
    return out;
}

ActivationCode fromWire(const v1::ActivationCode &code) {
    return {QString::fromStdString(code.code()), wire::fromWireTime(code.expires_at_ms())};
}

AccessLoss fromWire(const v1::AccessLoss &loss) {
    AccessLoss out;
    out.globalActions = actions(loss.global_actions());
    for (const v1::SpaceAccessLoss &space : loss.spaces()) {
        out.spaces.append({QString::fromStdString(space.space_id()), text(space.space_name()),
                           actions(space.actions()), space.loses_read(), space.record_count(),
                           space.own_record_count()});
    }
    return out;
}

Device fromWire(const v1::Device &device) {
    Device out;
    out.sessionId = QString::fromStdString(device.session_id());
    out.userId = QString::fromStdString(device.user_id());
    out.userEmail = text(device.user_email());
    out.deviceName = text(device.device_name());
    out.peer = QString::fromStdString(device.peer());
    out.createdAt = wire::fromWireTime(device.created_at_ms());
    out.lastUsedAt = wire::fromWireTime(device.last_used_at_ms());
    out.expiresAt = wire::fromWireTime(device.expires_at_ms());
    out.endedAt = wire::fromWireTime(device.ended_at_ms());
    out.endReason = parseWireSessionEndReason(
        QString::fromStdString(v1::SessionEndReason_Name(device.end_reason())));
    out.wipeDeliveredAt = wire::fromWireTime(device.wipe_delivered_at_ms());
    return out;
}

SpaceSummary fromWire(const v1::SpaceSummary &summary) {
    SpaceSummary out;
    out.space.id = QString::fromStdString(summary.meta().id());
    out.space.createdBy = QString::fromStdString(summary.meta().created_by());
    out.space.createdAt = wire::fromWireTime(summary.meta().created_at_ms());
    out.space.name = text(summary.space().name());
    out.space.description = text(summary.space().description());
    out.space.kind = wire::fromWire(summary.space().kind()).value_or(common::SpaceKind::Team);
    out.space.guestVisible = summary.space().guest_visible();
    out.space.archived = summary.space().archived();
    out.memberCount = summary.member_count();
    out.recordCount = summary.record_count();
    return out;
}

SpaceMember fromWire(const v1::Member &member) {
    SpaceMember out;
    out.membership.spaceId = QString::fromStdString(member.meta().space_id());
    out.membership.userId = QString::fromStdString(member.membership().user_id());
    out.membership.level =
        wire::fromWire(member.membership().level()).value_or(common::SpaceLevel::Reader);
    out.membership.grantedAt = wire::fromWireTime(member.meta().created_at_ms());
    out.membership.grantedBy = QString::fromStdString(member.meta().created_by());
    out.user = fromWire(member.user());
    out.user.id = out.membership.userId;
    return out;
}

common::AccessRequest fromWire(const v1::AccessRequest &request) {
    common::AccessRequest out;
    out.id = QString::fromStdString(request.id());
    out.createdAt = wire::fromWireTime(request.created_at_ms());
    out.name = text(request.name());
    out.email = text(request.email());
    out.organization = text(request.organization());
    out.municipality = text(request.municipality());
    out.message = text(request.message());
    switch (request.status()) {
    case v1::ACCESS_REQUEST_STATUS_APPROVED:
        out.status = common::AccessRequestStatus::Approved;
        break;
    case v1::ACCESS_REQUEST_STATUS_REJECTED:
        out.status = common::AccessRequestStatus::Rejected;
        break;
    default:
        out.status = common::AccessRequestStatus::Pending;
        break;
    }
    out.reviewedBy = QString::fromStdString(request.reviewed_by());
    out.reviewedAt = wire::fromWireTime(request.reviewed_at_ms());
    out.reviewNote = text(request.review_note());
    return out;
}

common::AuditEntry fromWire(const v1::AuditEntry &entry) {
    common::AuditEntry out;
    out.id = entry.id();
    out.at = wire::fromWireTime(entry.occurred_at_ms());
    out.actorId = QString::fromStdString(entry.actor_id());
    out.actorEmail = text(entry.actor_email());
    out.action = QString::fromStdString(entry.action());
    out.targetType = QString::fromStdString(entry.target_type());
    out.targetId = QString::fromStdString(entry.target_id());
    out.peer = QString::fromStdString(entry.peer());
    out.details = QJsonDocument::fromJson(QByteArray::fromStdString(entry.details_json())).object();
    return out;
}

void toWire(const AuditQuery &query, v1::AuditFilter *out) {
    out->set_since_at_ms(wire::toWireTime(query.since));
    out->set_until_at_ms(wire::toWireTime(query.until));
    if (!query.actor.isEmpty())
        toWire(query.actor, out->mutable_actor());
    out->set_action(query.action.toStdString());
}

} // namespace hn::client::governance_wire
