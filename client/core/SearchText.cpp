// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/core/SearchText.h"

#include <QJsonArray>
#include <QStringList>
#include <algorithm>

namespace hn::client {

using common::EntityType;

namespace {

// More words than this add nothing to a search but cost time.
constexpr int kMaxQueryWords = 12;

QString text(const QJsonObject &fields, const QString &name) {
    return fields.value(name).toString();
}

// The texts of a repeated field (tags, e-mails) or of one member of its
// objects (phones' numbers).
QStringList texts(const QJsonObject &fields, const QString &name, const QString &member = {}) {
    QStringList out;
    const QJsonArray array = fields.value(name).toArray();
    for (const QJsonValue &value : array) {
        const QString t =
            member.isEmpty() ? value.toString() : value.toObject().value(member).toString();
        if (!t.isEmpty())
            out << t;
    }
    return out;
}

QString joined(const QStringList &parts) {
    QStringList nonEmpty;
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty())
            nonEmpty << part.trimmed();
    }
    return nonEmpty.join(u' ');
}

// Words as the query sees them: runs of letters and digits (and the marks
// that belong to letters). Everything else separates words, which also
// removes every character with a meaning in FTS5 syntax.
QStringList words(const QString &text) {
    QStringList out;
    QString current;
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c.isMark()) {
            current += c;
        } else if (!current.isEmpty()) {
            out << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        out << current;
    return out;
}

bool hasLetterOrNumber(const QString &word) {
    return std::any_of(word.begin(), word.end(), [](QChar c) { return c.isLetterOrNumber(); });
}

QString quoted(const QString &word) {
    QString escaped = word;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

} // namespace

bool SearchText::isSearchable(EntityType type) {
    switch (type) {
    case EntityType::Contact:
    case EntityType::Document:
    case EntityType::Thread:
    case EntityType::Post:
        return true;
    default:
        return false;
    }
}

QString SearchText::displayTitle(EntityType type, const QJsonObject &fields) {
    switch (type) {
    case EntityType::Contact: {
        const QString name = text(fields, QStringLiteral("name"));
        if (!name.isEmpty() && text(fields, QStringLiteral("kind")) != QLatin1String("person"))
            return name;
        const QString person = joined({text(fields, QStringLiteral("title")),
                                       text(fields, QStringLiteral("given_name")),
                                       text(fields, QStringLiteral("family_name"))});
        return person.isEmpty() ? name : person;
    }
    case EntityType::Document:
    case EntityType::Thread:
        return text(fields, QStringLiteral("title"));
    case EntityType::Post: {
        // The first line, shortened: posts have no title of their own.
        const QString body = text(fields, QStringLiteral("body")).trimmed();
        const QString line = body.section(u'\n', 0, 0);
        return line.size() > 80 ? line.left(79) + QChar(0x2026) : line;
    }
    case EntityType::Space:
        return text(fields, QStringLiteral("name"));
    case EntityType::DirectoryEntry:
        return text(fields, QStringLiteral("display_name"));
    case EntityType::DocumentVersion:
        return text(fields, QStringLiteral("file_name"));
    default:
        return {};
    }
}

SearchText::Columns SearchText::columns(EntityType type, const QJsonObject &fields,
                                        const QString &organizationName, const QString &fileText) {
    Columns c;
    switch (type) {
    case EntityType::Contact:
        // Every name part: an organization's name, a person's title and names.
        c.title =
            joined({text(fields, QStringLiteral("name")), text(fields, QStringLiteral("title")),
                    text(fields, QStringLiteral("given_name")),
                    text(fields, QStringLiteral("family_name"))});
        c.keys =
            joined({text(fields, QStringLiteral("function")), organizationName,
                    text(fields, QStringLiteral("department")),
                    text(fields, QStringLiteral("municipality")),
                    texts(fields, QStringLiteral("tags")).join(u' '),
                    texts(fields, QStringLiteral("emails")).join(u' '),
                    texts(fields, QStringLiteral("phones"), QStringLiteral("number")).join(u' ')});
        c.body = joined(
            {text(fields, QStringLiteral("notes")), text(fields, QStringLiteral("office_hours"))});
        break;
    case EntityType::Document:
        c.title = text(fields, QStringLiteral("title"));
        c.keys = joined({texts(fields, QStringLiteral("tags")).join(u' '),
                         text(fields, QStringLiteral("category"))});
        c.body = joined({text(fields, QStringLiteral("description")), fileText});
        break;
    case EntityType::Thread:
        c.title = text(fields, QStringLiteral("title"));
        break;
    case EntityType::Post:
        c.body = text(fields, QStringLiteral("body"));
        break;
    default:
        break;
    }
    c.title = withTransliteration(c.title);
    c.keys = withTransliteration(c.keys);
    c.body = withTransliteration(c.body);
    return c;
}

QString SearchText::transliterated(const QString &text) {
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text.toLower()) {
        switch (c.unicode()) {
        case 0x00E4: // ä
            out += QLatin1String("ae");
            break;
        case 0x00F6: // ö
            out += QLatin1String("oe");
            break;
        case 0x00FC: // ü
            out += QLatin1String("ue");
            break;
        case 0x00DF: // ß
        case 0x1E9E: // ẞ
            out += QLatin1String("ss");
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString SearchText::withTransliteration(const QString &text) {
    // Most text has nothing to transliterate; it is indexed as it is.
    const bool any = std::any_of(text.begin(), text.end(), [](QChar c) {
        switch (c.unicode()) {
        case 0x00C4: // Ä
        case 0x00D6: // Ö
        case 0x00DC: // Ü
        case 0x00E4: // ä
        case 0x00F6: // ö
        case 0x00FC: // ü
        case 0x00DF: // ß
        case 0x1E9E: // ẞ
            return true;
        default:
            return false;
        }
    });
    if (!any)
        return text;
    QStringList extra;
    for (const QString &word : words(text)) {
        const QString t = transliterated(word);
        if (t != word.toLower() && !extra.contains(t))
            extra << t;
    }
    if (extra.isEmpty())
        return text;
    return text + u'\n' + extra.join(u' ');
}

QString SearchText::matchExpression(const QString &query) {
    QStringList terms;
    for (const QString &word : words(query)) {
        if (!hasLetterOrNumber(word))
            continue;
        const QString lower = word.toLower();
        const QString t = transliterated(lower);
        QString term = quoted(lower) + u'*';
        if (t != lower)
            term = u'(' + term + QStringLiteral(" OR ") + quoted(t) + QStringLiteral("*)");
        if (!terms.contains(term))
            terms << term;
        if (terms.size() == kMaxQueryWords)
            break;
    }
    // Explicit AND: FTS5 has no implicit AND before a parenthesis.
    return terms.join(QStringLiteral(" AND "));
}

} // namespace hn::client
