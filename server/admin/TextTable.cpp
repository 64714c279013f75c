// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/admin/TextTable.h"

#include "server/admin/ConsoleText.h"

#include <algorithm>

namespace hn::server {

namespace {

bool isWide(char32_t c) {
    // The East Asian Wide/Fullwidth blocks and emoji, which terminals draw
    // two cells wide.
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF)
           || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF)
           || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
           || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1FAFF)
           || (c >= 0x20000 && c <= 0x3FFFD);
}

// One line per cell: a table row never breaks, so line breaks in a value
// (a request's message) are shown as spaces.
QString flat(QString cell) {
    cell.replace(QLatin1String("\r\n"), QLatin1String(" "));
    cell.replace(u'\n', u' ');
    cell.replace(u'\t', u' ');
    return cell;
}

} // namespace

TextTable::TextTable(QStringList headings)
    : m_headings(std::move(headings)) {}

void TextTable::addRow(QStringList cells) {
    while (cells.size() < m_headings.size())
        cells.append(QString());
    for (QString &cell : cells)
        cell = flat(cell);
    m_rows.append(std::move(cells));
}

qsizetype TextTable::displayWidth(const QString &text) {
    qsizetype width = 0;
    for (const char32_t c : text.toUcs4()) {
        const QChar::Category category = QChar::category(c);
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing
            || category == QChar::Other_Format)
            continue;
        width += isWide(c) ? 2 : 1;
    }
    return width;
}

QString TextTable::toString() const {
    QList<qsizetype> widths;
    for (const QString &heading : m_headings)
        widths.append(displayWidth(heading));
    for (const QStringList &row : m_rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(row[i]));
    }
    auto line = [&](const QStringList &cells) {
        QString text;
        for (qsizetype i = 0; i < cells.size() && i < widths.size(); ++i) {
            const bool last = i + 1 == widths.size();
            text += cells[i];
            if (!last)
                text += QString(widths[i] - displayWidth(cells[i]) + 2, u' ');
        }
        // Trailing spaces of short last cells are noise for diff and grep.
        while (text.endsWith(u' '))
            text.chop(1);
        return text + u'\n';
    };
    QString text = line(m_headings);
    for (const QStringList &row : m_rows)
        text += line(row);
    return text;
}

void TextTable::print(const QString &emptyText) const {
    ConsoleText::out(m_rows.isEmpty() ? emptyText + u'\n' : toString());
}

} // namespace hn::server
