// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Record.h"

#include <QString>
#include <QVariant>
#include <functional>

namespace hn::client {

// One column of a RecordListModel: its heading, what a cell shows for each
// role, and how the column sorts in SQL (so sorting never loads the rows).
struct RecordColumn {
    QString header;
    // Called for every role a view asks for; return QVariant() for roles
    // the column does not answer.
    std::function<QVariant(const common::Record &record, int role)> data;
    // An SQL expression over the records table ("json_extract(fields,
    // '$.family_name')", "updated_at"); empty: the column does not sort.
    QString sortExpression;
};

} // namespace hn::client
