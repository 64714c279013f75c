// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/core/Paging.h"

#include "common/Error.h"

namespace hn::server {

Paging Paging::parse(int pageSize, const std::string &pageToken) {
    if (pageSize < 0) {
        throw common::Error::invalidArgument(QStringLiteral("page_size"),
                                             QStringLiteral("must not be negative"));
    }
    Paging paging;
    paging.size = pageSize == 0 ? kDefaultSize : std::min(pageSize, kMaxSize);
    if (!pageToken.empty()) {
        bool ok = false;
        paging.position = QString::fromStdString(pageToken).toLongLong(&ok);
        if (!ok || paging.position < 0) {
            throw common::Error::invalidArgument(
                QStringLiteral("page_token"),
                QStringLiteral("is not a token from a previous answer"));
        }
    }
    return paging;
}

QString Paging::tokenFor(qint64 position) {
    return QString::number(position);
}

} // namespace hn::server
