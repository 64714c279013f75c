// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Record.h"

#include <QWidget>
#include <optional>

class QListWidget;
class QPushButton;

namespace hn::client {

class DocumentTransfers;
class Workspace;

// The uploads queued for one document: waiting (for the connection, or
// their turn), running with their progress, or stopped with the server's
// reason, for the person to send again (an editor may override another's
// check-out, after confirming) or discard. Hidden while there are none.
class DocumentUploadsView : public QWidget {
    Q_OBJECT
public:
    DocumentUploadsView(Workspace &workspace, DocumentTransfers &transfers,
                        QWidget *parent = nullptr);

    void setDocument(const std::optional<common::Record> &document);
    int count() const;

    QListWidget *list() const { return m_list; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *discardButton() const { return m_discard; }

public Q_SLOTS:
    // Reads the document's queued uploads again.
    void refresh();

Q_SIGNALS:
    void problem(const QString &text);
    // An upload was discarded here.
    void discarded();

private:
    void refreshActions();
    void retryChosen();
    void discardChosen();
    void retry(const QString &versionId, bool overrideCheckout);

    Workspace &m_workspace;
    DocumentTransfers &m_transfers;
    std::optional<common::Record> m_document;
    QListWidget *m_list;
    QPushButton *m_retry;
    QPushButton *m_discard;
};

} // namespace hn::client
