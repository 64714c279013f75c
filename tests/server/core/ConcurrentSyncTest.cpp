// SPDX-License-Identifier: GPL-3.0-or-later
// DESIGN.md's must: a pull never skips a change, with concurrent writers.
// Writers push as fast as they can while readers pull incrementally with
// their cursors; every reader must end with every record at its latest
// version, having seen each version at most once and never going back.
#include "server/store/RecordStore.h"
#include "tests/server/core/SyncTesting.h"

#include <QHash>
#include <atomic>
#include <thread>
#include <vector>

using namespace hn;
using namespace hn::test;
using common::EntityType;
using common::MutationOutcome;

namespace {

constexpr int kWriters = 4;
constexpr int kReaders = 2;
constexpr int kBatchesPerWriter = 40;
constexpr int kBatchSize = 10;

// What one reader saw; filled on its thread, checked on the test's thread
// (Catch's assertions are not thread-safe).
struct ReaderLog {
    QHash<QString, qint64> latest; // record id -> newest version seen
    qint64 cursor = 0;
    int pulls = 0;
    QStringList errors;
};

void pullOnce(server::ChangeFeed &feed, const server::Caller &caller, const QString &bucket,
              ReaderLog &log) {
    const qint64 start = log.cursor;
    qint64 lastVersion = start;
    feed.pull(caller, {{bucket, log.cursor, false}}, 7, [&](const server::FeedPage &page) {
        for (const common::Record &record : page.records) {
            const qint64 v = record.meta.version;
            if (v <= lastVersion) {
                log.errors << QStringLiteral("version %1 after %2 (cursor %3)")
                                  .arg(v)
                                  .arg(lastVersion)
                                  .arg(start);
            }
            lastVersion = v;
            const qint64 known = log.latest.value(record.meta.id, 0);
            if (v <= known) {
                log.errors << QStringLiteral("record %1 version %2 seen again (had %3)")
                                  .arg(record.meta.id)
                                  .arg(v)
                                  .arg(known);
            }
            log.latest.insert(record.meta.id, v);
        }
        if (page.cursor < log.cursor)
            log.errors << QStringLiteral("cursor went back from %1 to %2")
                              .arg(log.cursor)
                              .arg(page.cursor);
        if (page.cursor < lastVersion)
            log.errors << QStringLiteral("cursor %1 below a sent version %2")
                              .arg(page.cursor)
                              .arg(lastVersion);
        log.cursor = page.cursor;
        return true;
    });
    ++log.pulls;
}

} // namespace

TEST_CASE("concurrent writers: incremental pulls never skip a change") {
    SyncFixture f;
    const QString space = f.addSpace(QStringLiteral("Viel los"));
    const QString bucket = common::Bucket::forSpace(space);
    std::vector<server::Caller> writers;
    for (int w = 0; w < kWriters; ++w) {
        writers.push_back(f.addUser(QStringLiteral("writer%1").arg(w), common::GlobalRole::Member));
        f.grant(space, writers.back(), common::SpaceLevel::Author);
    }
    const server::Caller reader = f.addUser(QStringLiteral("reader"), common::GlobalRole::Member);
    f.grant(space, reader, common::SpaceLevel::Reader);

    std::atomic<int> writersLeft{kWriters};
    std::atomic<int> writerFailures{0};
    std::vector<std::thread> threads;
    for (int w = 0; w < kWriters; ++w) {
        threads.emplace_back([&, w] {
            // Each writer creates records and keeps updating its own, so
            // versions of one record move on while readers read.
            QHash<QString, qint64> mine;
            try {
                for (int b = 0; b < kBatchesPerWriter; ++b) {
                    QList<common::Mutation> batch;
                    for (int i = 0; i < kBatchSize; ++i) {
                        if (i % 2 == 0 || mine.isEmpty()) {
                            batch.append(createContact(
                                space, QStringLiteral("W%1 B%2 #%3").arg(w).arg(b).arg(i)));
                        } else {
                            const QString id = mine.keys().at((b * 7 + i) % mine.size());
                            if (std::any_of(
                                    batch.cbegin(), batch.cend(),
                                    [&](const common::Mutation &m) { return m.recordId == id; }))
                                continue; // one mutation per record and batch
                            batch.append(update(EntityType::Contact, space, id, mine.value(id),
                                                {{QStringLiteral("notes"),
                                                  QStringLiteral("B%1 #%2").arg(b).arg(i)}}));
                        }
                    }
                    const auto results = f.push(writers[size_t(w)], batch);
                    for (int i = 0; i < results.size(); ++i) {
                        if (results[i].outcome != MutationOutcome::Applied)
                            ++writerFailures;
                        else
                            mine.insert(batch[i].recordId, results[i].version);
                    }
                }
            } catch (...) {
                ++writerFailures;
            }
            --writersLeft;
        });
    }
    std::vector<ReaderLog> logs(kReaders);
    for (int r = 0; r < kReaders; ++r) {
        threads.emplace_back([&, r] {
            ReaderLog &log = logs[size_t(r)];
            try {
                while (writersLeft.load() > 0)
                    pullOnce(*f.feed, reader, bucket, log);
                pullOnce(*f.feed, reader, bucket, log); // after the last commit
            } catch (const std::exception &error) {
                log.errors << QString::fromUtf8(error.what());
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();

    CHECK(writerFailures.load() == 0);

    // The server's view: every record of the bucket at its version.
    QHash<QString, qint64> truth;
    server::RecordStore store(f.database->connection());
    store.scan(bucket, 0, store.headSeq(), false, [&](const common::Record &record, qsizetype) {
        truth.insert(record.meta.id, record.meta.version);
        return true;
    });
    CHECK(truth.size() > kWriters * kBatchesPerWriter * kBatchSize / 2);

    for (const ReaderLog &log : logs) {
        INFO("pulls: " << log.pulls);
        CHECK(log.pulls > 1);
        CHECK(log.errors.join(QLatin1Char('\n')).toStdString().empty());
        CHECK(log.cursor == store.headSeq());
        CHECK(log.latest.size() == truth.size());
        int wrong = 0;
        for (auto it = truth.cbegin(); it != truth.cend(); ++it) {
            if (log.latest.value(it.key(), -1) != it.value())
                ++wrong;
        }
        CHECK(wrong == 0);
    }
}
