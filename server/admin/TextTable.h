// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace hn::server {

// A table for people: a heading and rows in columns aligned by what a
// terminal shows (umlauts and other composed characters count once,
// combining marks not at all, East Asian wide characters twice).
class TextTable {
public:
    explicit TextTable(QStringList headings);

    void addRow(QStringList cells);
    bool isEmpty() const { return m_rows.isEmpty(); }
    QString toString() const;
    // Prints the table, or `emptyText` (a whole sentence) when it has no rows.
    void print(const QString &emptyText) const;

    // How many terminal columns `text` takes.
    static qsizetype displayWidth(const QString &text);

private:
    QStringList m_headings;
    QList<QStringList> m_rows;
};

} // namespace hn::server
