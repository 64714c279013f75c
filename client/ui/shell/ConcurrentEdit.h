// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QString>

namespace hn::client {

// What a form may save when the record may have changed since the form
// was opened (a sync round pulled a colleague's edit meanwhile). Three
// views of the record's fields: the snapshot the form was filled from, the
// replica's fields now, and what the person has in the form. Only the
// fields the person changed against the snapshot are sent (a field only
// the colleague changed is never reverted to the form's stale value); a
// field both changed, to different values, is a clash the person decides
// (keep mine, or keep the value now on the server). Object fields (a
// contact's address) are compared one level deep, so two people changing
// different parts of the address do not clash.
class ConcurrentEdit {
public:
    struct Clash {
        QString path; // "title", "address.city"
        QJsonValue mine;
        QJsonValue theirs;
    };

    ConcurrentEdit(QJsonObject snapshot, QJsonObject now, QJsonObject mine);

    const QList<Clash> &clashes() const { return m_clashes; }
    // The person chose the value now in the replica for a clashing path:
    // it is then not sent.
    void keepTheirs(const QString &path);
    // The fields to send to Workspace::update (empty: nothing to save).
    QJsonObject changes() const;

    // Equal, counting a missing value as equal to an empty one ("", [], {},
    // false, 0): forms write every field, records may leave empty ones out.
    static bool same(const QJsonValue &a, const QJsonValue &b);
    // A value as a person reads it (lists joined by commas).
    static QString describe(const QJsonValue &value);

private:
    QJsonObject m_snapshot;
    QJsonObject m_now;
    QJsonObject m_mine;
    QList<Clash> m_clashes;
    QSet<QString> m_theirs;
};

} // namespace hn::client
