// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <memory>

class QAbstractItemView;

namespace hn::client {

// Paints a post of a PostListModel as a card: author, time, "edited" and
// "not sent yet" in the heading, the answered post, then the Markdown body
// and the attachment links (PostDocument). Clicking a link emits
// linkActivated. Laid-out documents are kept per post (up to a bound), so
// scrolling re-parses nothing.
class PostDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit PostDelegate(QAbstractItemView *view);

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

Q_SIGNALS:
    void linkActivated(const QUrl &link);

protected:
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

private:
    struct Body {
        QString markdown;
        QVariantList attachments;
        std::shared_ptr<QTextDocument> document; // QHash values must copy
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
    mutable QHash<QString, Body> m_bodies;
};

} // namespace hn::client
