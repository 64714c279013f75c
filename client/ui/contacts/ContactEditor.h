// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/ui/shell/ConcurrentEdit.h"
#include "client/ui/shell/FieldFeedback.h"
#include "common/Record.h"

#include <QDialog>
#include <QJsonObject>
#include <QString>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace hn::client {

class ContactEntryList;
class Workspace;

// Creates or edits a contact. Every field is checked as the server checks
// it (common/FieldRules, Validation, RecordValidation) before anything is
// saved; a problem is shown at its field, and the dialog stays open with
// everything the person typed. Saving goes through Workspace::create or
// update (the change waits in the outbox when offline).
class ContactEditor : public QDialog {
    Q_OBJECT
public:
    // `recordId` empty: a new contact, in `spaceId` when the person may
    // create there (else the first space they may).
    ContactEditor(Workspace &workspace, const QString &recordId, const QString &spaceId,
                  QWidget *parent = nullptr);

    // The saved contact's id (after the dialog was accepted).
    const QString &savedId() const { return m_savedId; }
    // The input of a field path ("family_name", "emails", ...), for tests.
    QWidget *input(const QString &path) const { return m_feedback.inputFor(path); }
    ContactEntryList *phones() const { return m_phones; }
    ContactEntryList *emails() const { return m_emails; }
    QLabel *formError() const { return m_formError; }
    // Whether anything in the form differs from when it was opened.
    bool hasChanges() const;

public Q_SLOTS:
    // Checks and saves; accepts the dialog when the contact was saved.
    void save();

Q_SIGNALS:
    void saved(const QString &recordId);

private:
    // Every input's value, in the form's order.
    QStringList formState() const;
    void buildForm();
    QLineEdit *addLine(const QString &label, const QString &path);
    void addRow(const QString &label, QWidget *input, const QString &path);
    void load(const common::Record &record);
    void fillSpaces(const QString &preferred);
    void fillOrganizations();
    void showKind();
    QString currentSpace() const;
    // The fields as the server would store them; throws common::Error
    // naming the field of the first problem.
    QJsonObject collect();
    QString checkedText(const QString &path, const QString &rulePath, const QString &value);
    QString organizationId();
    void showError(const common::Error &error);
    // The contact's fields in the replica now; throws when it was deleted.
    QJsonObject currentFields() const;
    // Sends the fields the person changed (ConcurrentEdit against the
    // snapshot m_record), except the paths where they kept the stored value.
    void storeChanges(const QJsonObject &mine, const QStringList &keptTheirs);
    void askAboutClashes(const QList<ConcurrentEdit::Clash> &clashes, const QJsonObject &mine);

    Workspace &m_workspace;
    std::optional<common::Record> m_record;
    QString m_savedId;
    FieldFeedback m_feedback;
    QFormLayout *m_form = nullptr;
    QLabel *m_formError = nullptr;
    QComboBox *m_space = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_givenName = nullptr;
    QLineEdit *m_familyName = nullptr;
    QLineEdit *m_function = nullptr;
    QComboBox *m_organization = nullptr;
    QLineEdit *m_department = nullptr;
    ContactEntryList *m_phones = nullptr;
    ContactEntryList *m_emails = nullptr;
    QLineEdit *m_street = nullptr;
    QLineEdit *m_supplement = nullptr;
    QLineEdit *m_postalCode = nullptr;
    QLineEdit *m_city = nullptr;
    QLineEdit *m_municipality = nullptr;
    QLineEdit *m_languages = nullptr;
    QLineEdit *m_tags = nullptr;
    QPlainTextEdit *m_officeHours = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QStringList m_openedState;
};

} // namespace hn::client
