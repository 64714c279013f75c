// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ui/shell/ConcurrentEdit.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace hn::client {

namespace {

bool isEmptyValue(const QJsonValue &value) {
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return true;
    case QJsonValue::Bool:
        return !value.toBool();
    case QJsonValue::Double:
        return value.toDouble() == 0.0;
    case QJsonValue::String:
        return value.toString().isEmpty();
    case QJsonValue::Array:
        return value.toArray().isEmpty();
    case QJsonValue::Object:
        return value.toObject().isEmpty();
    }
    return false;
}

// Both sides are objects (or missing): compared part by part.
bool isObjectField(const QJsonValue &a, const QJsonValue &b, const QJsonValue &c) {
    auto fits = [](const QJsonValue &v) { return v.isObject() || v.isUndefined() || v.isNull(); };
    return fits(a) && fits(b) && fits(c) && (a.isObject() || b.isObject() || c.isObject());
}

QStringList keysOf(const QJsonObject &a, const QJsonObject &b) {
    QStringList keys = a.keys();
    for (const QString &key : b.keys()) {
        if (!keys.contains(key))
            keys.append(key);
    }
    return keys;
}

} // namespace

ConcurrentEdit::ConcurrentEdit(QJsonObject snapshot, QJsonObject now, QJsonObject mine)
    : m_snapshot(std::move(snapshot))
    , m_now(std::move(now))
    , m_mine(std::move(mine)) {
    for (auto it = m_mine.begin(); it != m_mine.end(); ++it) {
        const QString &key = it.key();
        const QJsonValue before = m_snapshot.value(key);
        const QJsonValue theirs = m_now.value(key);
        if (isObjectField(before, theirs, it.value())) {
            const QJsonObject b = before.toObject(), t = theirs.toObject(), m = it->toObject();
            for (const QString &part : keysOf(m, b)) {
                if (!same(m.value(part), b.value(part)) && !same(t.value(part), b.value(part))
                    && !same(m.value(part), t.value(part)))
                    m_clashes.append({key + u'.' + part, m.value(part), t.value(part)});
            }
        } else if (!same(it.value(), before) && !same(theirs, before)
                   && !same(it.value(), theirs)) {
            m_clashes.append({key, it.value(), theirs});
        }
    }
}

void ConcurrentEdit::keepTheirs(const QString &path) {
    m_theirs.insert(path);
}

QJsonObject ConcurrentEdit::changes() const {
    QJsonObject changes;
    for (auto it = m_mine.begin(); it != m_mine.end(); ++it) {
        const QString &key = it.key();
        const QJsonValue before = m_snapshot.value(key);
        const QJsonValue theirs = m_now.value(key);
        if (same(it.value(), before))
            continue;
        if (isObjectField(before, theirs, it.value())) {
            // The parts the person changed, over the object as it is now.
            const QJsonObject b = before.toObject(), m = it->toObject();
            QJsonObject merged = theirs.toObject();
            for (const QString &part : keysOf(m, b)) {
                if (!same(m.value(part), b.value(part)) && !m_theirs.contains(key + u'.' + part))
                    merged.insert(part, m.value(part));
            }
            if (!same(merged, theirs))
                changes.insert(key, merged);
        } else if (!m_theirs.contains(key) && !same(it.value(), theirs)) {
            changes.insert(key, it.value());
        }
    }
    return changes;
}

bool ConcurrentEdit::same(const QJsonValue &a, const QJsonValue &b) {
    if (a == b)
        return true;
    return isEmptyValue(a) && isEmptyValue(b);
}

QString ConcurrentEdit::describe(const QJsonValue &value) {
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("✓") : QStringLiteral("–");
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue &item : value.toArray()) {
            // A phone entry shows its number.
            if (item.isObject() && item.toObject().contains(QStringLiteral("number")))
                items.append(item.toObject().value(QStringLiteral("number")).toString());
            else
                items.append(describe(item));
        }
        return items.join(QStringLiteral(", "));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

} // namespace hn::client
