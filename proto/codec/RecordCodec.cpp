// SPDX-License-Identifier: GPL-3.0-or-later
#include "proto/codec/RecordCodec.h"

#include "common/Error.h"
#include "common/FieldRules.h"
#include "proto/codec/Wire.h"

#include <QJsonArray>
#include <google/protobuf/descriptor.h>
#include <google/protobuf/reflection.h>

// windows.h, if any header pulls it in, defines GetMessage as GetMessageW;
// here it is protobuf's Reflection::GetMessage.
#ifdef GetMessage
#undef GetMessage
#endif

namespace hn::wire {

namespace pb = google::protobuf;
using common::EntityType;
using common::Error;

namespace {

// The entity oneof case numbers equal v1::EntityType values (entities.proto).
std::optional<EntityType> entityTypeOf(int oneofCase) {
    const auto wireType = v1::EntityType(oneofCase);
    switch (wireType) {
    case v1::ENTITY_TYPE_SPACE:
        return EntityType::Space;
    case v1::ENTITY_TYPE_MEMBERSHIP:
        return EntityType::Membership;
    case v1::ENTITY_TYPE_CONTACT:
        return EntityType::Contact;
    case v1::ENTITY_TYPE_DOCUMENT:
        return EntityType::Document;
    case v1::ENTITY_TYPE_DOCUMENT_VERSION:
        return EntityType::DocumentVersion;
    case v1::ENTITY_TYPE_THREAD:
        return EntityType::Thread;
    case v1::ENTITY_TYPE_POST:
        return EntityType::Post;
    case v1::ENTITY_TYPE_DIRECTORY_ENTRY:
        return EntityType::DirectoryEntry;
    case v1::ENTITY_TYPE_READ_MARKER:
        return EntityType::ReadMarker;
    case v1::ENTITY_TYPE_FAVOURITE:
        return EntityType::Favourite;
    default:
        return std::nullopt;
    }
}

const pb::FieldDescriptor *entityField(EntityType type) {
    const pb::FieldDescriptor *field =
        v1::Entity::descriptor()->FindFieldByName(common::toString(type).toStdString());
    Q_ASSERT(field);
    return field;
}

// "CONTACT_KIND_PERSON" -> "person", using the enum's *_UNSPECIFIED value
// to find the prefix; "" for UNSPECIFIED.
QString enumShortName(const pb::EnumValueDescriptor *value) {
    const std::string unspecified = value->type()->value(0)->name();
    const std::string prefix = unspecified.substr(0, unspecified.size() - strlen("UNSPECIFIED"));
    if (value->number() == 0)
        return {};
    return QString::fromStdString(value->name().substr(prefix.size())).toLower();
}

const pb::EnumValueDescriptor *enumValueOf(const pb::EnumDescriptor *type,
                                           const QString &shortName) {
    if (shortName.isEmpty())
        return type->FindValueByNumber(0);
    const std::string unspecified = type->value(0)->name();
    const std::string prefix = unspecified.substr(0, unspecified.size() - strlen("UNSPECIFIED"));
    return type->FindValueByName(prefix + shortName.toUpper().toStdString());
}

bool isIdField(const pb::FieldDescriptor *field) {
    const std::string &name = field->name();
    return field->type() == pb::FieldDescriptor::TYPE_STRING
           && (name.ends_with("_id") || name.ends_with("_ids"));
}

// Converts one message to its JSON object; with `check`, every value is
// validated as input from a client (see FieldRules).
class Decoder {
public:
    Decoder(EntityType type, bool check)
        : m_type(type)
        , m_check(check) {}

    QJsonObject object(const pb::Message &message, const QString &path) const {
        QJsonObject out;
        const pb::Descriptor *descriptor = message.GetDescriptor();
        for (int i = 0; i < descriptor->field_count(); ++i) {
            const pb::FieldDescriptor *field = descriptor->field(i);
            const QString name = QString::fromStdString(field->name());
            const QString fieldPath = path.isEmpty() ? name : path + u'.' + name;
            out.insert(name, value(message, field, fieldPath));
        }
        return out;
    }

private:
    QJsonValue value(const pb::Message &message, const pb::FieldDescriptor *field,
                     const QString &path) const {
        const pb::Reflection *reflection = message.GetReflection();
        if (field->is_repeated()) {
            QJsonArray array;
            const int size = reflection->FieldSize(message, field);
            for (int i = 0; i < size; ++i)
                array.append(element(message, field, i, path));
            return array;
        }
        return element(message, field, -1, path);
    }

