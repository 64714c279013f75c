// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCache>
#include <QStyledItemDelegate>
#include <QTextDocument>

class QAbstractItemView;

namespace hn::client {

// Paints a post of a PostListModel as a card: author, time, "edited" and
// "not sent yet" in the heading, the answered post, then the Markdown body
// and the attachment links (PostDocument). Clicking a link emits
// linkActivated. Laid-out documents (and so the cards' heights) are kept
// per post for the `keptBodies` posts used last, so scrolling re-parses
// nothing and a very long thread re-parses only what comes back into view.
class PostDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    static constexpr int kKeptBodies = 2000;

    explicit PostDelegate(QAbstractItemView *view, int keptBodies = kKeptBodies);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The link under `point` (viewport coordinates) of the post at
    // `index`, or "" (the test finds an attachment link with it).
    QString anchorAt(const QModelIndex &index, const QPoint &point) const;
    // The laid-out body of the post (read-only; the test checks the Markdown).
    const QTextDocument &bodyOf(const QModelIndex &index) const;
    // After a refresh of the model: bodies may have changed.
    void forget();
    // Whether the post's laid-out body is still kept (for tests).
    bool keeps(const QString &postId) const { return m_bodies.contains(postId); }

Q_SIGNALS:
    void linkActivated(const QUrl &link);

protected:
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

private:
    struct Body {
        QString markdown;
        QVariantList attachments;
        QTextDocument document;
    };
    struct Layout {
        QRect heading;
        QRect reply; // empty when the post answers none
        QPoint bodyOrigin;
        const QTextDocument *body = nullptr;
        int height = 0;
    };

    Layout layoutFor(const QRect &rect, const QFont &font, const QModelIndex &index) const;
    QTextDocument &documentFor(const QModelIndex &index, int width) const;
    QString headingText(const QModelIndex &index) const;
    int cardWidth(const QRect &rect) const;

    QAbstractItemView *m_view;
    // Least recently used bodies go first.
    mutable QCache<QString, Body> m_bodies;
};

} // namespace hn::client
