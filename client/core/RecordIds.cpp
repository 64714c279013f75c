// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/core/RecordIds.h"

#include <QUuid>

namespace hn::client::ids {

QString newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool isPrivateType(common::EntityType type) {
    return type == common::EntityType::ReadMarker || type == common::EntityType::Favourite;
}

} // namespace hn::client::ids