    // One value: of a singular field (index < 0) or one element of a repeated one.
    QJsonValue element(const pb::Message &message, const pb::FieldDescriptor *field, int index,
                       const QString &path) const {
        const pb::Reflection *r = message.GetReflection();
        const bool repeated = index >= 0;
        const QString where = repeated ? QStringLiteral("%1[%2]").arg(path).arg(index) : path;
        switch (field->cpp_type()) {
        case pb::FieldDescriptor::CPPTYPE_MESSAGE:
            return object(repeated ? r->GetRepeatedMessage(message, field, index)
                                   : r->GetMessage(message, field),
                          // Rules are per field, not per element: "phones.number".
                          path);
        case pb::FieldDescriptor::CPPTYPE_STRING: {
            std::string scratch;
            const std::string &bytes =
                repeated ? r->GetRepeatedStringReference(message, field, index, &scratch)
                         : r->GetStringReference(message, field, &scratch);
            return text(field, bytes, path, where);
        }
        case pb::FieldDescriptor::CPPTYPE_BOOL:
            return repeated ? r->GetRepeatedBool(message, field, index)
                            : r->GetBool(message, field);
        case pb::FieldDescriptor::CPPTYPE_INT64: {
            const qint64 v =
                repeated ? r->GetRepeatedInt64(message, field, index) : r->GetInt64(message, field);
            if (m_check && v < 0)
                throw Error::invalidArgument(where, QStringLiteral("must not be negative"));
            return double(v);
        }
        case pb::FieldDescriptor::CPPTYPE_INT32:
            return repeated ? r->GetRepeatedInt32(message, field, index)
                            : r->GetInt32(message, field);
        case pb::FieldDescriptor::CPPTYPE_ENUM: {
            const int number = repeated ? r->GetRepeatedEnumValue(message, field, index)
                                        : r->GetEnumValue(message, field);
            const pb::EnumValueDescriptor *value = field->enum_type()->FindValueByNumber(number);
            if (!value) {
                if (m_check) {
                    throw Error::invalidArgument(where,
                                                 QStringLiteral("unknown value %1").arg(number));
                }
                return QString();
            }
            return enumShortName(value);
        }
        default:
            throw Error::internal(
                QStringLiteral("field %1 has a type the codec does not handle").arg(where));
        }
    }

    QString text(const pb::FieldDescriptor *field, const std::string &bytes,
                 const QString &rulePath, const QString &where) const {
        if (!m_check)
            return QString::fromStdString(bytes);
        if (isIdField(field)) {
            return bytes.empty() ? QString() : common::validation::uuid(where, bytes);
        }
        const common::FieldRule rule = common::FieldRules::ruleFor(m_type, rulePath);
        const QString value = common::validation::text(where, bytes, rule.text);
        if (value.isEmpty())
            return value;
        switch (rule.format) {
        case common::FieldRule::Format::Email:
            return common::validation::email(where, bytes);
        case common::FieldRule::Format::Phone:
            return common::validation::phone(where, bytes);
        case common::FieldRule::Format::Text:
            break;
        }
        return value;
    }

