// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/AccessRequest.h"

#include <array>
#include <utility>

namespace hn::common {

namespace {

constexpr std::array<std::pair<AccessRequestStatus, const char16_t *>, 3> kStatuses{
    {{AccessRequestStatus::Pending, u"pending"},
     {AccessRequestStatus::Approved, u"approved"},
     {AccessRequestStatus::Rejected, u"rejected"}}};

} // namespace

QString toString(AccessRequestStatus status) {
    for (const auto &[value, name] : kStatuses) {
        if (value == status)
            return QString::fromUtf16(name);
    }
    return QStringLiteral("unknown");
}

std::optional<AccessRequestStatus> parseAccessRequestStatus(const QString &name) {
    for (const auto &[value, text] : kStatuses) {
        if (name == QString::fromUtf16(text))
            return value;
    }
    return std::nullopt;
}

} // namespace hn::common
