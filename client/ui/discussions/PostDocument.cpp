// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ui/discussions/PostDocument.h"

#include <QGuiApplication>
#include <QPalette>
#include <QTextCursor>
#include <QTextDocument>

namespace hn::client {

namespace {

const QString kScheme = QStringLiteral("hn-document");

} // namespace

void PostDocument::fill(QTextDocument &document, const QString &markdown,
                        const QVariantList &attachments) {
    document.setMarkdown(markdown,
                         QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub
                                                         | QTextDocument::MarkdownNoHTML));
    if (attachments.isEmpty())
        return;
    QTextCursor cursor(&document);
    cursor.movePosition(QTextCursor::End);
    for (const QVariant &attachment : attachments) {
        const QStringList idAndTitle = attachment.toStringList();
        if (idAndTitle.size() != 2)
            continue;
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
        // U+1F4CE PAPERCLIP: the usual sign for an attachment.
        cursor.insertText(QString::fromUtf8("\xF0\x9F\x93\x8E "), QTextCharFormat());
        QTextCharFormat link;
        link.setAnchor(true);
        link.setAnchorHref(documentLink(idAndTitle.at(0)).toString());
        link.setFontUnderline(true);
        link.setForeground(QGuiApplication::palette().link());
        cursor.insertText(idAndTitle.at(1), link);
    }
}

QUrl PostDocument::documentLink(const QString &documentId) {
    QUrl url;
    url.setScheme(kScheme);
    url.setPath(documentId);
    return url;
}

std::optional<QString> PostDocument::documentIdOf(const QUrl &link) {
    if (link.scheme() != kScheme || link.path().isEmpty())
        return std::nullopt;
    return link.path();
}

} // namespace hn::client
