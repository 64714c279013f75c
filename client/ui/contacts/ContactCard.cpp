// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ui/contacts/ContactCard.h"

#include "client/core/ReplicaQuery.h"
#include "client/core/SearchText.h"
#include "client/ui/shell/Workspace.h"
#include "common/Error.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace hn::client {

using common::EntityType;

namespace {

QString textOf(const QJsonObject &fields, const char *name) {
    return fields.value(QLatin1String(name)).toString().trimmed();
}

QString joinedList(const QJsonValue &value) {
    QStringList items;
    for (const QJsonValue &item : value.toArray())
        items.append(item.toString());
    return items.join(QStringLiteral(", "));
}

QLabel *valueLabel(const QString &text, QWidget *parent) {
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    // Selectable and reachable by Tab, so a screen reader can read it.
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

ContactCard::ContactCard(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace) {
    setObjectName(QStringLiteral("contactCard"));
    auto *layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("contactHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    m_heading->setFont(font);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_heading);
    m_subheading = valueLabel(QString(), this);
    layout->addWidget(m_subheading);
    m_details = new QWidget(this);
    layout->addWidget(m_details);
    layout->addStretch();
    showContact(std::nullopt);
}

void ContactCard::clearCard() {
    delete m_details;
    m_details = new QWidget(this);
    m_form = new QFormLayout(m_details);
    static_cast<QVBoxLayout *>(layout())->insertWidget(2, m_details);
}

void ContactCard::showContact(const std::optional<common::Record> &record) {
    // Unchanged (a sync round that brought other records) while someone
    // works in the card: it stays as it is, and so does their focus. (A
    // rebuild would also show a renamed organization or its new people.)
    const QWidget *focus = QApplication::focusWidget();
    const bool working = focus && isAncestorOf(focus);
    if (working && m_shown && record && m_shown->meta.id == record->meta.id
        && m_shown->meta.version == record->meta.version
        && m_shown->meta.deleted == record->meta.deleted && m_shown->fields == record->fields)
        return;
    m_shown = record;
    clearCard();
    if (!record || record->type != EntityType::Contact || record->meta.deleted) {
        m_contactId.clear();
        m_heading->setText(tr("No contact selected"));
        m_subheading->clear();
        m_subheading->hide();
        setAccessibleName(tr("Contact details"));
        return;
    }
    m_contactId = record->meta.id;
    const QJsonObject &f = record->fields;
    const bool person = textOf(f, "kind") != u"organization";
    const QString name = SearchText::displayTitle(EntityType::Contact, f);
    m_heading->setText(name);
    setAccessibleName(tr("Details of %1").arg(name));
    m_subheading->setText(person ? textOf(f, "function") : tr("Organization"));
    m_subheading->setVisible(!m_subheading->text().isEmpty());

    if (person)
        addOrganization(*record);
    addText(tr("Department:"), textOf(f, "department"));
    addPhones(*record);
    addEmails(*record);
    const QJsonObject address = f.value(QStringLiteral("address")).toObject();
    const QString cityLine =
        QStringList{textOf(address, "postal_code"), textOf(address, "city")}.join(u' ').trimmed();
    QStringList lines{textOf(address, "street"), textOf(address, "supplement"), cityLine};
    lines.removeAll(QString());
    addText(tr("Address:"), lines.join(u'\n'));
    addText(tr("Municipality:"), textOf(f, "municipality"));
    addText(tr("Languages:"), joinedList(f.value(QStringLiteral("languages"))));
    addText(tr("Topics:"), joinedList(f.value(QStringLiteral("tags"))));
    addText(tr("Office hours:"), textOf(f, "office_hours"));
    addText(tr("Notes:"), textOf(f, "notes"));
    if (!person)
        addPeople(*record);
}

void ContactCard::addText(const QString &label, const QString &text) {
    if (text.isEmpty())
        return;
    QLabel *value = valueLabel(text, m_details);
    auto *caption = new QLabel(label, m_details);
    caption->setBuddy(value);
    value->setAccessibleName(QString(label).remove(u':'));
    m_form->addRow(caption, value);
}

QPushButton *ContactCard::addCopyButton(QWidget *row, const QString &value, const QString &what) {
    auto *copy = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("Copy"), row);
    copy->setAccessibleName(tr("Copy %1 %2").arg(what, value));
    copy->setToolTip(tr("Copy %1 to the clipboard").arg(what));
    connect(copy, &QPushButton::clicked, this,
            [value] { QApplication::clipboard()->setText(value); });
    row->layout()->addWidget(copy);
    return copy;
}

void ContactCard::addPhones(const common::Record &record) {
    const QJsonArray phones = record.fields.value(QStringLiteral("phones")).toArray();
    for (const QJsonValue &entry : phones) {
        const QJsonObject phone = entry.toObject();
        const QString number = textOf(phone, "number");
        const QString kind = textOf(phone, "kind");
        const QString label = kind == u"mobile" ? tr("Mobile:")
                              : kind == u"fax"  ? tr("Fax:")
                                                : tr("Phone:");
        auto *row = new QWidget(m_details);
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        QLabel *value = valueLabel(number, row);
        value->setAccessibleName(QString(label).remove(u':'));
        layout->addWidget(value, 1);
        addCopyButton(row, number, tr("phone number"))->setObjectName(QStringLiteral("copyPhone"));
        auto *caption = new QLabel(label, m_details);
        caption->setBuddy(value);
        m_form->addRow(caption, row);
    }
}

void ContactCard::addEmails(const common::Record &record) {
    const QJsonArray emails = record.fields.value(QStringLiteral("emails")).toArray();
    for (const QJsonValue &entry : emails) {
        const QString address = entry.toString().trimmed();
        // The address on its own line, the buttons under it: a long address
        // and both buttons side by side would not fit a narrow card.
        auto *row = new QWidget(m_details);
        auto *rowLayout = new QVBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        QLabel *value = valueLabel(address, row);
        value->setAccessibleName(tr("E-mail"));
        rowLayout->addWidget(value);
        auto *buttons = new QWidget(row);
        auto *layout = new QHBoxLayout(buttons);
        layout->setContentsMargins(0, 0, 0, 0);
        rowLayout->addWidget(buttons);
        addCopyButton(buttons, address, tr("e-mail address"))
            ->setObjectName(QStringLiteral("copyEmail"));
        auto *write =
            new QPushButton(QIcon::fromTheme(QStringLiteral("mail-send")), tr("Write e-mail"), row);
        write->setObjectName(QStringLiteral("writeEmail"));
        write->setAccessibleName(tr("Write e-mail to %1").arg(address));
        connect(write, &QPushButton::clicked, this, [address] {
            QUrl url;
            url.setScheme(QStringLiteral("mailto"));
            url.setPath(address);
            QDesktopServices::openUrl(url);
        });
        layout->addWidget(write);
        layout->addStretch(1);
        auto *caption = new QLabel(tr("E-mail:"), m_details);
        caption->setBuddy(value);
        m_form->addRow(caption, row);
    }
}

void ContactCard::addOrganization(const common::Record &record) {
    const QString organizationId = textOf(record.fields, "organization_id");
    if (organizationId.isEmpty())
        return;
    // The organization may lie in a space this person cannot read.
    const std::optional<common::Record> organization = m_workspace.replica().record(organizationId);
    if (!organization || organization->meta.deleted)
        return;
    const QString name = SearchText::displayTitle(EntityType::Contact, organization->fields);
    // A button does not wrap: a long name is elided (the tooltip has it all)
    // so the card stays as narrow as its other lines.
    auto *link = new QPushButton(m_details);
    link->setText(link->fontMetrics().elidedText(name, Qt::ElideRight,
                                                 link->fontMetrics().averageCharWidth() * 32));
    link->setObjectName(QStringLiteral("organizationLink"));
    link->setFlat(true);
    link->setCursor(Qt::PointingHandCursor);
    link->setStyleSheet(QStringLiteral("text-decoration: underline; text-align: left;"));
    link->setAccessibleName(tr("Organization %1").arg(name));
    link->setToolTip(tr("Show %1").arg(name));
    connect(link, &QPushButton::clicked, this,
            [this, organizationId] { Q_EMIT contactRequested(organizationId); });
    auto *caption = new QLabel(tr("Organization:"), m_details);
    caption->setBuddy(link);
    m_form->addRow(caption, link);
}

void ContactCard::addPeople(const common::Record &record) {
    auto *people = new QListWidget(m_details);
    people->setObjectName(QStringLiteral("organizationPeople"));
    people->setAccessibleName(tr("People of this organization"));
    try {
        // The people link to their organization through records.parent_id.
        ReplicaQuery query(
            m_workspace.replica().database().connection(),
            QStringLiteral("SELECT id, fields FROM records WHERE parent_id = ?"
                           " AND parent_id <> '' AND type = 'contact'"
                           " AND deleted = 0 ORDER BY"
                           " json_extract(fields, '$.family_name') COLLATE NOCASE"
                           " LIMIT 500"),
            QStringLiteral("list the people of organization %1").arg(record.meta.id));
        query.exec({record.meta.id});
        while (query.next()) {
            const QJsonObject fields =
                QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object();
            QString text = SearchText::displayTitle(EntityType::Contact, fields);
            const QString function = textOf(fields, "function");
            if (!function.isEmpty())
                text = tr("%1 (%2)").arg(text, function);
            auto *item = new QListWidgetItem(text, people);
            item->setData(Qt::UserRole, query.value(0));
        }
    } catch (const common::Error &error) {
        new QListWidgetItem(error.message(), people);
    }
    if (people->count() == 0) {
        delete people;
        return;
    }
    people->setMaximumHeight(160);
    connect(people, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString id = item->data(Qt::UserRole).toString();
        if (!id.isEmpty())
            Q_EMIT contactRequested(id);
    });
    auto *caption = new QLabel(tr("&People:"), m_details);
    caption->setBuddy(people);
    m_form->addRow(caption, people);
}

} // namespace hn::client
