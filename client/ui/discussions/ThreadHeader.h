// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Policy.h"
#include "common/Record.h"

#include <QWidget>

class QLabel;
class QToolButton;

namespace hn::client {

// The top of a thread view: title, whether it is pinned or locked, the
// Follow toggle and, for moderators, Pin and Lock (disabled with the
// policy's reason for everyone else), and a line for problems.
class ThreadHeader : public QWidget {
    Q_OBJECT
public:
    explicit ThreadHeader(QWidget *parent = nullptr);

    // `pinLock` is the policy's answer for the thread's area.
    void showThread(const common::Record &thread, const common::Decision &pinLock, bool following);
    // A problem to show until the next one ("" hides the line).
    void showNotice(const QString &text);

    QLabel *titleLabel() const { return m_title; }
    QLabel *noticeLabel() const { return m_notice; }
    QToolButton *followButton() const { return m_follow; }
    QToolButton *pinButton() const { return m_pin; }
    QToolButton *lockButton() const { return m_lock; }

Q_SIGNALS:
    // The person clicked a toggle; `on` is what they asked for.
    void followClicked(bool on);
    void pinClicked(bool on);
    void lockClicked(bool on);

private:
    QLabel *m_title;
    QLabel *m_state;
    QLabel *m_notice;
    QToolButton *m_follow;
    QToolButton *m_pin;
    QToolButton *m_lock;
};

} // namespace hn::client
