// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/core/ReplicaJson.h"

#include <QJsonDocument>

namespace hn::client::json {

QByteArray toText(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray toText(const QJsonArray &array) {
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QJsonObject toObject(const QVariant &stored) {
    return QJsonDocument::fromJson(stored.toByteArray()).object();
}

QJsonArray toArray(const QVariant &stored) {
    return QJsonDocument::fromJson(stored.toByteArray()).array();
}

QByteArray valueToText(const QJsonValue &value) {
    return toText(QJsonArray{value});
}

QJsonValue valueFromText(const QVariant &stored) {
    const QJsonArray array = toArray(stored);
    return array.isEmpty() ? QJsonValue() : array.first();
}

QByteArray listToText(const QStringList &list) {
    return toText(QJsonArray::fromStringList(list));
}

QStringList listFromText(const QVariant &stored) {
    QStringList out;
    const QJsonArray array = toArray(stored);
    for (const QJsonValue &value : array)
        out << value.toString();
    return out;
}

QVariant fromTime(const QDateTime &time) {
    if (!time.isValid())
        return QVariant(QMetaType::fromType<qint64>());
    return QVariant(time.toMSecsSinceEpoch());
}

QDateTime toTime(const QVariant &stored) {
    if (stored.isNull())
        return {};
    // Qt::UTC rather than QTimeZone::utc(): before Qt 6.5 the latter yields a
    // Qt::TimeZone spec, which compares equal but prints differently.
    return QDateTime::fromMSecsSinceEpoch(stored.toLongLong(), Qt::UTC);
}

} // namespace hn::client::json
