// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/ui/shell/FieldFeedback.h"
#include "common/Error.h"

#include <QHash>
#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace hn::client {

// A document's own fields (title, category, tags, description) as a form,
// checked with the rules of common/ (FieldRules, RecordValidation) before
// they are saved. A refused field gets a red frame and the reason under it,
// and the focus; what the person typed stays.
class DocumentForm : public QWidget {
    Q_OBJECT
public:
    explicit DocumentForm(QWidget *parent = nullptr);

    // Shows a record's fields (a document's `fields`).
    void setFields(const QJsonObject &fields);
    // The fields as typed, checked; throws common::Error naming the field.
    QJsonObject checkedFields(const QString &recordId) const;
    // Marks the field the error names (or shows the message at the title
    // when it names none this form has) and moves the focus there.
    void showError(const common::Error &error);
    void clearErrors();
    void setReadOnly(bool readOnly);
    // Whether the person changed something since setFields().
    bool isEdited() const { return m_edited; }

    // Adds a row below the document's fields (the new-document dialog's
    // area and file); errors naming `field` are shown there.
    void addRow(const QString &label, QWidget *editor, const QString &field);

    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *categoryBox() const { return m_category; }
    QLineEdit *tagsEdit() const { return m_tags; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }

Q_SIGNALS:
    void edited();

private:
    void addField(const QString &label, QWidget *editor, const QString &field);
    void markEdited();

    QFormLayout *m_layout;
    QLineEdit *m_title;
    QComboBox *m_category;
    QLineEdit *m_tags;
    QPlainTextEdit *m_description;
    FieldFeedback m_feedback;
    bool m_edited = false;
    bool m_loading = false;
};

} // namespace hn::client
