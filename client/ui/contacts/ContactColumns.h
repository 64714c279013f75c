// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/ui/models/RecordColumn.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace hn::client {

class Replica;

// The columns of the contact list: name, function, organization,
// municipality, phone, e-mail; each sorts in SQL. The organization column
// shows the linked organization's name, looked up once per organization
// and remembered until forget() (after the records changed).
class ContactColumns {
    Q_DECLARE_TR_FUNCTIONS(hn::client::ContactColumns)
public:
    enum Column { Name, Function, Organization, Municipality, Phone, Email };

    explicit ContactColumns(Replica &replica);

    // The columns; they refer to this object, which must outlive the model.
    QList<RecordColumn> columns();
    void forget() { m_organizationNames.clear(); }
    QString organizationName(const QString &organizationId);

private:
    Replica &m_replica;
    QHash<QString, QString> m_organizationNames;
};

} // namespace hn::client
