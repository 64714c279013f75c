// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/EntityType.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace hn::client {

class OutboxModel;
class Workspace;

// The outbox ("Ausgang", issue 5 point 6): every change not yet accepted by
// the server, and for a refused one the server's reason and what the person
// can do: edit the record and send it again, or discard the change (after
// asking; the record goes back to the server's state).
class OutboxView : public QWidget {
    Q_OBJECT
public:
    explicit OutboxView(Workspace &workspace, QWidget *parent = nullptr);

    OutboxModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

    // Selects the entry's row (false if not listed).
    bool selectEntry(qint64 entryId);

public Q_SLOTS:
    // Reads the list again; a hidden view only notes that it is out of
    // date and reads when it is shown.
    void reload();
    // The selected rejected change: open its record / send it again /
    // drop it after confirmation (asked in a window-modal box; returns at
    // once, the change is dropped when the person confirms).
    void editSelected();
    void retrySelected();
    void discardSelected();

Q_SIGNALS:
    // "Edit": the main window shows the record in its pane.
    void openRecordRequested(const QString &recordId, hn::common::EntityType type);

protected:
    void showEvent(QShowEvent *event) override;

private:
    qint64 selectedEntryId() const;
    int selectedRow() const;
    void updateActions();
    void showMessage(const QString &text, bool error);
    // Drops the refused change once the person confirmed.
    void discard(qint64 entryId, const QString &title);
    // After a decision: lists, counts and a push.
    void decided();

    Workspace &m_workspace;
    OutboxModel *m_model;
    QTableView *m_table;
    QLabel *m_empty;
    QLabel *m_details;
    QLabel *m_message;
    QPushButton *m_edit;
    QPushButton *m_retry;
    QPushButton *m_discard;
    bool m_stale = false;
};

} // namespace hn::client
