// SPDX-License-Identifier: GPL-3.0-or-later
// The document list's default order comes from the replica's index
// (schema 4), so its first rows need no sort of every document.
#include "client/ui/documents/DocumentFacts.h"
#include "client/ui/documents/DocumentListColumns.h"
#include "client/ui/documents/DocumentTransfers.h"
#include "client/ui/shell/Workspace.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace hn;

TEST_CASE("DocumentsPane: the title order comes from the replica's index and not from sorting "
          "every document",
          "[ui][documents][scale]") {
    QTemporaryDir dir;
    common::SystemClock clock;
    client::Workspace::Options options;
    options.profileDirectory = dir.filePath(QStringLiteral("profile"));
    options.user.id = QStringLiteral("00000000-0000-4000-8000-000000000001");
    client::Workspace workspace(options, clock);
    client::DocumentTransfers transfers(workspace);
    client::DocumentFacts facts(workspace, transfers);
    const QString title = client::DocumentListColumns::make(facts)
                              .at(client::DocumentListColumns::Title)
                              .sortExpression;

    for (const QString &direction : {QStringLiteral("ASC"), QStringLiteral("DESC")}) {
        // The statement RecordListModel runs for the default order.
        QSqlQuery query(workspace.replica().database().connection());
        REQUIRE(query.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT rid FROM records WHERE"
                                          " type = 'document' AND deleted = 0 ORDER BY %1"
                                          " COLLATE NOCASE %2, id %2")
                               .arg(title, direction)));
        QStringList steps;
        while (query.next())
            steps << query.value(3).toString();
        INFO(steps.join(u'\n').toStdString());
        CHECK(steps.join(u'\n').contains(QStringLiteral("records_document_title")));
        CHECK_FALSE(steps.join(u'\n').contains(QStringLiteral("TEMP B-TREE")));
    }
}
