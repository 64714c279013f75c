// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ui/shell/TableRows.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QTableView>

namespace hn::client {

void showOneLineRows(QTableView *view) {
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    // A line of text with half a line of air, as the style's own rows.
    const int height = view->fontMetrics().height() * 3 / 2;
    QHeaderView *rows = view->verticalHeader();
    rows->setMinimumSectionSize(height);
    rows->setDefaultSectionSize(height);
    rows->setSectionResizeMode(QHeaderView::Fixed);
}

int columnWidthFor(const QTableView *view, int characters) {
    const QFontMetrics metrics(view->font());
    return metrics.averageCharWidth() * (characters + 2);
}

} // namespace hn::client
