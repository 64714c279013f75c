// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ui/contacts/ContactEditor.h"

#include "client/core/ReplicaQuery.h"
#include "client/ui/contacts/ContactEntryList.h"
#include "client/ui/shell/ConcurrentEdit.h"
#include "client/ui/shell/EditClashDialog.h"
#include "client/ui/shell/Workspace.h"
#include "common/FieldRules.h"
#include "common/RecordValidation.h"
#include "common/Validation.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QVBoxLayout>

namespace hn::client {

using common::EntityType;
using common::Error;

namespace {

QStringList splitList(const QString &text) {
    static const QRegularExpression separators(QStringLiteral("\\s*[,;]\\s*"));
    QStringList items = text.trimmed().split(separators, Qt::SkipEmptyParts);
    for (QString &item : items)
        item = item.trimmed();
    items.removeAll(QString());
    return items;
}

QString textOf(const QJsonObject &fields, const QString &name) {
    return fields.value(name).toString();
}

} // namespace

ContactEditor::ContactEditor(Workspace &workspace, const QString &recordId, const QString &spaceId,
                             QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace) {
    if (!recordId.isEmpty())
        m_record = workspace.replica().record(recordId);
    setWindowTitle(m_record ? tr("Edit contact") : tr("New contact"));
    setObjectName(QStringLiteral("contactEditor"));
    buildForm();
    fillSpaces(m_record ? m_record->meta.spaceId : spaceId);
    fillOrganizations();
    if (m_record)
        load(*m_record);
    else {
        m_phones->setEntries({});
        m_emails->setEntries({});
    }
    showKind();
    resize(560, 720);
    m_openedState = formState();
}

bool ContactEditor::hasChanges() const {
    return formState() != m_openedState;
}

QStringList ContactEditor::formState() const {
    // Every input, entries added or removed too, without listing them.
    QStringList state;
    for (const QLineEdit *line : findChildren<QLineEdit *>())
        state.append(line->text());
    for (const QPlainTextEdit *text : findChildren<QPlainTextEdit *>())
        state.append(text->toPlainText());
    for (const QComboBox *box : findChildren<QComboBox *>())
        state.append(box->currentText());
    return state;
}

void ContactEditor::addRow(const QString &label, QWidget *input, const QString &path) {
    auto *cell = new QWidget(this);
    auto *layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(input);
    auto *message = new QLabel(cell);
    message->setWordWrap(true);
    message->setObjectName(QStringLiteral("error_") + QString(path).replace(u'.', u'_'));
    message->hide();
    layout->addWidget(message);
    auto *caption = new QLabel(label, this);
    caption->setBuddy(input);
    m_form->addRow(caption, cell);
    if (input->objectName().isEmpty())
        input->setObjectName(QString(path).replace(u'.', u'_'));
    m_feedback.addField(path, input, message);
}

QLineEdit *ContactEditor::addLine(const QString &label, const QString &path) {
    auto *line = new QLineEdit(this);
    addRow(label, line, path);
    return line;
}

void ContactEditor::buildForm() {
    auto *layout = new QVBoxLayout(this);
    m_formError = new QLabel(this);
    m_formError->setObjectName(QStringLiteral("formError"));
    m_formError->setWordWrap(true);
    FieldFeedback::styleAsError(m_formError);
    m_formError->hide();
    layout->addWidget(m_formError);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    auto *page = new QWidget(scroll);
    m_form = new QFormLayout(page);
    scroll->setWidget(page);
    layout->addWidget(scroll, 1);

    m_space = new QComboBox(this);
    addRow(tr("&Area:"), m_space, QStringLiteral("space_id"));
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Person"), QStringLiteral("person"));
    m_kind->addItem(tr("Organization"), QStringLiteral("organization"));
    addRow(tr("&Kind:"), m_kind, QStringLiteral("kind"));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ContactEditor::showKind);

    m_name = addLine(tr("Organi&zation name:"), QStringLiteral("name"));
    m_title = addLine(tr("&Title:"), QStringLiteral("title"));
    m_givenName = addLine(tr("&Given name:"), QStringLiteral("given_name"));
    m_familyName = addLine(tr("&Family name:"), QStringLiteral("family_name"));
    m_function = addLine(tr("F&unction:"), QStringLiteral("function"));
    m_organization = new QComboBox(this);
    m_organization->setEditable(true);
    m_organization->setInsertPolicy(QComboBox::NoInsert);
    m_organization->completer()->setFilterMode(Qt::MatchContains);
    m_organization->completer()->setCompletionMode(QCompleter::PopupCompletion);
    addRow(tr("&Organization:"), m_organization, QStringLiteral("organization_id"));
    connect(m_space, &QComboBox::currentIndexChanged, this, &ContactEditor::fillOrganizations);
    m_department = addLine(tr("&Department:"), QStringLiteral("department"));

