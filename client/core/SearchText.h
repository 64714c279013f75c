// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/EntityType.h"

#include <QJsonObject>
#include <QString>

namespace hn::client {

// What the replica's full-text index holds for a record, and how a
// person's query becomes an FTS5 expression, both suited to German names.
//
// The index tokenizer (unicode61, remove_diacritics 2) folds "Müller" to
// "muller". Words with umlauts or ß are indexed a second time
// transliterated ("mueller", "strasse"), so the spelling without umlauts
// finds them too. A query is split into words; each word becomes a quoted
// prefix term, ORed with its transliteration, so "müll" finds "Müller" and
// "Mueller" finds both spellings. Quoting every word makes any input a
// valid FTS5 expression.
class SearchText {
public:
    // The three indexed columns; bm25 weights them 10 : 4 : 1.
    struct Columns {
        QString title; // a contact's name, a document's or thread's title
        QString keys;  // function, organization, municipality, tags, e-mails, ...
        QString body;  // notes, description, post text
    };

    static bool isSearchable(common::EntityType type);
    // `organizationName`: the name of a contact's organization, when held.
    // `fileText`: the text of a document's current file, when it is cached
    // (DocumentText); it goes into the body after the description.
    static Columns columns(common::EntityType type, const QJsonObject &fields,
                           const QString &organizationName = {}, const QString &fileText = {});
    // What a list or search hit shows as the record's heading.
    static QString displayTitle(common::EntityType type, const QJsonObject &fields);
    // Lower-case with ä→ae, ö→oe, ü→ue, ß→ss.
    static QString transliterated(const QString &text);
    // `text` followed by the transliterations of its words that have any.
    static QString withTransliteration(const QString &text);
    // The FTS5 MATCH expression for what a person typed; empty when the
    // query holds no word at all (then nothing is searched).
    static QString matchExpression(const QString &query);
};

} // namespace hn::client
