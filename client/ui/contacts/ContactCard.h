// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Record.h"

#include <QString>
#include <QWidget>
#include <optional>

class QFormLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QVBoxLayout;

namespace hn::client {

class Workspace;

// The detail of one contact: every field, the organization as a link
// (a person) or the organization's people (an organization), "Copy" next
// to each phone number and e-mail address, and "Write e-mail", which opens
// the mail program through a mailto: link.
class ContactCard : public QWidget {
    Q_OBJECT
public:
    explicit ContactCard(Workspace &workspace, QWidget *parent = nullptr);

    // Shows the contact as the replica holds it now; an unknown id or
    // nullopt shows an empty card.
    void showContact(const std::optional<common::Record> &record);
    const QString &contactId() const { return m_contactId; }

Q_SIGNALS:
    // The person asked to see another contact (organization, its people).
    void contactRequested(const QString &recordId);

private:
    void clearCard();
    void addText(const QString &label, const QString &text);
    void addPhones(const common::Record &record);
    void addEmails(const common::Record &record);
    void addOrganization(const common::Record &record);
    void addPeople(const common::Record &record);
    QPushButton *addCopyButton(QWidget *row, const QString &value, const QString &what);

    Workspace &m_workspace;
    QString m_contactId;
    std::optional<common::Record> m_shown;
    QLabel *m_heading = nullptr;
    QLabel *m_subheading = nullptr;
    QWidget *m_details = nullptr;
    QFormLayout *m_form = nullptr;
};

} // namespace hn::client
