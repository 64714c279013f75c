// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace hn::server {

// One page of a list answer (admin.proto's paging rules).
template <typename T> struct Paged {
    QList<T> items;
    QString nextPageToken; // empty on the last page
};

// page_size and page_token as received: 0 means the default (100), more
// than 1000 is capped. A token is the position to go on from, opaque to
// clients; a malformed one is refused naming "page_token".
struct Paging {
    static constexpr int kDefaultSize = 100;
    static constexpr int kMaxSize = 1000;

    int size = kDefaultSize;
    qint64 position = 0; // an offset, or an id for the audit log

    static Paging parse(int pageSize, const std::string &pageToken);
    static QString tokenFor(qint64 position);

    // The page of `all` at this offset, with the token for the next one.
    template <typename T> Paged<T> slice(const QList<T> &all) const {
        Paged<T> page;
        const qsizetype start = qsizetype(std::min<qint64>(position, all.size()));
        page.items = all.mid(start, size);
        if (start + size < all.size())
            page.nextPageToken = tokenFor(start + size);
        return page;
    }
};

} // namespace hn::server
