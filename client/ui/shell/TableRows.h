// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QTableView;

namespace hn::client {

// One line per row, as office programs show lists: no word wrap, long
// texts elided at the right, and every row as high as the view's font
// asks. Uniform fixed heights also mean the view never asks a row for its
// size, so scrolling through 100,000 rows stays cheap.
void showOneLineRows(QTableView *view);

// The width of `characters` average characters of the view's font, plus
// the cell's padding: column widths that follow the font and the language.
int columnWidthFor(const QTableView *view, int characters);

} // namespace hn::client
