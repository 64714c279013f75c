// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace hn::client {

// The searchable text of a document file: PDF (poppler-cpp), ODT and DOCX
// (the zip's content.xml / word/document.xml read with QuaZip and
// QXmlStreamReader, one line per paragraph), and plain text (.txt, .csv,
// .md, text/*) as UTF-8, or Latin-1 when it is not valid UTF-8. Other
// kinds have no text. Never throws: a broken or unreadable file yields no
// text and a reason.
class DocumentText {
public:
    // At most this many characters are kept (the rest is cut off), so one
    // huge file cannot bloat the search index.
    static constexpr qsizetype kMaxChars = 2 * 1024 * 1024;

    struct Result {
        QString text;
        // Why there is no (or only part of the) text; empty when all went well.
        QString problem;
        bool truncated = false;
    };

    // `fileName` and `mimeType` (as uploaded) choose the kind.
    static Result extract(const QString &path, const QString &fileName, const QString &mimeType);

private:
    static Result fromPdf(const QString &path);
    static Result fromZippedXml(const QString &path, const QString &member,
                                const QString &paragraphElement);
    static Result fromPlainText(const QString &path);
};

} // namespace hn::client
