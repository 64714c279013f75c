// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/RecordValidation.h"

#include "common/Error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

// Messages go through QCoreApplication::translate: the desktop client, which
// installs a translator, shows them in German at the field; the server has
// none and answers in English.
namespace hn::common {

namespace {

QString text(const QJsonObject &fields, const char *name) {
    return fields.value(QLatin1String(name)).toString();
}

void require(const QJsonObject &fields, const char *name, const QString &message) {
    if (text(fields, name).trimmed().isEmpty())
        throw Error::invalidArgument(QLatin1String(name), message);
}

// At most `max` entries; with `caseInsensitive` duplicates are compared
// case-folded (tags), else exactly (language codes).
void checkList(const QJsonObject &fields, const char *name, qsizetype max, bool unique,
               bool caseInsensitive = false) {
    const QJsonArray list = fields.value(QLatin1String(name)).toArray();
    if (list.size() > max) {
        throw Error::invalidArgument(QLatin1String(name),
                                     QCoreApplication::translate("hn::common::RecordValidation",
                                                                 "at most %1 entries are allowed")
                                         .arg(max));
    }
    if (!unique)
        return;
    QSet<QString> seen;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString value = list.at(i).toString();
        const QString key = caseInsensitive ? value.toCaseFolded() : value;
        if (seen.contains(key)) {
            throw Error::invalidArgument(QStringLiteral("%1[%2]").arg(QLatin1String(name)).arg(i),
                                         QCoreApplication::translate("hn::common::RecordValidation",
                                                                     "\"%1\" is listed twice")
                                             .arg(value));
        }
        seen.insert(key);
    }
}

void checkContact(const QString &recordId, const QJsonObject &fields) {
    const QString kind = text(fields, "kind");
    if (kind.isEmpty()) {
        throw Error::invalidArgument(QStringLiteral("kind"),
                                     QCoreApplication::translate("hn::common::RecordValidation",
                                                                 "must be person or organization"));
    }
    if (kind == u"person") {
        if (text(fields, "given_name").trimmed().isEmpty()
            && text(fields, "family_name").trimmed().isEmpty()) {
            throw Error::invalidArgument(
                QStringLiteral("family_name"),
                QCoreApplication::translate("hn::common::RecordValidation",
                                            "a person needs a given or family name"));
        }
    } else {
        require(fields, "name",
                QCoreApplication::translate("hn::common::RecordValidation",
                                            "an organization needs a name"));
    }
    if (text(fields, "organization_id") == recordId) {
        throw Error::invalidArgument(
            QStringLiteral("organization_id"),
            QCoreApplication::translate("hn::common::RecordValidation",
                                        "a contact cannot belong to itself"));
    }
    checkList(fields, "phones", 20, false);
    checkList(fields, "emails", 10, false);
    checkList(fields, "languages", 30, true);
    checkList(fields, "tags", 30, true, true);
    static const QRegularExpression languageCode(QStringLiteral("^[a-z]{2,3}$"));
    const QJsonArray languages = fields.value(QStringLiteral("languages")).toArray();
    for (qsizetype i = 0; i < languages.size(); ++i) {
        if (!languageCode.match(languages.at(i).toString()).hasMatch()) {
            throw Error::invalidArgument(
                QStringLiteral("languages[%1]").arg(i),
                QCoreApplication::translate(
                    "hn::common::RecordValidation",
                    "must be a lower-case ISO 639 code such as \"de\" or \"prs\""));
        }
    }
    static const QRegularExpression postalCode(QStringLiteral("^[0-9]{5}$"));
    const QString postal = fields.value(QStringLiteral("address"))
                               .toObject()
                               .value(QStringLiteral("postal_code"))
                               .toString();
    if (!postal.isEmpty() && !postalCode.match(postal).hasMatch()) {
        throw Error::invalidArgument(
            QStringLiteral("address.postal_code"),
            QCoreApplication::translate("hn::common::RecordValidation", "must be five digits"));
    }
}

void checkDocument(const QJsonObject &fields) {
    require(
        fields, "title",
        QCoreApplication::translate("hn::common::RecordValidation", "a document needs a title"));
    require(
        fields, "category",
        QCoreApplication::translate("hn::common::RecordValidation", "a document needs a category"));
    checkList(fields, "tags", 30, true, true);
}

void checkPost(const QJsonObject &fields) {
    require(
        fields, "thread_id",
        QCoreApplication::translate("hn::common::RecordValidation", "a post belongs to a thread"));
    require(fields, "body",
            QCoreApplication::translate("hn::common::RecordValidation", "a post needs a text"));
    checkList(fields, "attachment_document_ids", 20, true);
}

void checkFavourite(const QJsonObject &fields) {
    const QString target = text(fields, "target_type");
    if (target.isEmpty()) {
        throw Error::invalidArgument(
            QStringLiteral("target_type"),
            QCoreApplication::translate("hn::common::RecordValidation",
                                        "a favourite needs the type of what it marks"));
    }
    if (target != u"contact" && target != u"document" && target != u"thread"
        && target != u"space") {
        throw Error::invalidArgument(
            QStringLiteral("target_type"),
            QCoreApplication::translate(
                "hn::common::RecordValidation",
                "only contacts, documents, threads and spaces can be favourites"));
    }
    require(fields, "target_id",
            QCoreApplication::translate("hn::common::RecordValidation",
                                        "a favourite needs the id of what it marks"));
}

} // namespace

void RecordValidation::check(EntityType type, const QString &recordId, const QJsonObject &fields) {
    switch (type) {
    case EntityType::Contact:
        checkContact(recordId, fields);
        return;
    case EntityType::Document:
        checkDocument(fields);
        return;
    case EntityType::Thread:
        require(
            fields, "title",
            QCoreApplication::translate("hn::common::RecordValidation", "a thread needs a title"));
        return;
    case EntityType::Post:
        checkPost(fields);
        return;
    case EntityType::ReadMarker:
        require(fields, "thread_id",
                QCoreApplication::translate("hn::common::RecordValidation",
                                            "a read marker belongs to a thread"));
        return;
    case EntityType::Favourite:
        checkFavourite(fields);
        return;
    case EntityType::Space:
    case EntityType::Membership:
    case EntityType::DocumentVersion:
    case EntityType::DirectoryEntry:
        // Written by the server from checked input (Admin service, uploads).
        return;
    }
}

} // namespace hn::common
