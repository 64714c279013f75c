// SPDX-License-Identifier: GPL-3.0-or-later
// Entity-level checks of complete records: each rule names its field.
#include "common/RecordValidation.h"

#include "common/Error.h"

#include <QJsonArray>
#include <catch2/catch.hpp>

using namespace hn::common;

namespace {

const QString kId = QStringLiteral("c0ffee00-0000-4000-8000-000000000001");

// The field named by the error `check` throws; empty if it passes.
QString failingField(EntityType type, const QJsonObject &fields, const QString &id = kId) {
    try {
        RecordValidation::check(type, id, fields);
    } catch (const Error &error) {
        CHECK(error.code() == ErrorCode::InvalidArgument);
        CHECK_FALSE(error.message().isEmpty());
        return error.field().isEmpty() ? QStringLiteral("(no field)") : error.field();
    }
    return {};
}

QJsonObject person() {
    return {{QStringLiteral("kind"), QStringLiteral("person")},
            {QStringLiteral("name"), QString()},
            {QStringLiteral("given_name"), QStringLiteral("Anna")},
            {QStringLiteral("family_name"), QString()},
            {QStringLiteral("organization_id"), QString()},
            {QStringLiteral("phones"), QJsonArray{}},
            {QStringLiteral("emails"), QJsonArray{}},
            {QStringLiteral("languages"), QJsonArray{QStringLiteral("de"), QStringLiteral("prs")}},
            {QStringLiteral("tags"), QJsonArray{QStringLiteral("Wohnraum")}},
            {QStringLiteral("address"), QJsonObject{{QStringLiteral("postal_code"), QString()}}}};
}

QJsonObject with(QJsonObject object, const QString &key, const QJsonValue &value) {
    object.insert(key, value);
    return object;
}

QJsonArray repeated(const QJsonValue &value, int times) {
    QJsonArray array;
    for (int i = 0; i < times; ++i)
        array.append(value);
    return array;
}

} // namespace

TEST_CASE("record validation: every rule names its field") {
    struct Row {
        const char *name;
        EntityType type;
        QJsonObject fields;
        QString field; // empty: valid
    };
    const QJsonObject organization{{QStringLiteral("kind"), QStringLiteral("organization")},
                                   {QStringLiteral("name"), QStringLiteral("Jobcenter")},
                                   {QStringLiteral("organization_id"), QString()}};
    const QJsonObject document{{QStringLiteral("title"), QStringLiteral("Flyer")},
                               {QStringLiteral("category"), QStringLiteral("flyer")},
                               {QStringLiteral("tags"), QJsonArray{}}};
    const QJsonObject post{{QStringLiteral("thread_id"), kId},
                           {QStringLiteral("body"), QStringLiteral("Hallo")},
                           {QStringLiteral("attachment_document_ids"), QJsonArray{}}};
    const QJsonObject favourite{{QStringLiteral("target_type"), QStringLiteral("contact")},
                                {QStringLiteral("target_id"), kId}};
    const std::vector<Row> rows{
        {"a person with a given name", EntityType::Contact, person(), {}},
        {"a person with only a family name",
         EntityType::Contact,
         with(with(person(), QStringLiteral("given_name"), QString()),
              QStringLiteral("family_name"), QStringLiteral("Müller")),
         {}},
        {"a contact without kind", EntityType::Contact,
         with(person(), QStringLiteral("kind"), QString()), QStringLiteral("kind")},
        {"a person without any name", EntityType::Contact,
         with(person(), QStringLiteral("given_name"), QStringLiteral("  ")),
         QStringLiteral("family_name")},
        {"an organization with a name", EntityType::Contact, organization, {}},
        {"an organization without a name", EntityType::Contact,
         with(organization, QStringLiteral("name"), QString()), QStringLiteral("name")},
        {"a contact that is its own organization", EntityType::Contact,
         with(person(), QStringLiteral("organization_id"), kId), QStringLiteral("organization_id")},
        {"21 phones", EntityType::Contact,
         with(person(), QStringLiteral("phones"), repeated(QJsonObject{}, 21)),
         QStringLiteral("phones")},
        {"11 e-mails", EntityType::Contact,
         with(person(), QStringLiteral("emails"), repeated(QStringLiteral("a@b.de"), 11)),
         QStringLiteral("emails")},
        {"a language twice", EntityType::Contact,
         with(person(), QStringLiteral("languages"),
              QJsonArray{QStringLiteral("de"), QStringLiteral("de")}),
         QStringLiteral("languages[1]")},
        {"a language that is no code", EntityType::Contact,
         with(person(), QStringLiteral("languages"), QJsonArray{QStringLiteral("Deutsch")}),
         QStringLiteral("languages[0]")},
        {"a tag twice in another case", EntityType::Contact,
         with(person(), QStringLiteral("tags"),
              QJsonArray{QStringLiteral("Wohnraum"), QStringLiteral("WOHNRAUM")}),
         QStringLiteral("tags[1]")},
        {"a postal code of four digits", EntityType::Contact,
         with(person(), QStringLiteral("address"),
              QJsonObject{{QStringLiteral("postal_code"), QStringLiteral("5432")}}),
         QStringLiteral("address.postal_code")},
        {"a document", EntityType::Document, document, {}},
        {"a document without title", EntityType::Document,
         with(document, QStringLiteral("title"), QString()), QStringLiteral("title")},
        {"a document without category", EntityType::Document,
         with(document, QStringLiteral("category"), QString()), QStringLiteral("category")},
        {"a thread",
         EntityType::Thread,
         {{QStringLiteral("title"), QStringLiteral("Treffen")}},
         {}},
        {"a thread without title",
         EntityType::Thread,
         {{QStringLiteral("title"), QString()}},
         QStringLiteral("title")},
        {"a post", EntityType::Post, post, {}},
        {"a post without thread", EntityType::Post,
         with(post, QStringLiteral("thread_id"), QString()), QStringLiteral("thread_id")},
        {"a post without body", EntityType::Post, with(post, QStringLiteral("body"), QString()),
         QStringLiteral("body")},
        {"a post with 21 attachments", EntityType::Post,
         with(post, QStringLiteral("attachment_document_ids"),
              QJsonArray{[] {
                  QJsonArray ids;
                  for (int i = 0; i < 21; ++i)
                      ids.append(QStringLiteral("id-%1").arg(i));
                  return ids;
              }()}
                  .first()),
         QStringLiteral("attachment_document_ids")},
        {"a read marker", EntityType::ReadMarker, {{QStringLiteral("thread_id"), kId}}, {}},
        {"a read marker without thread",
         EntityType::ReadMarker,
         {{QStringLiteral("thread_id"), QString()}},
         QStringLiteral("thread_id")},
        {"a favourite", EntityType::Favourite, favourite, {}},
        {"a favourite without target type", EntityType::Favourite,
         with(favourite, QStringLiteral("target_type"), QString()), QStringLiteral("target_type")},
        {"a favourite of a post", EntityType::Favourite,
         with(favourite, QStringLiteral("target_type"), QStringLiteral("post")),
         QStringLiteral("target_type")},
        {"a favourite without target id", EntityType::Favourite,
         with(favourite, QStringLiteral("target_id"), QString()), QStringLiteral("target_id")},
        {"server-made records are not checked here", EntityType::DirectoryEntry, {}, {}},
    };
    for (const Row &row : rows) {
        SECTION(row.name) {
            CHECK(failingField(row.type, row.fields) == row.field);
        }
    }
}