    m_phones = new ContactEntryList(ContactEntryList::Mode::Phones, this);
    addRow(tr("Phone num&bers:"), m_phones, QStringLiteral("phones"));
    m_emails = new ContactEntryList(ContactEntryList::Mode::Emails, this);
    addRow(tr("&E-mail addresses:"), m_emails, QStringLiteral("emails"));

    m_street = addLine(tr("St&reet:"), QStringLiteral("address.street"));
    m_supplement = addLine(tr("Address supplement:"), QStringLiteral("address.supplement"));
    m_postalCode = addLine(tr("Postal &code:"), QStringLiteral("address.postal_code"));
    m_city = addLine(tr("C&ity:"), QStringLiteral("address.city"));
    m_municipality = addLine(tr("&Municipality:"), QStringLiteral("municipality"));
    m_languages = addLine(tr("&Languages:"), QStringLiteral("languages"));
    m_languages->setPlaceholderText(tr("ISO codes, separated by commas: de, en, uk"));
    m_tags = addLine(tr("To&pics:"), QStringLiteral("tags"));
    m_tags->setPlaceholderText(tr("Separated by commas"));
    m_officeHours = new QPlainTextEdit(this);
    m_officeHours->setTabChangesFocus(true);
    m_officeHours->setFixedHeight(60);
    addRow(tr("Office &hours:"), m_officeHours, QStringLiteral("office_hours"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setTabChangesFocus(true);
    addRow(tr("&Notes:"), m_notes, QStringLiteral("notes"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ContactEditor::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
}

void ContactEditor::fillSpaces(const QString &preferred) {
    QStringList ids = m_record ? QStringList{m_record->meta.spaceId}
                               : m_workspace.permissions().writableSpaceIds();
    for (const QString &id : ids) {
        const std::optional<common::Record> space = m_workspace.replica().record(id);
        m_space->addItem(space ? textOf(space->fields, QStringLiteral("name")) : id, id);
    }
    m_space->model()->sort(0);
    const int index = m_space->findData(preferred);
    m_space->setCurrentIndex(index >= 0 ? index : 0);
    // A contact stays in its space (moving is a copy and a delete).
    m_space->setEnabled(!m_record);
}

QString ContactEditor::currentSpace() const {
    return m_space->currentData().toString();
}

void ContactEditor::fillOrganizations() {
    const QString keep = m_organization->currentText();
    m_organization->clear();
    m_organization->addItem(QString(), QString());
    try {
        ReplicaQuery query(m_workspace.replica().database().connection(),
                           QStringLiteral("SELECT id, json_extract(fields, '$.name') FROM records"
                                          " WHERE type = 'contact' AND deleted = 0 AND space_id = ?"
                                          " AND json_extract(fields, '$.kind') = 'organization'"
                                          " ORDER BY 2 COLLATE NOCASE"),
                           QStringLiteral("list the organizations of a space"));
        query.exec({currentSpace()});
        while (query.next()) {
            if (!m_record || query.value(0).toString() != m_record->meta.id)
                m_organization->addItem(query.value(1).toString(), query.value(0));
        }
    } catch (const Error &error) {
        m_formError->setText(error.message());
        m_formError->show();
    }
    m_organization->setEditText(keep);
}

void ContactEditor::load(const common::Record &record) {
    const QJsonObject &f = record.fields;
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(textOf(f, QStringLiteral("kind")))));
    m_name->setText(textOf(f, QStringLiteral("name")));
    m_title->setText(textOf(f, QStringLiteral("title")));
    m_givenName->setText(textOf(f, QStringLiteral("given_name")));
    m_familyName->setText(textOf(f, QStringLiteral("family_name")));
    m_function->setText(textOf(f, QStringLiteral("function")));
    const QString organization = textOf(f, QStringLiteral("organization_id"));
    if (!organization.isEmpty()) {
        int index = m_organization->findData(organization);
        if (index < 0) {
            // An organization in another space: kept as it is.
            const auto other = m_workspace.replica().record(organization);
            m_organization->addItem(
                other ? textOf(other->fields, QStringLiteral("name")) : organization, organization);
            index = m_organization->count() - 1;
        }
        m_organization->setCurrentIndex(index);
    }
    m_department->setText(textOf(f, QStringLiteral("department")));
    m_phones->setEntries(f.value(QStringLiteral("phones")).toArray());
    m_emails->setEntries(f.value(QStringLiteral("emails")).toArray());
    const QJsonObject address = f.value(QStringLiteral("address")).toObject();
    m_street->setText(textOf(address, QStringLiteral("street")));
    m_supplement->setText(textOf(address, QStringLiteral("supplement")));
    m_postalCode->setText(textOf(address, QStringLiteral("postal_code")));
    m_city->setText(textOf(address, QStringLiteral("city")));
    m_municipality->setText(textOf(f, QStringLiteral("municipality")));
    QStringList languages;
    for (const QJsonValue &language : f.value(QStringLiteral("languages")).toArray())
        languages.append(language.toString());
    m_languages->setText(languages.join(QStringLiteral(", ")));
    QStringList tags;
    for (const QJsonValue &tag : f.value(QStringLiteral("tags")).toArray())
        tags.append(tag.toString());
    m_tags->setText(tags.join(QStringLiteral(", ")));
    m_officeHours->setPlainText(textOf(f, QStringLiteral("office_hours")));
    m_notes->setPlainText(textOf(f, QStringLiteral("notes")));
}

void ContactEditor::showKind() {
    const bool person = m_kind->currentData().toString() == u"person";
    m_form->setRowVisible(m_name->parentWidget(), !person);
    for (QWidget *input : {static_cast<QWidget *>(m_title), static_cast<QWidget *>(m_givenName),
                           static_cast<QWidget *>(m_familyName), static_cast<QWidget *>(m_function),
                           static_cast<QWidget *>(m_organization)})
        m_form->setRowVisible(input->parentWidget(), person);
}

QString ContactEditor::checkedText(const QString &path, const QString &rulePath,
                                   const QString &value) {
    const common::FieldRule rule = common::FieldRules::ruleFor(EntityType::Contact, rulePath);
    const std::string utf8 = value.toStdString();
    const QString text = common::validation::text(path, utf8, rule.text);
    if (text.isEmpty())
        return text;
    try {
        if (rule.format == common::FieldRule::Format::Email)
            return common::validation::email(path, utf8);
        if (rule.format == common::FieldRule::Format::Phone)
            return common::validation::phone(path, utf8);
    } catch (const Error &error) {
        // The rule's own words are for logs; people get a hint how to fix it.
        throw Error::invalidArgument(
            error.field(),
            rule.format == common::FieldRule::Format::Email
                ? tr("This is not an e-mail address. Write it like name@example.org.")
                : tr("This is not a phone number. Use digits, spaces and + ( ) / - only, "
                     "with at least 3 digits, like +49 6543 81-234."));
    }
    return text;
}

QString ContactEditor::organizationId() {
    const QString typed = m_organization->currentText().trimmed();
    if (typed.isEmpty())
        return {};
    if (m_organization->itemText(m_organization->currentIndex()) == typed)
        return m_organization->currentData().toString();
    const int index = m_organization->findText(typed, Qt::MatchFixedString);
    if (index > 0)
        return m_organization->itemData(index).toString();
    throw Error::invalidArgument(
        QStringLiteral("organization_id"),
        tr("There is no organization \"%1\" in this area. Pick one from the list or leave the "
           "field empty.")
            .arg(typed));
}

QJsonObject ContactEditor::collect() {
    const bool person = m_kind->currentData().toString() == u"person";
    auto line = [this](const QString &path, QLineEdit *edit) {
        return checkedText(path, path, edit->text());
    };
    QJsonObject f;
    f.insert(QStringLiteral("kind"), m_kind->currentData().toString());
    f.insert(QStringLiteral("name"), person ? QString() : line(QStringLiteral("name"), m_name));
    f.insert(QStringLiteral("title"), person ? line(QStringLiteral("title"), m_title) : QString());
    f.insert(QStringLiteral("given_name"),
             person ? line(QStringLiteral("given_name"), m_givenName) : QString());
    f.insert(QStringLiteral("family_name"),
             person ? line(QStringLiteral("family_name"), m_familyName) : QString());
    f.insert(QStringLiteral("function"),
             person ? line(QStringLiteral("function"), m_function) : QString());
    f.insert(QStringLiteral("organization_id"), person ? organizationId() : QString());
    f.insert(QStringLiteral("department"), line(QStringLiteral("department"), m_department));

    QList<QLineEdit *> phoneLines;
    QJsonArray phones = m_phones->entries(&phoneLines);
    for (qsizetype i = 0; i < phones.size(); ++i) {
        const QString path = QStringLiteral("phones[%1].number").arg(i);
        m_feedback.addField(path, phoneLines.at(i),
                            findChild<QLabel *>(QStringLiteral("error_phones")));
        QJsonObject phone = phones.at(i).toObject();
        phone.insert(QStringLiteral("number"),
                     checkedText(path, QStringLiteral("phones.number"),
                                 phone.value(QStringLiteral("number")).toString()));
        phones[i] = phone;
    }
    f.insert(QStringLiteral("phones"), phones);
    QList<QLineEdit *> emailLines;
    QJsonArray emails = m_emails->entries(&emailLines);
    for (qsizetype i = 0; i < emails.size(); ++i) {
        const QString path = QStringLiteral("emails[%1]").arg(i);
        m_feedback.addField(path, emailLines.at(i),
                            findChild<QLabel *>(QStringLiteral("error_emails")));
        emails[i] = checkedText(path, QStringLiteral("emails"), emails.at(i).toString());
    }
    f.insert(QStringLiteral("emails"), emails);

    const QJsonObject address{
        {QStringLiteral("street"), line(QStringLiteral("address.street"), m_street)},
        {QStringLiteral("supplement"), line(QStringLiteral("address.supplement"), m_supplement)},
        {QStringLiteral("postal_code"), line(QStringLiteral("address.postal_code"), m_postalCode)},
        {QStringLiteral("city"), line(QStringLiteral("address.city"), m_city)}};
    f.insert(QStringLiteral("address"), address);
    f.insert(QStringLiteral("municipality"), line(QStringLiteral("municipality"), m_municipality));
    QJsonArray languages;
    for (const QString &language : splitList(m_languages->text()))
        languages.append(
            checkedText(QStringLiteral("languages"), QStringLiteral("languages"), language));
    f.insert(QStringLiteral("languages"), languages);
    QJsonArray tags;
    for (const QString &tag : splitList(m_tags->text()))
        tags.append(checkedText(QStringLiteral("tags"), QStringLiteral("tags"), tag));
    f.insert(QStringLiteral("tags"), tags);
    f.insert(QStringLiteral("office_hours"),
             checkedText(QStringLiteral("office_hours"), QStringLiteral("office_hours"),
                         m_officeHours->toPlainText()));
    f.insert(QStringLiteral("notes"),
             checkedText(QStringLiteral("notes"), QStringLiteral("notes"), m_notes->toPlainText()));
    // A new contact has no id yet; an empty one would equal an empty
    // organization_id ("a contact cannot belong to itself").
    common::RecordValidation::check(
        EntityType::Contact, m_record ? m_record->meta.id : QStringLiteral("new contact"), f);
    return f;
}

void ContactEditor::showError(const Error &error) {
    if (m_feedback.show(error))
        return;
    m_formError->setText(error.describe());
    m_formError->show();
}

void ContactEditor::save() {
    m_feedback.clear();
    m_formError->clear();
    m_formError->hide();
    try {
        const QJsonObject fields = collect();
        if (currentSpace().isEmpty()) {
            throw Error::invalidArgument(QStringLiteral("space_id"),
                                         tr("You may not create contacts in any area."));
        }
        if (m_record) {
            const ConcurrentEdit edit(m_record->fields, currentFields(), fields);
            if (!edit.clashes().isEmpty()) {
                askAboutClashes(edit.clashes(), fields);
                return;
            }
            storeChanges(fields, {});
        } else {
            m_savedId = m_workspace.create(EntityType::Contact, currentSpace(), fields).meta.id;
        }
    } catch (const Error &error) {
        showError(error);
        return;
    }
    Q_EMIT saved(m_savedId);
    accept();
}

QJsonObject ContactEditor::currentFields() const {
    const std::optional<common::Record> now = m_workspace.replica().record(m_record->meta.id);
    if (!now || now->meta.deleted) {
        throw Error::invalidArgument(
            QString(), tr("Someone deleted this contact meanwhile; it cannot be saved. Copy what "
                          "you need, then cancel."));
    }
    return now->fields;
}

void ContactEditor::storeChanges(const QJsonObject &mine, const QStringList &keptTheirs) {
    // Only what the person changed in this dialog, over the record as it
    // is now: a field someone else changed meanwhile keeps their value
    // unless the person chose theirs over it.
    ConcurrentEdit edit(m_record->fields, currentFields(), mine);
    for (const QString &path : keptTheirs)
        edit.keepTheirs(path);
    const QJsonObject changes = edit.changes();
    if (!changes.isEmpty())
        m_workspace.update(m_record->meta.id, changes);
    m_savedId = m_record->meta.id;
}

void ContactEditor::askAboutClashes(const QList<ConcurrentEdit::Clash> &clashes,
                                    const QJsonObject &mine) {
    auto label = [this](const QString &path) {
        QWidget *input = m_feedback.inputFor(path);
        auto *caption =
            input ? qobject_cast<QLabel *>(m_form->labelForField(input->parentWidget())) : nullptr;
        if (!caption)
            return path;
        QString text = caption->text().remove(u'&');
        if (text.endsWith(u':'))
            text.chop(1);
        return text;
    };
    auto *dialog = new EditClashDialog(clashes, label, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, mine] {
        try {
            storeChanges(mine, dialog->keptTheirs());
        } catch (const Error &error) {
            showError(error);
            return;
        }
        Q_EMIT saved(m_savedId);
        accept();
    });
    dialog->open();
}

} // namespace hn::client
