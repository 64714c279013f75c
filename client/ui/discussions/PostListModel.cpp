// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ui/discussions/PostListModel.h"

#include "client/core/ReplicaNames.h"
#include "client/core/ReplicaQuery.h"
#include "client/ui/shell/Workspace.h"
#include "common/Error.h"

#include <QJsonArray>
#include <QLocale>
#include <QTextBlock>
#include <QTextDocument>

namespace hn::client {

namespace {

const QString kBody = QStringLiteral("body");

// The first words a reference to a post shows: the text as a reader sees
// it (Markdown marks such as **bold** or [links](…) rendered away), quotes
// left out, in one line.
QString firstWords(const QString &body) {
    QTextDocument document;
    document.setMarkdown(body);
    QStringList words;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().intProperty(QTextFormat::BlockQuoteLevel) > 0)
            continue;
        const QString trimmed = block.text().simplified();
        if (!trimmed.isEmpty())
            words << trimmed;
    }
    const QString text = words.join(u' ');
    constexpr int kLength = 80;
    return text.size() > kLength ? text.left(kLength - 1) + QChar(0x2026) : text;
}

} // namespace

PostListModel::PostListModel(Workspace &workspace, QObject *parent)
    : RecordListModel(workspace.replica(), makeColumns(this), parent)
    , m_workspace(workspace)
    , m_names(workspace.replica(), DirectoryNames::Unknown::Author) {}

// Static: the column is made before the model is (its function runs later).
QList<RecordColumn> PostListModel::makeColumns(const PostListModel *self) {
    return {{tr("Post"),
             [self](const common::Record &post, int role) { return self->postData(post, role); },
             // Posts accepted in one push share a time: then the order they came in.
             QStringLiteral("created_at, rid")}};
}

void PostListModel::showThread(const QString &threadId) {
    m_threadId = threadId;
    m_replySummaries.clear();
    readOutboxStates();
    RecordListQuery query;
    query.type = common::EntityType::Post;
    // A thread id that is not set must not list every post without a thread.
    query.parentId = threadId.isEmpty() ? QStringLiteral("-") : threadId;
    setQuery(query);
    // Posting order: the server's acceptance time, then the row (stable).
    sort(0, Qt::AscendingOrder);
}

void PostListModel::refresh() {
    m_names.forget();
    m_replySummaries.clear();
    readOutboxStates();
    reload();
}

void PostListModel::readOutboxStates() {
    m_unsent.clear();
    if (m_threadId.isEmpty())
        return;
    try {
        ReplicaQuery query(m_workspace.replica().database().connection(),
                           QStringLiteral("SELECT record_id, state, rejection_message FROM outbox"
                                          " WHERE record_id IN (SELECT id FROM records"
                                          " WHERE parent_id = ? AND parent_id <> ''"
                                          " AND type = 'post') ORDER BY id"),
                           QStringLiteral("read the unsent posts of thread %1").arg(m_threadId));
        query.exec({m_threadId});
        while (query.next()) {
            Unsent &unsent = m_unsent[query.value(0).toString()];
            // A rejected entry waits for the person; it outranks later ones.
            if (unsent.state == SyncState::Rejected)
                continue;
            if (names::parseState(query.value(1).toString()) == OutboxEntry::State::Rejected) {
                unsent.state = SyncState::Rejected;
                unsent.reason = query.value(2).toString();
            }
        }
    } catch (const common::Error &error) {
        Q_EMIT loadFailed(error.message());
    }
}

QVariant PostListModel::postData(const common::Record &post, int role) const {
    const QJsonObject &fields = post.fields;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        // What a screen reader says for the card.
        QString text =
            tr("%1, %2: %3")
                .arg(m_names.nameOf(post.meta.createdBy),
                     QLocale().toString(post.meta.createdAt.toLocalTime(), QLocale::ShortFormat),
                     fields.value(kBody).toString());
        if (fields.value(QStringLiteral("edited_at_ms")).toInteger() > 0)
            text += u' ' + tr("(edited)");
        switch (postData(post, SyncStateRole).value<SyncState>()) {
        case SyncState::Synced:
            break;
        case SyncState::Pending:
            text += u' ' + tr("(not sent yet)");
            break;
        case SyncState::Rejected:
            text +=
                u' '
                + tr("(refused by the server: %1)").arg(postData(post, RejectionRole).toString());
            break;
        }
        return text;
    }
    case AuthorRole:
        return m_names.nameOf(post.meta.createdBy);
    case AuthorIdRole:
        return post.meta.createdBy;
    case BodyRole:
        return fields.value(kBody).toString();
    case PostedAtRole:
        return post.meta.createdAt;
    case EditedAtRole: {
        const qint64 at = fields.value(QStringLiteral("edited_at_ms")).toInteger();
        return at > 0 ? QDateTime::fromMSecsSinceEpoch(at, Qt::UTC) : QDateTime();
    }
    case ReplyToRole:
        return fields.value(QStringLiteral("reply_to_post_id")).toString();
    case ReplyToTextRole:
        return replySummary(fields.value(QStringLiteral("reply_to_post_id")).toString());
    case AttachmentsRole:
        return attachments(fields);
    case SyncStateRole: {
        const auto unsent = m_unsent.constFind(post.meta.id);
        if (unsent != m_unsent.cend())
            return QVariant::fromValue(unsent->state);
        return QVariant::fromValue(post.meta.version == 0 ? SyncState::Pending : SyncState::Synced);
    }
    case RejectionRole: {
        const auto unsent = m_unsent.constFind(post.meta.id);
        return unsent != m_unsent.cend() ? unsent->reason : QString();
    }
    default:
        return {};
    }
}

QString PostListModel::replySummary(const QString &postId) const {
    if (postId.isEmpty())
        return {};
    const auto cached = m_replySummaries.constFind(postId);
    if (cached != m_replySummaries.cend())
        return cached.value();
    QString summary;
    try {
        const std::optional<common::Record> answered = m_workspace.replica().record(postId);
        summary = answered && !answered->meta.deleted
                      ? tr("%1: %2").arg(m_names.nameOf(answered->meta.createdBy),
                                         firstWords(answered->fields.value(kBody).toString()))
                      : tr("a deleted post");
    } catch (const common::Error &) {
        summary = tr("a post that cannot be read");
    }
    m_replySummaries.insert(postId, summary);
    return summary;
}

QVariantList PostListModel::attachments(const QJsonObject &fields) const {
    QVariantList list;
    const QJsonArray ids = fields.value(QStringLiteral("attachment_document_ids")).toArray();
    for (const QJsonValue &id : ids) {
        std::optional<common::Record> document;
        try {
            document = m_workspace.replica().record(id.toString());
        } catch (const common::Error &) {
        }
        // Documents in spaces the reader cannot read are not held: not shown.
        if (!document || document->meta.deleted || document->type != common::EntityType::Document)
            continue;
        list.append(QStringList{document->meta.id,
                                document->fields.value(QStringLiteral("title")).toString()});
    }
    return list;
}

} // namespace hn::client
