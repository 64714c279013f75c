// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>
#include <QVariantList>
#include <optional>

class QTextDocument;

namespace hn::client {

// A post as rich text: its Markdown body through QTextDocument (raw HTML
// in the body is dropped, so a post cannot pull in remote content or fake
// the application's own links), followed by its attached documents as
// links of the form "hn-document:<id>" that the thread view opens in the
// documents section.
class PostDocument {
public:
    // Replaces the document's content. `attachments` as PostListModel's
    // AttachmentsRole: QStringList{document id, title} each.
    static void fill(QTextDocument &document, const QString &markdown,
                     const QVariantList &attachments = {});
    // The link an attachment gets.
    static QUrl documentLink(const QString &documentId);
    // The document id of such a link; nullopt for any other link.
    static std::optional<QString> documentIdOf(const QUrl &link);
};

} // namespace hn::client
