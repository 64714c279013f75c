// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/ui/models/RecordColumn.h"

#include <QCoreApplication>
#include <QList>

namespace hn::client {

class DocumentFacts;

// The columns of the document list: title, category, tags, current
// version, size, where the file is, who has it checked out. Sorting happens
// in SQL; version and size sort by the current DocumentVersion record.
class DocumentListColumns {
    Q_DECLARE_TR_FUNCTIONS(hn::client::DocumentListColumns)

public:
    enum Column { Title, Category, Tags, Version, Size, FileState, CheckedOut };
    static QList<RecordColumn> make(DocumentFacts &facts);
};

} // namespace hn::client