    EntityType m_type;
    bool m_check;
};

void encodeValue(const QJsonValue &value, pb::Message *message, const pb::FieldDescriptor *field);

void encodeObject(const QJsonObject &object, pb::Message *message) {
    const pb::Descriptor *descriptor = message->GetDescriptor();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const pb::FieldDescriptor *field = descriptor->FindFieldByName(it.key().toStdString());
        if (field)
            encodeValue(it.value(), message, field);
    }
}

void encodeElement(const QJsonValue &value, pb::Message *message,
                   const pb::FieldDescriptor *field) {
    const pb::Reflection *r = message->GetReflection();
    const bool repeated = field->is_repeated();
    switch (field->cpp_type()) {
    case pb::FieldDescriptor::CPPTYPE_MESSAGE:
        encodeObject(value.toObject(),
                     repeated ? r->AddMessage(message, field) : r->MutableMessage(message, field));
        break;
    case pb::FieldDescriptor::CPPTYPE_STRING:
        repeated ? r->AddString(message, field, value.toString().toStdString())
                 : r->SetString(message, field, value.toString().toStdString());
        break;
    case pb::FieldDescriptor::CPPTYPE_BOOL:
        repeated ? r->AddBool(message, field, value.toBool())
                 : r->SetBool(message, field, value.toBool());
        break;
    case pb::FieldDescriptor::CPPTYPE_INT64:
        repeated ? r->AddInt64(message, field, value.toInteger())
                 : r->SetInt64(message, field, value.toInteger());
        break;
    case pb::FieldDescriptor::CPPTYPE_INT32:
        repeated ? r->AddInt32(message, field, value.toInt())
                 : r->SetInt32(message, field, value.toInt());
        break;
    case pb::FieldDescriptor::CPPTYPE_ENUM: {
        const pb::EnumValueDescriptor *e = enumValueOf(field->enum_type(), value.toString());
        const int number = e ? e->number() : 0;
        repeated ? r->AddEnumValue(message, field, number)
                 : r->SetEnumValue(message, field, number);
        break;
    }
    default:
        break;
    }
}

void encodeValue(const QJsonValue &value, pb::Message *message, const pb::FieldDescriptor *field) {
    if (field->is_repeated()) {
        message->GetReflection()->ClearField(message, field);
        for (const QJsonValue &element : value.toArray())
            encodeElement(element, message, field);
        return;
    }
    encodeElement(value, message, field);
}

void encodeEntity(EntityType type, const QJsonObject &fields, v1::Entity *entity) {
    pb::Message *message = entity->GetReflection()->MutableMessage(entity, entityField(type));
    encodeObject(fields, message);
}

void metaToWire(const common::RecordMeta &meta, v1::RecordMeta *out) {
    out->set_id(meta.id.toStdString());
    out->set_space_id(meta.spaceId.toStdString());
    out->set_version(meta.version);
    out->set_deleted(meta.deleted);
    out->set_created_by(meta.createdBy.toStdString());
    out->set_created_at_ms(toWireTime(meta.createdAt));
    out->set_updated_by(meta.updatedBy.toStdString());
    out->set_updated_at_ms(toWireTime(meta.updatedAt));
}

common::RecordMeta metaFromWire(const v1::RecordMeta &meta) {
    common::RecordMeta out;
    out.id = QString::fromStdString(meta.id());
    out.spaceId = QString::fromStdString(meta.space_id());
    out.version = meta.version();
    out.deleted = meta.deleted();
    out.createdBy = QString::fromStdString(meta.created_by());
    out.createdAt = fromWireTime(meta.created_at_ms());
    out.updatedBy = QString::fromStdString(meta.updated_by());
    out.updatedAt = fromWireTime(meta.updated_at_ms());
    return out;
}

} // namespace

QJsonObject defaultFields(EntityType type) {
    v1::Entity entity;
    const pb::Message &message = entity.GetReflection()->GetMessage(entity, entityField(type));
    return Decoder(type, false).object(message, {});
}

std::optional<common::Record> recordFromWire(const v1::Record &record) {
    const auto type = entityTypeOf(int(record.entity().kind_case()));
    if (!type)
        return std::nullopt;
    const pb::Message &message =
        record.entity().GetReflection()->GetMessage(record.entity(), entityField(*type));
    return common::Record{*type, metaFromWire(record.meta()),
                          Decoder(*type, false).object(message, {})};
}

void toWire(const common::Record &record, v1::Record *out) {
    metaToWire(record.meta, out->mutable_meta());
    encodeEntity(record.type, record.fields, out->mutable_entity());
}

common::Mutation mutationFromWire(const v1::Mutation &in) {
    namespace validation = common::validation;
    common::Mutation out;
    out.mutationId = validation::uuid(QStringLiteral("mutation_id"), in.mutation_id());
    out.recordId = validation::uuid(QStringLiteral("record_id"), in.record_id());
    out.spaceId = in.space_id().empty()
                      ? QString()
                      : validation::uuid(QStringLiteral("space_id"), in.space_id());
    if (in.base_version() < 0)
        throw Error::invalidArgument(QStringLiteral("base_version"),
                                     QStringLiteral("must not be negative"));
    out.baseVersion = in.base_version();
    switch (in.op()) {
    case v1::MUTATION_OP_CREATE:
        out.op = common::MutationOp::Create;
        break;
    case v1::MUTATION_OP_UPDATE:
        out.op = common::MutationOp::Update;
        break;
    case v1::MUTATION_OP_DELETE:
        out.op = common::MutationOp::Delete;
        break;
    default:
        throw Error::invalidArgument(QStringLiteral("op"),
                                     QStringLiteral("must be create, update or delete"));
    }
    const auto type = entityTypeOf(int(in.entity().kind_case()));
    if (!type)
        throw Error::invalidArgument(QStringLiteral("entity"),
                                     QStringLiteral("is missing or of an unknown kind"));
    out.type = *type;
    if (out.op == common::MutationOp::Delete)
        return out;

    const pb::Message &message =
        in.entity().GetReflection()->GetMessage(in.entity(), entityField(*type));
    const QJsonObject all = Decoder(*type, true).object(message, {});
    if (out.op == common::MutationOp::Create) {
        out.fields = all;
        return out;
    }
    if (in.changed_fields().empty())
        throw Error::invalidArgument(QStringLiteral("changed_fields"),
                                     QStringLiteral("an update must name at least one field"));
    for (const std::string &name : in.changed_fields()) {
        const QString field = QString::fromStdString(name);
        if (!all.contains(field)) {
            throw Error::invalidArgument(
                QStringLiteral("changed_fields"),
                QStringLiteral("'%1' is not a field of %2").arg(field, common::toString(*type)));
        }
        if (!out.changedFields.contains(field)) {
            out.changedFields.append(field);
            out.fields.insert(field, all.value(field));
        }
    }
    return out;
}

