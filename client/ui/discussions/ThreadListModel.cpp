// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ui/discussions/ThreadListModel.h"

#include "client/ui/shell/Workspace.h"
#include "common/Error.h"

#include <QDateTime>
#include <QFont>
#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

namespace hn::client {

namespace {

// Pinned threads stay on top in every order the list offers.
const QString kPinnedFirst = QStringLiteral("json_extract(fields, '$.pinned') DESC, ");
// The author's name from the directory, by the unique index on records.id.
const QString kAuthorName =
    QStringLiteral("(SELECT json_extract(d.fields, '$.display_name') FROM records d"
                   " WHERE d.id = records.created_by)");
// Posts of the thread, by the partial index on parent_id.
const QString kPostCount =
    QStringLiteral("(SELECT COUNT(*) FROM records p WHERE p.parent_id = records.id"
                   " AND p.parent_id <> '' AND p.type = 'post' AND p.deleted = 0)");

bool flag(const common::Record &thread, const char *name) {
    return thread.fields.value(QLatin1String(name)).toBool();
}

QIcon stateIcon(bool pinned, bool locked) {
    static const QIcon pin = QIcon::fromTheme(QStringLiteral("emblem-important"));
    static const QIcon lock = QIcon::fromTheme(QStringLiteral("emblem-readonly"));
    if (pinned && locked) {
        // One decoration slot: both emblems side by side.
        static const QIcon both = [] {
            QPixmap pixmap(32, 16);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            pin.paint(&painter, QRect(0, 0, 16, 16));
            lock.paint(&painter, QRect(16, 0, 16, 16));
            return QIcon(pixmap);
        }();
        return both;
    }
    if (pinned)
        return pin;
    if (locked)
        return lock;
    return {};
}

QString localTime(qint64 ms) {
    if (ms <= 0)
        return {};
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(),
                              QLocale::ShortFormat);
}

} // namespace

ThreadListModel::ThreadListModel(Workspace &workspace, QObject *parent)
    : RecordListModel(workspace.replica(), makeColumns(this), parent)
    , m_names(workspace.replica(), DirectoryNames::Unknown::Author)
    , m_progress(workspace) {
    // A thread list from the start, so a view's first sort() never runs
    // the default query over another record type.
    showSpace({});
}

// Static: the columns are made before the model is (their functions run later).
QList<RecordColumn> ThreadListModel::makeColumns(const ThreadListModel *self) {
    // Every column is bold while the thread has unread posts.
    auto bold = [self](const common::Record &thread, int role) -> QVariant {
        if (role != Qt::FontRole || self->countsOf(thread.meta.id).unread == 0)
            return {};
        QFont font;
        font.setBold(true);
        return font;
    };
    auto unread = [self](const common::Record &thread, int role) -> QVariant {
        return role == UnreadRole ? QVariant(self->countsOf(thread.meta.id).unread) : QVariant();
    };

    QList<RecordColumn> columns;
    columns.append({tr("Title"),
                    [=](const common::Record &thread, int role) -> QVariant {
                        const QString title =
                            thread.fields.value(QStringLiteral("title")).toString();
                        const bool pinned = flag(thread, "pinned");
                        const bool locked = flag(thread, "locked");
                        switch (role) {
                        case Qt::DisplayRole:
                            return title;
                        case Qt::DecorationRole:
                            return stateIcon(pinned, locked);
                        case Qt::ToolTipRole:
                        case Qt::AccessibleTextRole: {
                            QStringList parts{title};
                            if (pinned)
                                parts << tr("pinned");
                            if (locked)
                                parts << tr("locked");
                            const int count = self->countsOf(thread.meta.id).unread;
                            if (count > 0)
                                parts << tr("%n unread", nullptr, count);
                            return parts.join(QStringLiteral(", "));
                        }
                        default:
                            return role == Qt::FontRole ? bold(thread, role) : unread(thread, role);
                        }
                    },
                    kPinnedFirst + QStringLiteral("json_extract(fields, '$.title')")});
    columns.append({tr("Started by"),
                    [=](const common::Record &thread, int role) -> QVariant {
                        if (role == Qt::DisplayRole)
                            return self->m_names.nameOf(thread.meta.createdBy);
                        return role == Qt::FontRole ? bold(thread, role) : unread(thread, role);
                    },
                    kPinnedFirst + kAuthorName});
    columns.append({tr("Replies"),
                    [=](const common::Record &thread, int role) -> QVariant {
                        if (role == Qt::DisplayRole)
                            return std::max(0, self->countsOf(thread.meta.id).posts - 1);
                        if (role == Qt::TextAlignmentRole)
                            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
                        return role == Qt::FontRole ? bold(thread, role) : unread(thread, role);
                    },
                    kPinnedFirst + kPostCount});
    columns.append({tr("Unread"),
                    [=](const common::Record &thread, int role) -> QVariant {
                        const int count = self->countsOf(thread.meta.id).unread;
                        if (role == Qt::DisplayRole)
                            return count > 0 ? QVariant(count) : QVariant(QString());
                        if (role == Qt::AccessibleTextRole)
                            return tr("%n unread", nullptr, count);
                        if (role == Qt::TextAlignmentRole)
                            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
                        return role == Qt::FontRole ? bold(thread, role) : unread(thread, role);
                    },
                    {}});
    columns.append(
        {tr("Last activity"),
         [=](const common::Record &thread, int role) -> QVariant {
             if (role == Qt::DisplayRole) {
                 const qint64 at =
                     thread.fields.value(QStringLiteral("last_activity_at_ms")).toInteger();
                 return localTime(at > 0 ? at : thread.meta.createdAt.toMSecsSinceEpoch());
             }
             return role == Qt::FontRole ? bold(thread, role) : unread(thread, role);
         },
         kPinnedFirst + QStringLiteral("json_extract(fields, '$.last_activity_at_ms')")});
    return columns;
}

void ThreadListModel::showSpace(const QString &spaceId) {
    RecordListQuery query;
    query.type = common::EntityType::Thread;
    if (!spaceId.isEmpty())
        query.spaceIds = QStringList{spaceId};
    m_counts.clear();
    setQuery(query);
}

void ThreadListModel::refresh() {
    m_counts.clear();
    m_names.forget();
    reload();
}

ReadProgress::Counts ThreadListModel::countsOf(const QString &threadId) const {
    const auto cached = m_counts.constFind(threadId);
    if (cached != m_counts.cend())
        return cached.value();
    ReadProgress::Counts counts;
    try {
        counts = m_progress.countsOf(threadId);
    } catch (const common::Error &error) {
        Q_EMIT const_cast<ThreadListModel *>(this)->loadFailed(error.message());
    }
    m_counts.insert(threadId, counts);
    return counts;
}

} // namespace hn::client
