// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/core/Conflict.h"
#include "client/core/Resolution.h"

#include <QDialog>
#include <QJsonValue>
#include <QList>
#include <optional>

class QButtonGroup;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QTableWidget;
class QVBoxLayout;

namespace hn::client {

class Workspace;

// Shows a record's conflict with both sides and lets the person decide
// (issue 5 point 6; DESIGN.md: nothing is resolved silently).
//
// Field conflicts: every conflicting field of the record, each with my
// value, the server's value and an editable merged value prefilled from
// both; the person picks one of the three per field. Edit vs delete and
// delete vs edit: both sides field by field and the two choices that make
// sense (restore with my changes / accept the deletion; delete anyway /
// keep the server's record). "Resolve" stays disabled until every choice
// is made, and resolves through Replica::resolveConflict; on failure the
// dialog stays open with the reason at the field and keeps the input.
class ConflictDialog : public QDialog {
    Q_OBJECT
public:
    ConflictDialog(Workspace &workspace, const Conflict &conflict, QWidget *parent = nullptr);

    // One decision row per field conflict (record-level conflicts: one).
    struct FieldChoice {
        Conflict conflict;
        QRadioButton *mine = nullptr;
        QRadioButton *theirs = nullptr;
        QRadioButton *merged = nullptr; // nullptr: the field cannot be merged
        QLineEdit *mergedLine = nullptr;
        QPlainTextEdit *mergedText = nullptr;
        QLabel *error = nullptr;
    };
    const QList<FieldChoice> &choices() const { return m_choices; }
    QPushButton *resolveButton() const;
    // Record-level conflicts: both sides, one row per field.
    QTableWidget *sides() const { return m_sides; }

    // The merged value prefilled for a field conflict: lists joined without
    // duplicates, text that contains the other side's, or both notes one
    // after the other; otherwise mine.
    static QJsonValue prefill(const Conflict &conflict, bool multiLine);

public Q_SLOTS:
    // Resolves every conflict shown; closes only when all succeeded.
    void accept() override;

private:
    void addFieldChoice(QVBoxLayout *layout, const Conflict &conflict);
    void addRecordChoice(QVBoxLayout *layout, const Conflict &conflict);
    void updateResolvable();
    std::optional<Resolution> resolutionOf(FieldChoice &choice);
    void showFieldError(FieldChoice &choice, const QString &message);

    Workspace &m_workspace;
    QList<FieldChoice> m_choices;
    QTableWidget *m_sides = nullptr;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace hn::client
