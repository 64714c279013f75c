// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QVariant>

// How the replica stores JSON and times in SQLite columns: JSON as compact
// UTF-8, bound as bytes (a pull writes thousands of objects, and text would
// be converted to UTF-16 and back on its way into SQLite); times as INTEGER
// milliseconds since the epoch (UTC), NULL for a null time.
namespace hn::client::json {

QByteArray toText(const QJsonObject &object);
QByteArray toText(const QJsonArray &array);
QJsonObject toObject(const QVariant &stored);
QJsonArray toArray(const QVariant &stored);

// Any JSON value (null included), stored as a one-element array.
QByteArray valueToText(const QJsonValue &value);
QJsonValue valueFromText(const QVariant &stored);

QByteArray listToText(const QStringList &list);
QStringList listFromText(const QVariant &stored);

QVariant fromTime(const QDateTime &time);
QDateTime toTime(const QVariant &stored);

} // namespace hn::client::json
