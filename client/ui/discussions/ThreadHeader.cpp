// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ui/discussions/ThreadHeader.h"

#include "client/ui/shell/DecisionDisplay.h"
#include "client/ui/shell/FieldFeedback.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace hn::client {

namespace {

QToolButton *toggle(const QString &icon, const QString &text, QWidget *parent) {
    auto *button = new QToolButton(parent);
    button->setIcon(QIcon::fromTheme(icon));
    button->setText(text);
    button->setCheckable(true);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    return button;
}

} // namespace

ThreadHeader::ThreadHeader(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_state(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_follow(toggle(QStringLiteral("emblem-favorite"), tr("&Follow"), this))
    , m_pin(toggle(QStringLiteral("emblem-important"), tr("&Pin"), this))
    , m_lock(toggle(QStringLiteral("emblem-readonly"), tr("&Lock"), this)) {
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_state->setAccessibleName(tr("State of the discussion"));
    m_notice->setWordWrap(true);
    FieldFeedback::styleAsError(m_notice);
    m_notice->hide();
    m_follow->setToolTip(tr("Get notified about new posts in this discussion"));
    connect(m_follow, &QToolButton::toggled, this,
            [this](bool on) { m_follow->setText(on ? tr("&Following") : tr("&Follow")); });
    connect(m_follow, &QToolButton::clicked, this, &ThreadHeader::followClicked);
    connect(m_pin, &QToolButton::clicked, this, &ThreadHeader::pinClicked);
    connect(m_lock, &QToolButton::clicked, this, &ThreadHeader::lockClicked);

    auto *row = new QHBoxLayout;
    row->addWidget(m_title, 1);
    row->addWidget(m_follow);
    row->addWidget(m_pin);
    row->addWidget(m_lock);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_state);
    layout->addWidget(m_notice);
}

void ThreadHeader::showThread(const common::Record &thread, const common::Decision &pinLock,
                              bool following) {
    const bool pinned = thread.fields.value(QStringLiteral("pinned")).toBool();
    const bool locked = thread.fields.value(QStringLiteral("locked")).toBool();
    m_title->setText(thread.fields.value(QStringLiteral("title")).toString());
    QStringList state;
    if (pinned)
        state << tr("Pinned");
    if (locked)
        state << tr("Locked: only moderators can post");
    m_state->setText(state.join(QStringLiteral(" \u00b7 ")));
    m_state->setVisible(!state.isEmpty());

    m_pin->setChecked(pinned);
    m_lock->setChecked(locked);
    showDecision(m_pin, pinLock,
                 pinned ? tr("Release the discussion from the top of the list")
                        : tr("Keep the discussion at the top of the list"));
    showDecision(m_lock, pinLock,
                 locked ? tr("Allow posts again") : tr("Allow posts by moderators only"));
    m_follow->setChecked(following);
}

void ThreadHeader::showNotice(const QString &text) {
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

} // namespace hn::client
