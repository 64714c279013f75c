// SPDX-License-Identifier: GPL-3.0-or-later
// The console's tables line up by what a terminal shows, not by bytes or
// UTF-16 units.
#include "server/admin/TextTable.h"

#include <catch2/catch.hpp>

using hn::server::TextTable;

TEST_CASE("display width: umlauts once, combining marks not at all, wide characters twice") {
    CHECK(TextTable::displayWidth(QStringLiteral("Müller")) == 6);
    // "Müller" with a combining diaeresis (u + U+0308).
    CHECK(TextTable::displayWidth(QStringLiteral("Mu\u0308ller")) == 6);
    CHECK(TextTable::displayWidth(QStringLiteral("Yılmaz")) == 6);
    CHECK(TextTable::displayWidth(QStringLiteral("東京")) == 4);
    // An emoji outside the BMP is one character of two UTF-16 units, two cells wide.
    CHECK(TextTable::displayWidth(QString::fromUtf8("\xF0\x9F\x98\x80")) == 2);
    CHECK(TextTable::displayWidth(QString()) == 0);
}

TEST_CASE("columns line up, lines keep no trailing spaces, line breaks become spaces") {
    TextTable table({QStringLiteral("NAME"), QStringLiteral("ORT")});
    table.addRow({QStringLiteral("Ömer Çelik"), QStringLiteral("Adorf")});
    table.addRow({QStringLiteral("Mu\u0308ller"), QStringLiteral("Bedorf")});
    table.addRow({QStringLiteral("東京"), QStringLiteral("zwei\nZeilen")});
    table.addRow({QStringLiteral("Kurz")}); // missing cells are empty
    const QStringList lines = table.toString().split(u'\n');
    REQUIRE(lines.size() == 6); // heading, 4 rows, and the empty rest after the last '\n'
    CHECK(lines[0] == QStringLiteral("NAME        ORT"));
    CHECK(lines[1] == QStringLiteral("Ömer Çelik  Adorf"));
    CHECK(lines[2] == QStringLiteral("Mu\u0308ller      Bedorf"));
    CHECK(lines[3] == QStringLiteral("東京        zwei Zeilen"));
    CHECK(lines[4] == QStringLiteral("Kurz"));
    CHECK(lines[5].isEmpty());
    CHECK_FALSE(table.isEmpty());
    CHECK(TextTable({QStringLiteral("A")}).isEmpty());
}
