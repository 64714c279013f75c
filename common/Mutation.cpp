// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Mutation.h"

#include <array>
#include <utility>

namespace hn::common {

namespace {

constexpr std::array<std::pair<MutationOp, const char16_t *>, 3> kOps{{
    {MutationOp::Create, u"create"},
    {MutationOp::Update, u"update"},
    {MutationOp::Delete, u"delete"},
}};
constexpr std::array<std::pair<MutationOutcome, const char16_t *>, 4> kOutcomes{{
    {MutationOutcome::Applied, u"applied"},
    {MutationOutcome::Merged, u"merged"},
    {MutationOutcome::Conflict, u"conflict"},
    {MutationOutcome::Rejected, u"rejected"},
}};

template <typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char16_t *>, N> &table, Enum value) {
    for (const auto &[v, name] : table) {
        if (v == value)
            return QString::fromUtf16(name);
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char16_t *>, N> &table,
                            const QString &name) {
    for (const auto &[v, n] : table) {
        if (name == QString::fromUtf16(n))
            return v;
    }
    return std::nullopt;
}

} // namespace

QString toString(MutationOp op) {
    return nameOf(kOps, op);
}
std::optional<MutationOp> parseMutationOp(const QString &name) {
    return valueOf(kOps, name);
}
QString toString(MutationOutcome outcome) {
    return nameOf(kOutcomes, outcome);
}
std::optional<MutationOutcome> parseMutationOutcome(const QString &name) {
    return valueOf(kOutcomes, name);
}

} // namespace hn::common
