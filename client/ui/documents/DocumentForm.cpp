// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ui/documents/DocumentForm.h"

#include "client/ui/documents/DocumentCategory.h"
#include "common/FieldRules.h"
#include "common/RecordValidation.h"
#include "common/Validation.h"

#include <QComboBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace hn::client {

using common::EntityType;

namespace {

QString checkedText(const QString &field, const QString &value, const QString &rulePath) {
    const QByteArray utf8 = value.toUtf8();
    return common::validation::text(
        field, std::string_view(utf8.constData(), size_t(utf8.size())),
        common::FieldRules::ruleFor(EntityType::Document, rulePath).text);
}

} // namespace

DocumentForm::DocumentForm(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QFormLayout(this))
    , m_title(new QLineEdit(this))
    , m_category(new QComboBox(this))
    , m_tags(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this)) {
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_category->addItem(tr("(choose a category)"), QString());
    for (const QString &key : DocumentCategory::keys())
        m_category->addItem(DocumentCategory::displayName(key), key);
    m_tags->setPlaceholderText(tr("Separate tags with commas"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(90);

    addField(tr("&Title:"), m_title, QStringLiteral("title"));
    addField(tr("Cat&egory:"), m_category, QStringLiteral("category"));
    addField(tr("Ta&gs:"), m_tags, QStringLiteral("tags"));
    addField(tr("Descr&iption:"), m_description, QStringLiteral("description"));

    connect(m_title, &QLineEdit::textEdited, this, &DocumentForm::markEdited);
    connect(m_tags, &QLineEdit::textEdited, this, &DocumentForm::markEdited);
    connect(m_category, &QComboBox::currentIndexChanged, this, &DocumentForm::markEdited);
    connect(m_description, &QPlainTextEdit::textChanged, this, &DocumentForm::markEdited);
}

void DocumentForm::addField(const QString &label, QWidget *editor, const QString &field) {
    auto *text = new QLabel(label, this);
    text->setBuddy(editor);
    auto *error = new QLabel(this);
    error->setWordWrap(true);
    error->hide();
    auto *column = new QWidget(this);
    auto *box = new QVBoxLayout(column);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(2);
    box->addWidget(editor);
    box->addWidget(error);
    m_layout->addRow(text, column);
    editor->setAccessibleName(QString(label).remove(u'&').remove(u':'));
    m_feedback.addField(field, editor, error);
}

void DocumentForm::addRow(const QString &label, QWidget *editor, const QString &field) {
    addField(label, editor, field);
}

void DocumentForm::markEdited() {
    if (m_loading)
        return;
    m_edited = true;
    Q_EMIT edited();
}

void DocumentForm::setFields(const QJsonObject &fields) {
    m_loading = true;
    m_title->setText(fields.value(QStringLiteral("title")).toString());
    const QString category = fields.value(QStringLiteral("category")).toString();
    int index = m_category->findData(category);
    if (index < 0 && !category.isEmpty()) {
        m_category->addItem(DocumentCategory::displayName(category), category);
        index = m_category->count() - 1;
    }
    m_category->setCurrentIndex(std::max(0, index));
    QStringList tags;
    for (const QJsonValue &tag : fields.value(QStringLiteral("tags")).toArray())
        tags << tag.toString();
    m_tags->setText(tags.join(QStringLiteral(", ")));
    m_description->setPlainText(fields.value(QStringLiteral("description")).toString());
    m_loading = false;
    m_edited = false;
    clearErrors();
}

QJsonObject DocumentForm::checkedFields(const QString &recordId) const {
    QJsonObject fields;
    fields.insert(QStringLiteral("title"),
                  checkedText(QStringLiteral("title"), m_title->text(), QStringLiteral("title")));
    fields.insert(QStringLiteral("category"), m_category->currentData().toString());
    QJsonArray tags;
    for (const QString &tag : m_tags->text().split(u',', Qt::SkipEmptyParts)) {
        const QString checked = checkedText(QStringLiteral("tags"), tag, QStringLiteral("tags"));
        if (!checked.isEmpty())
            tags.append(checked);
    }
    fields.insert(QStringLiteral("tags"), tags);
    fields.insert(QStringLiteral("description"),
                  checkedText(QStringLiteral("description"), m_description->toPlainText(),
                              QStringLiteral("description")));
    common::RecordValidation::check(EntityType::Document, recordId, fields);
    return fields;
}

void DocumentForm::showError(const common::Error &error) {
    clearErrors();
    // "tags[2]" is shown at the tags; an error of no field of this form at
    // the title.
    if (!m_feedback.show(error))
        m_feedback.show(common::Error::invalidArgument(QStringLiteral("title"), error.message()));
}

void DocumentForm::clearErrors() {
    m_feedback.clear();
}

void DocumentForm::setReadOnly(bool readOnly) {
    m_title->setReadOnly(readOnly);
    m_tags->setReadOnly(readOnly);
    m_description->setReadOnly(readOnly);
    m_category->setEnabled(!readOnly);
}

} // namespace hn::client
