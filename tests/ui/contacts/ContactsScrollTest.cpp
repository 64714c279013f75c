// SPDX-License-Identifier: GPL-3.0-or-later
// Scrolling the contact list through 100,000 contacts reads records in
// blocks and keeps only a bounded number of them (issue 5, point 11). Not a
// timing test; the start-up figures come from the lead's benchmark.
#include "client/core/Replica.h"
#include "client/ui/contacts/ContactColumns.h"
#include "client/ui/contacts/ContactsPane.h"
#include "client/ui/models/RecordListModel.h"
#include "client/ui/shell/Workspace.h"
#include "common/Bucket.h"

#include <QElapsedTimer>
#include <QHeaderView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QUuid>
#include <catch2/catch.hpp>

using namespace hn;
using common::EntityType;

namespace {

const QString kUser = QStringLiteral("00000000-0000-4000-8000-000000000001");
const QString kSpace = QStringLiteral("00000000-0000-4000-8000-0000000000a1");
constexpr int kContacts = 100000;

void fill(client::Replica &replica) {
    const QStringList families{QStringLiteral("Müller"), QStringLiteral("Schmidt"),
                               QStringLiteral("Yilmaz"), QStringLiteral("Kowalski"),
                               QStringLiteral("Nguyen"), QStringLiteral("Weber")};
    client::PullPageData page;
    page.bucket = common::Bucket::forSpace(kSpace);
    page.first = true;
    page.records.reserve(kContacts);
    for (int i = 0; i < kContacts; ++i) {
        common::Record record;
        record.type = EntityType::Contact;
        record.meta.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        record.meta.spaceId = kSpace;
        record.meta.version = i + 1;
        record.meta.createdBy = kUser;
        record.fields = {{QStringLiteral("kind"), QStringLiteral("person")},
                         {QStringLiteral("given_name"), QStringLiteral("Person %1").arg(i)},
                         {QStringLiteral("family_name"), families.at(i % families.size())},
                         {QStringLiteral("municipality"), QStringLiteral("Ort %1").arg(i % 40)}};
        page.records.append(record);
    }
    page.cursor = kContacts;
    replica.applyPage(page);
}

} // namespace

TEST_CASE("ContactsPane: scrolling through 100,000 contacts keeps the cached blocks bounded",
          "[ui][contacts][scale]") {
    QTemporaryDir dir;
    common::SystemClock clock;
    client::Workspace::Options options;
    options.profileDirectory = dir.filePath(QStringLiteral("profile"));
    options.user.id = kUser;
    options.user.role = common::GlobalRole::Member;
    options.user.status = common::AccountStatus::Active;
    client::Workspace workspace(options, clock); // offline: no engine
    fill(workspace.replica());

    QElapsedTimer timer;
    timer.start();
    client::ContactsPane pane(workspace);
    QSignalSpy painted(&pane, &client::ContactsPane::firstRowsPainted);
    pane.resize(1000, 700);
    pane.show();
    REQUIRE(painted.wait(20000));
    WARN("first rows of 100,000 contacts painted after " << timer.elapsed() << " ms");
    client::RecordListModel *model = pane.model();
    REQUIRE(model->rowCount() == kContacts);
    CHECK(painted.size() == 1);

    QTableView *view = pane.view();
    int maxBlocks = 0;
    // Page by page over the first rows, then in big jumps to the end, as
    // a person dragging the scroll bar would.
    for (int step = 0; step < 60; ++step) {
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->value()
                                            + view->verticalScrollBar()->pageStep());
        view->viewport()->repaint();
        maxBlocks = std::max(maxBlocks, model->cachedBlockCount());
    }
    for (int row = 0; row < kContacts; row += 1499) {
        view->scrollTo(model->index(row, 0), QAbstractItemView::PositionAtTop);
        view->viewport()->repaint();
        maxBlocks = std::max(maxBlocks, model->cachedBlockCount());
    }
    view->scrollToBottom();
    view->viewport()->repaint();
    maxBlocks = std::max(maxBlocks, model->cachedBlockCount());
    CHECK(maxBlocks > 0);
    CHECK(maxBlocks <= client::RecordListModel::kCachedBlocks);
    // The last row was really read, not left empty.
    CHECK_FALSE(model->index(kContacts - 1, 0).data().toString().isEmpty());
    CHECK(painted.size() == 1);
}

TEST_CASE("ContactsPane: the name order and the municipality filter come from the replica's "
          "indexes, not from sorting every contact",
          "[ui][contacts][scale]") {
    QTemporaryDir dir;
    common::SystemClock clock;
    client::Replica replica(dir.filePath(QStringLiteral("replica.db")), clock);
    client::ContactColumns columns(replica);
    const QString name = columns.columns().at(client::ContactColumns::Name).sortExpression;
    auto plan = [&](const QString &sql) {
        QSqlQuery query(replica.database().connection());
        REQUIRE(query.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql));
        QStringList steps;
        while (query.next())
            steps << query.value(3).toString();
        return steps.join(u'\n');
    };
    // The statement RecordListModel runs for the default order.
    for (const QString &direction : {QStringLiteral("ASC"), QStringLiteral("DESC")}) {
        const QString steps = plan(QStringLiteral("SELECT rid FROM records WHERE type = 'contact'"
                                                  " AND deleted = 0 ORDER BY %1 COLLATE NOCASE"
                                                  " %2, id %2")
                                       .arg(name, direction));
        INFO(steps.toStdString());
        CHECK(steps.contains(QStringLiteral("records_contact_name")));
        CHECK_FALSE(steps.contains(QStringLiteral("TEMP B-TREE")));
    }
    const QString facets =
        plan(QStringLiteral("SELECT DISTINCT json_extract(fields, '$.municipality') AS v FROM"
                            " records WHERE records.type = 'contact' AND records.deleted = 0"));
    INFO(facets.toStdString());
    CHECK(facets.contains(QStringLiteral("records_contact_municipality")));
}
