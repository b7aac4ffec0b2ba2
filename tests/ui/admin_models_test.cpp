// OfficeTreeModel, UserListModel and AdminViewModel / AccountViewModel, with data built from
// protos. The models run under QAbstractItemModelTester (which fails the test on any violation
// of the model contract, also during inserts and moves); the view models talk to FakeAdminApi.

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <optional>
#include <vector>

#include "fake_api_service.h"
#include "ui_test_support.h"
#include "viewmodels/account_view_model.h"
#include "viewmodels/admin_view_model.h"
#include "viewmodels/office_tree_model.h"
#include "viewmodels/user_list_model.h"
#include "viewmodels/user_role.h"

namespace audientia::gui {
namespace {

using testing::FakeAdminApi;
using testing::makeOffice;
using testing::makeUser;
using testing::waitUntil;
using Tester = QAbstractItemModelTester;

// National office with two regions (listed out of order), a town office under North, and an
// office whose parent is not listed (an admin who sees only part of the tree).
std::vector<v1::Office> sampleOffices() {
  return {makeOffice("town", "Town office", "north"), makeOffice("south", "South region", "root"),
          makeOffice("root", "National office", ""), makeOffice("north", "North region", "root"),
          makeOffice("stray", "Detached office", "not-listed", false)};
}

QString nameAt(const QModelIndex& index) {
  return index.data(Qt::DisplayRole).toString();
}

TEST(OfficeTreeModelTest, BuildsTheTreeFromParentIds) {
  OfficeTreeModel model;
  Tester tester(&model, Tester::FailureReportingMode::Fatal);
  model.setOffices(sampleOffices());
  EXPECT_EQ(model.officeCount(), 5);
  // Top level, by name: the detached office and the national office.
  ASSERT_EQ(model.rowCount(), 2);
  EXPECT_EQ(nameAt(model.index(0, 0)), "Detached office");
  EXPECT_EQ(nameAt(model.index(0, OfficeTreeModel::kStateColumn)), "Inactive");
  const QModelIndex root = model.index(1, 0);
  EXPECT_EQ(nameAt(root), "National office");
  EXPECT_EQ(nameAt(model.index(1, OfficeTreeModel::kStateColumn)), "Active");
  ASSERT_EQ(model.rowCount(root), 2);
  const QModelIndex north = model.index(0, 0, root);
  EXPECT_EQ(nameAt(north), "North region");
  EXPECT_EQ(nameAt(model.index(1, 0, root)), "South region");
  EXPECT_EQ(model.parent(north), root);
  ASSERT_EQ(model.rowCount(north), 1);
  const QModelIndex town = model.index(0, 0, north);
  EXPECT_EQ(town.data(OfficeTreeModel::OfficeIdRole).toString(), "town");
  EXPECT_EQ(town.data(OfficeTreeModel::ParentIdRole).toString(), "north");
  EXPECT_EQ(model.parent(town), north);
  EXPECT_EQ(model.rowCount(town), 0);
  EXPECT_EQ(model.indexOf("town"), town);
  EXPECT_FALSE(model.indexOf("nowhere").isValid());
  EXPECT_EQ(model.officePath("town"), "National office / North region / Town office");
  EXPECT_EQ(model.officeName("nowhere"), "nowhere");
  EXPECT_TRUE(model.isInSubtree("town", "root"));
  EXPECT_TRUE(model.isInSubtree("north", "north"));
  EXPECT_FALSE(model.isInSubtree("south", "north"));
  EXPECT_FALSE(model.isInSubtree("root", "town"));
}

TEST(OfficeTreeModelTest, OfficeItemsAreWhatTheViewsRead) {
  OfficeTreeModel model;
  model.setOffices(sampleOffices());
  const std::optional<OfficeItem> town = model.officeItem("town");
  ASSERT_TRUE(town.has_value());
  EXPECT_EQ(town->id, "town");
  EXPECT_EQ(town->name, "Town office");
  EXPECT_EQ(town->parentId, "north");
  EXPECT_TRUE(town->active);
  const std::optional<OfficeItem> root = model.officeItem("root");
  ASSERT_TRUE(root.has_value());
  EXPECT_TRUE(root->parentId.isEmpty());
  EXPECT_FALSE(model.officeItem("stray")->active);
  EXPECT_FALSE(model.officeItem("nowhere").has_value());
}

TEST(OfficeTreeModelTest, RenameUpdatesTheRowInPlace) {
  OfficeTreeModel model;
  Tester tester(&model, Tester::FailureReportingMode::Fatal);
  model.setOffices(sampleOffices());
  QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
  QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
  v1::Office renamed = *model.office("north");
  renamed.set_name("Northern region");
  ASSERT_TRUE(model.upsertOffice(renamed));
  ASSERT_EQ(changed.count(), 1);
  EXPECT_EQ(changed[0][0].toModelIndex(), model.indexOf("north", 0));
  EXPECT_EQ(changed[0][1].toModelIndex(), model.indexOf("north", OfficeTreeModel::kStateColumn));
  EXPECT_EQ(reset.count(), 0);
  EXPECT_EQ(nameAt(model.indexOf("north")), "Northern region");
  EXPECT_EQ(model.officePath("town"), "National office / Northern region / Town office");

  v1::Office inactive = *model.office("south");
  inactive.set_active(false);
  ASSERT_TRUE(model.upsertOffice(inactive));
  EXPECT_FALSE(model.indexOf("south").data(OfficeTreeModel::ActiveRole).toBool());
  EXPECT_EQ(nameAt(model.indexOf("south", OfficeTreeModel::kStateColumn)), "Inactive");
}

TEST(OfficeTreeModelTest, MoveCarriesTheSubtreeAndInsertAddsAChild) {
  OfficeTreeModel model;
  Tester tester(&model, Tester::FailureReportingMode::Fatal);
  model.setOffices(sampleOffices());
  QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
  QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
  const QPersistentModelIndex town = model.indexOf("town");

  // North (with Town beneath it) moves under South.
  v1::Office north = *model.office("north");
  north.set_parent_id("south");
  ASSERT_TRUE(model.upsertOffice(north));
  EXPECT_EQ(moved.count(), 1);
  EXPECT_EQ(model.rowCount(model.indexOf("root")), 1);
  EXPECT_EQ(model.parent(model.indexOf("north")), model.indexOf("south"));
  EXPECT_EQ(model.officePath("town"),
            "National office / South region / North region / Town office");
  EXPECT_TRUE(town.isValid());  // the subtree went along, persistent indexes follow
  EXPECT_EQ(nameAt(town), "Town office");

  // Moving South under Town (its own descendant) is refused and changes nothing.
  v1::Office south = *model.office("south");
  south.set_parent_id("town");
  EXPECT_FALSE(model.upsertOffice(south));
  EXPECT_EQ(model.parent(model.indexOf("south")), model.indexOf("root"));

  ASSERT_TRUE(model.upsertOffice(makeOffice("village", "Village office", "town")));
  ASSERT_EQ(inserted.count(), 1);
  EXPECT_EQ(inserted[0][0].toModelIndex(), model.indexOf("town"));
  EXPECT_EQ(model.rowCount(model.indexOf("town")), 1);
  EXPECT_EQ(model.officeCount(), 6);
}

TEST(UserListModelTest, ShowsUsersWithTheirOfficeNamesAndFollowsRenames) {
  OfficeTreeModel offices;
  offices.setOffices(sampleOffices());
  UserListModel users(&offices);
  Tester tester(&users, Tester::FailureReportingMode::Fatal);
  users.setUsers({makeUser("zoe", "town", v1::ROLE_CLERK, true),
                  makeUser("adam", "north", v1::ROLE_PROSECUTOR)});
  ASSERT_EQ(users.rowCount(), 2);
  auto cell = [&](int row, int column) { return users.data(users.index(row, column)).toString(); };
  EXPECT_EQ(cell(0, UserListModel::kUsernameColumn), "adam");
  EXPECT_EQ(cell(0, UserListModel::kRoleColumn), "Prosecutor");
  EXPECT_EQ(cell(0, UserListModel::kOfficeColumn), "North region");
  EXPECT_EQ(cell(0, UserListModel::kStateColumn), "Active");
  EXPECT_EQ(cell(1, UserListModel::kUsernameColumn), "zoe");
  EXPECT_EQ(cell(1, UserListModel::kStateColumn), "Disabled");
  EXPECT_TRUE(users.data(users.index(1, 0), UserListModel::DisabledRole).toBool());
  const std::optional<UserItem> zoe = users.userItemAt(1);
  ASSERT_TRUE(zoe.has_value());
  EXPECT_EQ(zoe->username, "zoe");
  EXPECT_EQ(zoe->role, UserRole::kClerk);
  EXPECT_EQ(zoe->officeId, "town");
  EXPECT_TRUE(zoe->disabled);
  EXPECT_EQ(users.userItemAt(0)->role, UserRole::kProsecutor);
  EXPECT_FALSE(users.userItemAt(0)->disabled);
  EXPECT_FALSE(users.userItemAt(2).has_value());
  EXPECT_FALSE(users.userItemAt(-1).has_value());

  QSignalSpy changed(&users, &QAbstractItemModel::dataChanged);
  v1::Office renamed = *offices.office("north");
  renamed.set_name("Northern region");
  offices.upsertOffice(renamed);
  EXPECT_GE(changed.count(), 1);
  EXPECT_EQ(cell(0, UserListModel::kOfficeColumn), "Northern region");

  users.upsertUser(makeUser("adam", "north", v1::ROLE_ADMIN));
  EXPECT_EQ(cell(0, UserListModel::kRoleColumn), "Administrator");
  users.upsertUser(makeUser("mia", "north", v1::ROLE_AUDITOR));
  EXPECT_EQ(users.rowCount(), 3);
  EXPECT_EQ(users.rowOf("mia"), 2);
  EXPECT_TRUE(users.removeUser("zoe"));
  EXPECT_FALSE(users.removeUser("zoe"));
  EXPECT_EQ(users.rowCount(), 2);
}

TEST(AdminViewModelTest, LoadsTheTreeAndTheUsersOfTheAdminsOffice) {
  FakeAdminApi api;
  api.offices = sampleOffices();
  api.users = {makeUser("admin", "root", v1::ROLE_ADMIN),
               makeUser("clerk1", "town", v1::ROLE_CLERK)};
  AdminViewModel admin(api);
  Tester treeTester(admin.offices(), Tester::FailureReportingMode::Fatal);
  Tester usersTester(admin.users(), Tester::FailureReportingMode::Fatal);
  SessionInfo session;
  session.user = api.users[0];
  admin.setSession(session);
  QSignalSpy busy(&admin, &AdminViewModel::busyChanged);
  QSignalSpy usersLoaded(&admin, &AdminViewModel::usersLoaded);
  admin.refresh();
  EXPECT_TRUE(admin.isBusy());
  ASSERT_TRUE(usersLoaded.wait(5000));
  EXPECT_FALSE(admin.isBusy());
  EXPECT_EQ(admin.offices()->officeCount(), 5);
  EXPECT_EQ(admin.selectedOfficeId(), "root");
  EXPECT_TRUE(admin.isOwnOffice("root"));
  EXPECT_FALSE(admin.isOwnOffice("town"));
  EXPECT_FALSE(admin.isOwnOffice({}));
  EXPECT_TRUE(admin.isSelf("admin"));
  EXPECT_FALSE(admin.isSelf("clerk1"));
  ASSERT_EQ(admin.users()->rowCount(), 1);
  EXPECT_EQ(admin.users()->userAt(0)->username(), "admin");

  admin.selectOffice("town");
  ASSERT_TRUE(usersLoaded.wait(5000));
  ASSERT_EQ(admin.users()->rowCount(), 1);
  EXPECT_EQ(admin.users()->userAt(0)->username(), "clerk1");
  EXPECT_EQ(api.calls, (QStringList{"listOffices", "listUsers", "listUsers"}));
  EXPECT_EQ(busy.count(), 4);  // true/false per round trip
}

TEST(AdminViewModelTest, ActionsUpdateTheModelsFromTheServersAnswer) {
  FakeAdminApi api;
  api.offices = sampleOffices();
  AdminViewModel admin(api);
  Tester treeTester(admin.offices(), Tester::FailureReportingMode::Fatal);
  Tester usersTester(admin.users(), Tester::FailureReportingMode::Fatal);
  QSignalSpy done(&admin, &AdminViewModel::actionSucceeded);
  QSignalSpy errors(&admin, &AdminViewModel::errorOccurred);
  QSignalSpy usersLoaded(&admin, &AdminViewModel::usersLoaded);
  admin.refresh();
  ASSERT_TRUE(usersLoaded.wait(5000));
  admin.selectOffice("north");
  ASSERT_TRUE(usersLoaded.wait(5000));

  admin.createOffice(QStringLiteral("  Harbour office "));
  ASSERT_TRUE(done.wait(5000));
  EXPECT_EQ(done.last()[0].toString(), "Office Harbour office created under North region.");
  const QString harbour = QString::fromStdString(api.offices.back().id());
  EXPECT_EQ(admin.offices()->officePath(harbour),
            "National office / North region / Harbour office");

  admin.renameOffice(harbour, QStringLiteral("Port office"));
  ASSERT_TRUE(done.wait(5000));
  EXPECT_EQ(admin.offices()->officeName(harbour), "Port office");

  admin.moveOffice(harbour, QStringLiteral("south"));
  ASSERT_TRUE(done.wait(5000));
  EXPECT_EQ(admin.offices()->officePath(harbour), "National office / South region / Port office");

  // Refused before any call: under itself.
  admin.moveOffice(QStringLiteral("north"), QStringLiteral("town"));
  ASSERT_EQ(errors.count(), 1);
  EXPECT_TRUE(errors.last()[0].toString().contains("cannot move under itself"));

  admin.setOfficeActive(harbour, false);
  ASSERT_TRUE(done.wait(5000));
  EXPECT_FALSE(admin.offices()->office(harbour)->active());

  admin.createUser(QStringLiteral("clerk2"), UserRole::kClerk, QStringLiteral("long enough pass"));
  ASSERT_TRUE(done.wait(5000));
  EXPECT_EQ(done.last()[0].toString(), "User clerk2 created in North region as clerk.");
  ASSERT_EQ(admin.users()->rowCount(), 1);
  EXPECT_EQ(admin.users()->data(admin.users()->index(0, UserListModel::kOfficeColumn)).toString(),
            "North region");

  admin.changeRole(QStringLiteral("clerk2"), UserRole::kProsecutor);
  ASSERT_TRUE(done.wait(5000));
  EXPECT_EQ(admin.users()->userAt(0)->role(), v1::ROLE_PROSECUTOR);
  admin.setUserDisabled(QStringLiteral("clerk2"), true);
  ASSERT_TRUE(done.wait(5000));
  EXPECT_TRUE(admin.users()->userAt(0)->disabled());
  admin.resetPassword(QStringLiteral("clerk2"), QStringLiteral("another long one"));
  ASSERT_TRUE(done.wait(5000));
  EXPECT_TRUE(done.last()[0].toString().startsWith("Password of clerk2 reset"));
  EXPECT_EQ(errors.count(), 1);
}

TEST(AdminViewModelTest, TheServersRefusalIsShownAndChangesNothing) {
  FakeAdminApi api;
  api.offices = sampleOffices();
  AdminViewModel admin(api);
  QSignalSpy errors(&admin, &AdminViewModel::errorOccurred);
  QSignalSpy usersLoaded(&admin, &AdminViewModel::usersLoaded);
  admin.refresh();
  ASSERT_TRUE(usersLoaded.wait(5000));

  api.failNext = Error{ErrorCode::kInvalidArgument, "password: too short (at least 12 characters)"};
  admin.createUser(QStringLiteral("clerk3"), UserRole::kClerk, QStringLiteral("short"));
  ASSERT_TRUE(errors.wait(5000));
  EXPECT_EQ(errors.last()[0].toString(),
            "Creating user clerk3 failed: password: too short (at least 12 characters)");
  EXPECT_EQ(admin.users()->rowOf("clerk3"), -1);

  // Form checks stop a call before it is made.
  const int callsBefore = static_cast<int>(api.calls.size());
  admin.createUser(QStringLiteral("x"), UserRole::kClerk, QStringLiteral("long enough pass"));
  admin.createOffice(QStringLiteral("   "));
  EXPECT_EQ(errors.count(), 3);
  EXPECT_EQ(api.calls.size(), callsBefore);
  EXPECT_TRUE(validateUsername("clerk.one@north").isEmpty());
  EXPECT_FALSE(validateUsername("no spaces").isEmpty());
  EXPECT_FALSE(validateNewPassword("a", "b").isEmpty());
  EXPECT_TRUE(validateNewPassword("same", "same").isEmpty());
}

TEST(AccountViewModelTest, ChecksTheFormThenAsksTheServer) {
  FakeAdminApi api;
  AccountViewModel account(api);
  QSignalSpy failed(&account, &AccountViewModel::passwordChangeFailed);
  QSignalSpy changed(&account, &AccountViewModel::passwordChanged);
  account.changeOwnPassword("old password", "new password 1", "new password 2");
  ASSERT_EQ(failed.count(), 1);
  EXPECT_TRUE(failed.last()[0].toString().contains("differ"));
  account.changeOwnPassword("same password", "same password", "same password");
  ASSERT_EQ(failed.count(), 2);
  EXPECT_TRUE(api.calls.isEmpty());

  api.failNext = Error{ErrorCode::kUnauthenticated, "current password is wrong"};
  account.changeOwnPassword("old password", "new password 1", "new password 1");
  EXPECT_TRUE(account.isBusy());
  ASSERT_TRUE(failed.wait(5000));
  EXPECT_EQ(failed.last()[0].toString(), "current password is wrong");
  account.changeOwnPassword("old password", "new password 1", "new password 1");
  ASSERT_TRUE(changed.wait(5000));
  EXPECT_FALSE(account.isBusy());
  EXPECT_EQ(api.calls, (QStringList{"changeOwnPassword", "changeOwnPassword"}));
}

}  // namespace
}  // namespace audientia::gui
