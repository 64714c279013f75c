// SPDX-License-Identifier: GPL-3.0-or-later
// Full-text search over the replica, suited to German names: umlauts found
// with and without diacritics and transliterated, prefixes, ranking, any
// input safe, at most 50 hits by default.
#include "client/core/SearchText.h"
#include "tests/client/ReplicaTesting.h"

#include <QJsonArray>
#include <catch2/catch.hpp>

using namespace hn;
using namespace hn::test;
using client::SearchHit;
using client::SearchText;
using common::EntityType;

namespace {

QStringList ids(const QList<SearchHit> &hits) {
    QStringList out;
    for (const SearchHit &hit : hits)
        out << hit.id;
    return out;
}

} // namespace

TEST_CASE("Müller is found by muller, Mueller, müll and Müller") {
    ReplicaFixture f;
    pulledContact(
        f.replica(), recordId(1), 1,
        {{QStringLiteral("given_name"), QStringLiteral("Anna")},
         {QStringLiteral("family_name"), QStringLiteral("Müller")},
         {QStringLiteral("function"), QStringLiteral("Landkreiskoordinatorin Flüchtlingsarbeit")}});
    pulledContact(f.replica(), recordId(2), 2,
                  {{QStringLiteral("given_name"), QStringLiteral("Karl")},
                   {QStringLiteral("family_name"), QStringLiteral("Schmidt")}});

    for (const QString &query :
         {QStringLiteral("muller"), QStringLiteral("Mueller"), QStringLiteral("müll"),
          QStringLiteral("Müller"), QStringLiteral("MÜLLER"), QStringLiteral("anna mül")}) {
        INFO(query.toStdString());
        const QList<SearchHit> hits = f.replica().search(query);
        REQUIRE(hits.size() == 1);
        CHECK(hits[0].id == recordId(1));
        CHECK(hits[0].type == EntityType::Contact);
        CHECK(hits[0].bucket == spaceBucket());
        CHECK(hits[0].spaceId == kSpace);
        CHECK(hits[0].title == QStringLiteral("Anna Müller"));
    }
    CHECK(f.replica().search(QStringLiteral("fluchtlings")).size() == 1);
    CHECK(f.replica().search(QStringLiteral("Fluechtlingsarbeit")).size() == 1);
    CHECK(f.replica().search(QStringLiteral("Meier")).isEmpty());
}

TEST_CASE("data spelled with ue is found by the umlaut spelling too") {
    ReplicaFixture f;
    pulledContact(f.replica(), recordId(1), 1,
                  {{QStringLiteral("family_name"), QStringLiteral("Mueller")}});
    CHECK(f.replica().search(QStringLiteral("Müller")).size() == 1);
    CHECK(f.replica().search(QStringLiteral("mueller")).size() == 1);
}

TEST_CASE("ß and ss find each other") {
    ReplicaFixture f;
    pulledContact(f.replica(), recordId(1), 1,
                  {{QStringLiteral("family_name"), QStringLiteral("Weiß")},
                   {QStringLiteral("municipality"), QStringLiteral("Großlittgen")}});
    CHECK(f.replica().search(QStringLiteral("weiss")).size() == 1);
    CHECK(f.replica().search(QStringLiteral("Weiß")).size() == 1);
    CHECK(f.replica().search(QStringLiteral("grosslitt")).size() == 1);
}

TEST_CASE("a title hit ranks before a notes hit") {
    ReplicaFixture f;
    // The notes hit comes first by id and repeats the word, still it ranks
    // below the contact named so.
    pulledContact(f.replica(), recordId(1), 1,
                  {{QStringLiteral("family_name"), QStringLiteral("Schneider")},
                   {QStringLiteral("notes"),
                    QStringLiteral("Vertretung: Frau Hoffmann, sonst Hoffmann im Büro fragen")}});
    pulledContact(
        f.replica(), recordId(2), 2,
        {{QStringLiteral("given_name"), QStringLiteral("Petra")},
         {QStringLiteral("family_name"), QStringLiteral("Hoffmann")},
         {QStringLiteral("notes"),
          QStringLiteral("Sprechzeiten nach Vereinbarung, Termine über das Sekretariat")}});
    const QList<SearchHit> hits = f.replica().search(QStringLiteral("hoffmann"));
    REQUIRE(hits.size() == 2);
    CHECK(hits[0].id == recordId(2));
    CHECK(hits[1].id == recordId(1));
    CHECK(hits[0].rank <= hits[1].rank);
    CHECK(hits[1].snippet.contains(QStringLiteral("[Hoffmann]")));
}

