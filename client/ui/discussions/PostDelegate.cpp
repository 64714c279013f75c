// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ui/discussions/PostDelegate.h"

#include "client/ui/discussions/PostDocument.h"
#include "client/ui/discussions/PostListModel.h"
#include "client/ui/models/RecordListModel.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <algorithm>

namespace hn::client {

namespace {

int marginOf(const QFont &font) {
    return QFontMetrics(font).height() / 2;
}

QFont headingFont(QFont font) {
    font.setBold(true);
    return font;
}

QFont replyFont(QFont font) {
    font.setItalic(true);
    return font;
}

} // namespace

PostDelegate::PostDelegate(QAbstractItemView *view, int keptBodies)
    : QStyledItemDelegate(view)
    , m_view(view)
    , m_bodies(std::max(1, keptBodies)) {}

int PostDelegate::cardWidth(const QRect &) const {
    // QListView asks for size hints without a meaningful rect: the card is
    // always as wide as the list's visible area.
    return std::max(200, m_view->viewport()->width());
}

QTextDocument &PostDelegate::documentFor(const QModelIndex &index, int width) const {
    const QString id = index.data(RecordListModel::RecordIdRole).toString();
    const QString markdown = index.data(PostListModel::BodyRole).toString();
    const QVariantList attachments = index.data(PostListModel::AttachmentsRole).toList();
    Body *body = m_bodies.object(id);
    if (!body || body->markdown != markdown || body->attachments != attachments) {
        body = new Body;
        body->markdown = markdown;
        body->attachments = attachments;
        body->document.setDefaultFont(m_view->font());
        body->document.setDocumentMargin(0);
        PostDocument::fill(body->document, markdown, attachments);
        // Makes room by dropping the body used longest ago (a reference
        // handed out before is used only until the next call).
        m_bodies.insert(id, body);
    }
    if (!qFuzzyCompare(body->document.textWidth(), qreal(width)))
        body->document.setTextWidth(width);
    return body->document;
}

QString PostDelegate::headingText(const QModelIndex &index) const {
    const QDateTime posted = index.data(PostListModel::PostedAtRole).toDateTime();
    QString text = tr("%1 \u00b7 %2")
                       .arg(index.data(PostListModel::AuthorRole).toString(),
                            QLocale().toString(posted.toLocalTime(), QLocale::ShortFormat));
    if (index.data(PostListModel::EditedAtRole).toDateTime().isValid())
        text += tr(" \u00b7 edited");
    switch (index.data(PostListModel::SyncStateRole).value<PostListModel::SyncState>()) {
    case PostListModel::SyncState::Synced:
        break;
    case PostListModel::SyncState::Pending:
        text += tr(" \u00b7 not sent yet");
        break;
    case PostListModel::SyncState::Rejected:
        text += tr(" \u00b7 refused by the server: %1")
                    .arg(index.data(PostListModel::RejectionRole).toString());
        break;
    }
    return text;
}

PostDelegate::Layout PostDelegate::layoutFor(const QRect &rect, const QFont &font,
                                             const QModelIndex &index) const {
    const int margin = marginOf(font);
    const int width = cardWidth(rect) - 2 * margin;
    const int line = QFontMetrics(headingFont(font)).height();
    Layout layout;
    int y = rect.top() + margin;
    layout.heading = QRect(rect.left() + margin, y, width, line);
    y += line + margin / 2;
    if (!index.data(PostListModel::ReplyToTextRole).toString().isEmpty()) {
        layout.reply =
            QRect(rect.left() + margin, y, width, QFontMetrics(replyFont(font)).height());
        y += layout.reply.height() + margin / 2;
    }
    const QTextDocument &body = documentFor(index, width);
    layout.body = &body;
    layout.bodyOrigin = QPoint(rect.left() + margin, y);
    y += int(std::ceil(body.size().height())) + margin;
    layout.height = y - rect.top();
    return layout;
}

QSize PostDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const {
    const Layout layout = layoutFor(QRect(0, 0, cardWidth(option.rect), 0), option.font, index);
    return {cardWidth(option.rect), layout.height};
}

void PostDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const {
    QStyleOptionViewItem card = option;
    initStyleOption(&card, index);
    // The frame only (selection, focus); the content is drawn below.
    card.text.clear();
    card.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &card, painter, widget);

    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QColor text = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const Layout layout = layoutFor(option.rect, option.font, index);

    painter->save();
    painter->setPen(text);
    painter->setFont(headingFont(option.font));
    painter->drawText(layout.heading, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(painter->font())
                          .elidedText(headingText(index), Qt::ElideRight, layout.heading.width()));
    if (!layout.reply.isEmpty()) {
        painter->setFont(replyFont(option.font));
        const QString reply =
            tr("In reply to %1").arg(index.data(PostListModel::ReplyToTextRole).toString());
        painter->drawText(
            layout.reply, Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetrics(painter->font()).elidedText(reply, Qt::ElideRight, layout.reply.width()));
    }
    painter->translate(layout.bodyOrigin);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = option.palette;
    context.palette.setColor(QPalette::Text, text);
    layout.body->documentLayout()->draw(painter, context);
    painter->restore();

    painter->save();
    painter->setPen(option.palette.color(QPalette::Mid));
    painter->drawLine(option.rect.bottomLeft(), option.rect.bottomRight());
    painter->restore();
}

QString PostDelegate::anchorAt(const QModelIndex &index, const QPoint &point) const {
    const QRect rect = m_view->visualRect(index);
    if (!rect.contains(point))
        return {};
    const Layout layout = layoutFor(rect, m_view->font(), index);
    return layout.body->documentLayout()->anchorAt(QPointF(point - layout.bodyOrigin));
}

const QTextDocument &PostDelegate::bodyOf(const QModelIndex &index) const {
    return documentFor(index, cardWidth({}) - 2 * marginOf(m_view->font()));
}

void PostDelegate::forget() {
    m_bodies.clear();
}

bool PostDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                               const QStyleOptionViewItem &option, const QModelIndex &index) {
    if (event->type() == QEvent::MouseButtonRelease) {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton) {
            const QString anchor = anchorAt(index, mouse->position().toPoint());
            if (!anchor.isEmpty()) {
                Q_EMIT linkActivated(QUrl(anchor));
                return true;
            }
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace hn::client