void toWire(const common::Mutation &mutation, v1::Mutation *out) {
    out->set_mutation_id(mutation.mutationId.toStdString());
    out->set_record_id(mutation.recordId.toStdString());
    out->set_space_id(mutation.spaceId.toStdString());
    out->set_base_version(mutation.baseVersion);
    switch (mutation.op) {
    case common::MutationOp::Create:
        out->set_op(v1::MUTATION_OP_CREATE);
        break;
    case common::MutationOp::Update:
        out->set_op(v1::MUTATION_OP_UPDATE);
        break;
    case common::MutationOp::Delete:
        out->set_op(v1::MUTATION_OP_DELETE);
        break;
    }
    encodeEntity(mutation.type, mutation.fields, out->mutable_entity());
    for (const QString &field : mutation.changedFields)
        out->add_changed_fields(field.toStdString());
}

void toWire(const common::MutationResult &result, v1::MutationResult *out) {
    out->set_mutation_id(result.mutationId.toStdString());
    switch (result.outcome) {
    case common::MutationOutcome::Applied:
        out->set_outcome(v1::MUTATION_OUTCOME_APPLIED);
        break;
    case common::MutationOutcome::Merged:
        out->set_outcome(v1::MUTATION_OUTCOME_MERGED);
        break;
    case common::MutationOutcome::Conflict:
        out->set_outcome(v1::MUTATION_OUTCOME_CONFLICT);
        break;
    case common::MutationOutcome::Rejected:
        out->set_outcome(v1::MUTATION_OUTCOME_REJECTED);
        break;
    }
    out->set_version(result.version);
    if (result.record)
        toWire(*result.record, out->mutable_record());
    for (const common::FieldConflict &conflict : result.conflicts) {
        v1::FieldConflict *c = out->add_conflicts();
        c->set_field(conflict.field.toStdString());
        c->set_changed_at_version(conflict.changedAtVersion);
    }
    if (result.rejection) {
        v1::Rejection *r = out->mutable_rejection();
        r->set_kind(result.rejection->kind == common::RejectionKind::Permission
                        ? v1::REJECTION_KIND_PERMISSION
                        : v1::REJECTION_KIND_VALIDATION);
        r->set_field(result.rejection->field.toStdString());
        r->set_message(result.rejection->message.toStdString());
    }
}

common::MutationResult resultFromWire(const v1::MutationResult &in) {
    common::MutationResult out;
    out.mutationId = QString::fromStdString(in.mutation_id());
    switch (in.outcome()) {
    case v1::MUTATION_OUTCOME_MERGED:
        out.outcome = common::MutationOutcome::Merged;
        break;
    case v1::MUTATION_OUTCOME_CONFLICT:
        out.outcome = common::MutationOutcome::Conflict;
        break;
    case v1::MUTATION_OUTCOME_REJECTED:
        out.outcome = common::MutationOutcome::Rejected;
        break;
    default:
        out.outcome = common::MutationOutcome::Applied;
        break;
    }
    out.version = in.version();
    if (in.has_record())
        out.record = recordFromWire(in.record());
    for (const v1::FieldConflict &c : in.conflicts())
        out.conflicts.append({QString::fromStdString(c.field()), c.changed_at_version()});
    if (in.has_rejection()) {
        out.rejection = common::Rejection{in.rejection().kind() == v1::REJECTION_KIND_PERMISSION
                                              ? common::RejectionKind::Permission
                                              : common::RejectionKind::Validation,
                                          QString::fromStdString(in.rejection().field()),
                                          QString::fromStdString(in.rejection().message())};
    }
    return out;
}

} // namespace hn::wire
