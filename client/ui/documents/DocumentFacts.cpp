// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ui/documents/DocumentFacts.h"

#include "client/core/ReplicaQuery.h"
#include "client/ui/documents/DocumentCheckout.h"
#include "client/ui/documents/DocumentTransfers.h"
#include "client/ui/models/DirectoryNames.h"
#include "client/ui/shell/Workspace.h"
#include "common/Error.h"

#include <QLocale>

namespace hn::client {

namespace {

// Rows painted at once are a few hundred; more means the list moved on.
constexpr int kRememberedRows = 2000;

} // namespace

DocumentFacts::DocumentFacts(Workspace &workspace, DocumentTransfers &transfers)
    : m_workspace(workspace)
    , m_transfers(transfers) {}

const DocumentFacts::Facts &DocumentFacts::of(const common::Record &document) {
    const auto it = m_facts.find(document.meta.id);
    if (it != m_facts.end())
        return it->second;
    if (m_facts.size() >= kRememberedRows)
        m_facts.clear();
    return m_facts.insert_or_assign(document.meta.id, compute(document)).first->second;
}

DocumentFacts::Facts DocumentFacts::compute(const common::Record &document) {
    Facts facts;
    const QString versionId =
        document.fields.value(QStringLiteral("current_version_id")).toString();
    std::optional<common::Record> version;
    try {
        if (!versionId.isEmpty())
            version = m_workspace.replica().record(versionId);
        if (version) {
            facts.versionDate = version->meta.createdAt;
            facts.sizeBytes = version->fields.value(QStringLiteral("size_bytes")).toInteger();
            ReplicaQuery count(m_workspace.replica().database().connection(),
                               QStringLiteral("SELECT COUNT(*) FROM records WHERE parent_id = ?"
                                              " AND parent_id <> '' AND type = 'document_version'"
                                              " AND deleted = 0 AND created_at <= ?"),
                               QStringLiteral("count the versions of %1").arg(document.meta.id));
            count.exec({document.meta.id, version->meta.createdAt.toMSecsSinceEpoch()});
            facts.versionNumber = count.next() ? count.value(0).toInt() : 0;
        }
        facts.fileState = fileState(document, version.has_value(), versionId);
    } catch (const common::Error &) {
        // A row that cannot be read shows what is known; the list reports
        // read failures itself.
    }
    facts.uploadPercent = m_transfers.uploadPercent(document.meta.id);
    const DocumentCheckout checkout = DocumentCheckout::of(document, m_workspace.clock().now());
    if (checkout.isHeld()) {
        facts.holderName = checkout.holderId() == m_workspace.user().id
                               ? tr("you")
                               : DirectoryNames::of(m_workspace.replica(), checkout.holderId());
        facts.holderUntil = checkout.expiresAt();
    }
    return facts;
}

DocumentFacts::FileState DocumentFacts::fileState(const common::Record &document, bool hasFile,
                                                  const QString &versionId) {
    const QString &id = document.meta.id;
    if (m_transfers.uploadPercent(id) >= 0)
        return FileState::Uploading;
    if (m_transfers.hasStoppedUploads(id))
        return FileState::UploadStopped;
    if (m_transfers.hasUploads(id))
        return FileState::WaitingToUpload;
    if (!hasFile)
        return FileState::NoFile;
    FileCache &cache = m_workspace.fileCache();
    if (cache.isPinned(id))
        return FileState::Pinned;
    if (cache.isSpaceOffline(document.meta.spaceId))
        return FileState::SpaceOffline;
    return cache.contains(versionId) ? FileState::OnDevice : FileState::NotOnDevice;
}

QString DocumentFacts::describe(const Facts &facts) {
    switch (facts.fileState) {
    case FileState::NoFile:
        return tr("No file yet");
    case FileState::NotOnDevice:
        return tr("Not on this device");
    case FileState::OnDevice:
        return tr("On this device");
    case FileState::Pinned:
        return tr("Kept offline");
    case FileState::SpaceOffline:
        return tr("Area kept offline");
    case FileState::WaitingToUpload:
        return tr("Waiting to upload");
    case FileState::Uploading:
        return tr("Uploading %1 %").arg(std::max(0, facts.uploadPercent));
    case FileState::UploadStopped:
        return tr("Upload stopped");
    }
    return {};
}

QString DocumentFacts::describeVersion(const Facts &facts) {
    if (facts.versionNumber <= 0)
        return {};
    return tr("%1 (%2)")
        .arg(facts.versionNumber)
        .arg(QLocale().toString(facts.versionDate.toLocalTime(), QLocale::ShortFormat));
}

QString DocumentFacts::describeHolder(const Facts &facts) {
    if (facts.holderName.isEmpty())
        return {};
    if (!facts.holderUntil.isValid())
        return facts.holderName;
    return tr("%1 until %2")
        .arg(facts.holderName,
             QLocale().toString(facts.holderUntil.toLocalTime(), QLocale::ShortFormat));
}

} // namespace hn::client
