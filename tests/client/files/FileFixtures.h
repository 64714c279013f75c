// SPDX-License-Identifier: GPL-3.0-or-later
// Test files made on the fly: a one-page PDF with a text object, ODT and
// DOCX archives holding only the XML part the text is read from, and
// deterministic bytes of any size.
#pragma once

#include <QByteArray>
#include <QString>

namespace hn::test {

// A valid one-page PDF whose page shows `text` (ASCII) in Helvetica.
QByteArray pdfWithText(const QString &text);
// Writes an ODT (content.xml with one text:p per paragraph) to `path`.
void writeOdt(const QString &path, const QStringList &paragraphs);
// Writes a DOCX (word/document.xml with one w:p per paragraph) to `path`.
void writeDocx(const QString &path, const QStringList &paragraphs);
// `size` bytes from a generator seeded with `seed`.
QByteArray randomBytes(qint64 size, quint32 seed);
void writeFile(const QString &path, const QByteArray &bytes);
QByteArray readFile(const QString &path);

} // namespace hn::test
