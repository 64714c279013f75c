// SPDX-License-Identifier: GPL-3.0-or-later
// Permissions: the policy as the UI asks it, from a real replica's spaces
// and memberships.
#include "client/ui/shell/Permissions.h"

#include "client/core/PullPageData.h"
#include "client/core/Replica.h"
#include "common/Bucket.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace hn;
using common::Action;
using common::GlobalRole;

namespace {

const QString kMe = QStringLiteral("00000000-0000-4000-8000-000000000001");
const QString kOther = QStringLiteral("00000000-0000-4000-8000-000000000002");
const QString kTeam = QStringLiteral("00000000-0000-4000-8000-0000000000a1");
const QString kPublic = QStringLiteral("00000000-0000-4000-8000-0000000000b2");

common::Actor actor(GlobalRole role) {
    return {kMe, role, common::AccountStatus::Active, QString()};
}

common::Record contactBy(const QString &author, const QString &space) {
    common::Record record;
    record.type = common::EntityType::Contact;
    record.meta.id = QStringLiteral("00000000-0000-4000-8000-0000000000c3");
    record.meta.spaceId = space;
    record.meta.createdBy = author;
    return record;
}

} // namespace

TEST_CASE("Permissions: an author edits own records but not others' and guests read only",
          "[ui][permissions]") {
    QHash<QString, common::SpaceContext> spaces;
    spaces.insert(kTeam, {kTeam, false, false, common::SpaceLevel::Author});
    spaces.insert(kPublic, {kPublic, true, false, std::nullopt});

    const client::Permissions member(actor(GlobalRole::Member), spaces);
    CHECK(member.mayCreate(kTeam));
    CHECK_FALSE(member.mayCreate(kPublic));
    CHECK(member.mayEdit(contactBy(kMe, kTeam)));
    const common::Decision others = member.mayEdit(contactBy(kOther, kTeam));
    CHECK_FALSE(others);
    CHECK_FALSE(others.reason.isEmpty());
    CHECK(member.writableSpaceIds() == QStringList{kTeam});
    CHECK_FALSE(member.isReadOnly());

    const client::Permissions guest(actor(GlobalRole::Guest), spaces);
    CHECK(guest.isReadOnly());
    CHECK_FALSE(guest.mayCreate(kPublic));
    CHECK(guest.may(Action::Read, kPublic));

    const common::Decision unknown = member.mayCreate(QStringLiteral("nope"));
    CHECK_FALSE(unknown);
    CHECK_FALSE(unknown.reason.isEmpty());
}