TEST_CASE("documents, threads and posts are searched, a post under its thread title") {
    ReplicaFixture f;
    const QString thread = recordId(2);
    f.replica().applyPage(
        page(spaceBucket(),
             {serverRecord(EntityType::Document, recordId(1), 1,
                           {{QStringLiteral("title"), QStringLiteral("Flyer Sprachkurse")},
                            {QStringLiteral("description"), QStringLiteral("Übersicht der Kurse")},
                            {QStringLiteral("tags"), QJsonArray{QStringLiteral("Integration")}}}),
              serverRecord(EntityType::Thread, thread, 2,
                           {{QStringLiteral("title"), QStringLiteral("Wohnraum in Wittlich")}}),
              serverRecord(EntityType::Post, recordId(3), 3,
                           {{QStringLiteral("thread_id"), thread},
                            {QStringLiteral("body"),
                             QStringLiteral("Wer kennt eine Wohnung für Familie Öztürk?")}}),
              serverRecord(EntityType::Space, kSpace, 4,
                           {{QStringLiteral("name"), QStringLiteral("Sprachkurse intern")}})},
             4));
    CHECK(ids(f.replica().search(QStringLiteral("sprachkurs"))) == QStringList{recordId(1)});
    CHECK(ids(f.replica().search(QStringLiteral("integration"))) == QStringList{recordId(1)});
    CHECK(ids(f.replica().search(QStringLiteral("uebersicht"))) == QStringList{recordId(1)});
    CHECK(ids(f.replica().search(QStringLiteral("wittlich"))) == QStringList{thread});
    const QList<SearchHit> post = f.replica().search(QStringLiteral("oztürk"));
    REQUIRE(post.size() == 1);
    CHECK(post[0].type == EntityType::Post);
    CHECK(post[0].title == QStringLiteral("Wohnraum in Wittlich"));
    CHECK(post[0].snippet.contains(QStringLiteral("[Öztürk]")));
}

TEST_CASE("contacts are found by their organization's name") {
    ReplicaFixture f;
    const QString organization = recordId(1);
    pulledContact(f.replica(), recordId(2), 2,
                  {{QStringLiteral("family_name"), QStringLiteral("Schäfer")},
                   {QStringLiteral("organization_id"), organization}});
    f.replica().applyPage(
        page(spaceBucket(),
             {serverContact(organization, 3,
                            {{QStringLiteral("kind"), QStringLiteral("organization")},
                             {QStringLiteral("name"), QStringLiteral("Jobcenter Landkreis")}})},
             3));
    CHECK(ids(f.replica().search(QStringLiteral("jobcenter schäfer"))) == QStringList{recordId(2)});
    CHECK(f.replica().search(QStringLiteral("jobcenter")).size() == 2);
}

TEST_CASE("search follows local edits and deletions") {
    ReplicaFixture f;
    const common::Record r =
        f.replica().create(EntityType::Contact, kSpace,
                           {{QStringLiteral("family_name"), QStringLiteral("Krüger")}}, kUser);
    CHECK(f.replica().search(QStringLiteral("kruger")).size() == 1);
    f.replica().update(r.meta.id, {{QStringLiteral("family_name"), QStringLiteral("Krause")}},
                       kUser);
    CHECK(f.replica().search(QStringLiteral("kruger")).isEmpty());
    CHECK(f.replica().search(QStringLiteral("krause")).size() == 1);
    f.replica().remove(r.meta.id, kUser);
    CHECK(f.replica().search(QStringLiteral("krause")).isEmpty());
}

TEST_CASE("hostile queries never throw") {
    ReplicaFixture f;
    pulledContact(f.replica(), recordId(1), 1,
                  {{QStringLiteral("family_name"), QStringLiteral("Müller")}});
    const QStringList queries{
        QStringLiteral("\""),
        QStringLiteral("*"),
        QStringLiteral("AND OR NOT"),
        QStringLiteral("("),
        QStringLiteral("müller\""),
        QStringLiteral("NEAR(a b)"),
        QStringLiteral("family_name:müller"),
        QStringLiteral("^müller"),
        QStringLiteral("'; DROP TABLE records; --"),
        QStringLiteral(""),
        QStringLiteral("   "),
        QStringLiteral("-müller +x"),
        QStringLiteral("{title}: x"),
        QStringLiteral("\u0301"),
        QStringLiteral("müller*"),
        QStringLiteral("a\"b\"c"),
        QString(500, QLatin1Char('x')),
    };
    for (const QString &query : queries) {
        INFO(query.toStdString());
        CHECK_NOTHROW(f.replica().search(query));
    }
    CHECK(f.replica().search(QStringLiteral("müller\"")).size() == 1);
    CHECK(f.replica().search(QStringLiteral("müller:")).size() == 1);
    CHECK(f.replica().search(QStringLiteral("AND OR NOT")).isEmpty());
    CHECK(f.replica().search(QStringLiteral("*")).isEmpty());
    CHECK(f.replica().count(EntityType::Contact) == 1);
}

TEST_CASE("a search returns the first 50 hits") {
    ReplicaFixture f;
    QList<common::Record> records;
    for (int i = 1; i <= 80; ++i)
        records << serverContact(
            recordId(i), i, {{QStringLiteral("family_name"), QStringLiteral("Becker %1").arg(i)}});
    f.replica().applyPage(page(spaceBucket(), records, 80));
    CHECK(f.replica().search(QStringLiteral("becker")).size() == 50);
    CHECK(f.replica().search(QStringLiteral("becker"), 10).size() == 10);
    // Every word is a prefix: "7" matches 7 and 70 to 79.
    CHECK(f.replica().search(QStringLiteral("becker 7")).size() == 11);
}

TEST_CASE("query building quotes every word") {
    CHECK(SearchText::matchExpression(QStringLiteral("müll er"))
          == QStringLiteral("(\"müll\"* OR \"muell\"*) AND \"er\"*"));
    CHECK(SearchText::matchExpression(QStringLiteral("\"*()")).isEmpty());
    CHECK(SearchText::transliterated(QStringLiteral("Größe Übung"))
          == QStringLiteral("groesse uebung"));
}
