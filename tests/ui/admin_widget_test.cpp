// The Administration tab's widgets over AdminViewModel and FakeAdminApi: which actions are
// offered for what is selected, and the forms' checks as they are typed. With
// AUDIENTIA_SCREENSHOT_DIR set, the dialogs are also saved there as PNGs to look at.

#include "views/admin_widget.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTreeView>
#include <cstdlib>

#include "fake_api_service.h"
#include "ui_test_support.h"
#include "viewmodels/admin_view_model.h"
#include "views/admin_dialogs.h"
#include "widget_pictures.h"

namespace audientia::gui {
namespace {

using testing::FakeAdminApi;
using testing::makeOffice;
using testing::makeUser;

QAction* actionNamed(QWidget& widget, const QString& prefix) {
  for (QAction* action : widget.findChildren<QAction*>()) {
    if (action->text().startsWith(prefix)) return action;
  }
  return nullptr;
}

class AdminWidgetTest : public ::testing::Test {
 protected:
  void SetUp() override {
    api_.offices = {makeOffice("root", "National office", ""),
                    makeOffice("north", "North region", "root"),
                    makeOffice("south", "South region", "root", false)};
    api_.users = {makeUser("admin", "root", v1::ROLE_ADMIN),
                  makeUser("registrar", "root", v1::ROLE_ADMIN)};
    SessionInfo session;
    session.user = api_.users[0];
    admin_.setSession(session);
    widget_.resize(1000, 500);
    QSignalSpy loaded(&admin_, &AdminViewModel::usersLoaded);
    admin_.refresh();
    ASSERT_TRUE(loaded.wait(5000));
  }

  FakeAdminApi api_;
  AdminViewModel admin_{api_};
  AdminWidget widget_{admin_, nullptr};
};

TEST_F(AdminWidgetTest, OffersOnlyTheActionsThatFitTheSelection) {
  EXPECT_EQ(widget_.officesView()->currentIndex().data().toString(), "National office");
  // The top office (the admin's own) can be renamed, but not moved or deactivated.
  EXPECT_TRUE(actionNamed(widget_, "Rename")->isEnabled());
  EXPECT_FALSE(actionNamed(widget_, "Move")->isEnabled());
  EXPECT_FALSE(actionNamed(widget_, "Deactivate")->isEnabled());
  // The first user who is not oneself is selected first.
  ASSERT_EQ(widget_.usersView()->currentIndex().row(), 1);
  EXPECT_TRUE(actionNamed(widget_, "Disable user")->isEnabled());
  EXPECT_TRUE(actionNamed(widget_, "Change role")->isEnabled());
  // No disabling, demoting or resetting oneself by a slip.
  widget_.usersView()->selectRow(0);
  EXPECT_EQ(widget_.usersView()->currentIndex().data().toString(), "admin (you)");
  EXPECT_FALSE(actionNamed(widget_, "Disable user")->isEnabled());
  EXPECT_FALSE(actionNamed(widget_, "Reset password")->isEnabled());
  EXPECT_FALSE(actionNamed(widget_, "Change role")->isEnabled());

  // An inactive office: reactivate, and no new users there.
  QSignalSpy loaded(&admin_, &AdminViewModel::usersLoaded);
  widget_.officesView()->setCurrentIndex(admin_.offices()->indexOf("south"));
  ASSERT_TRUE(loaded.wait(5000));
  EXPECT_EQ(admin_.selectedOfficeId(), "south");
  EXPECT_TRUE(actionNamed(widget_, "Reactivate")->isEnabled());
  EXPECT_FALSE(actionNamed(widget_, "New user")->isEnabled());
  EXPECT_TRUE(actionNamed(widget_, "Move")->isEnabled());
  testing::keepPicture(widget_, "admin-widget-test.png", testing::PictureSize::FitToContents);
}

TEST(AdminDialogsTest, NewUserFormChecksItsFieldsAsTheyAreTyped) {
  NewUserDialog dialog(QStringLiteral("National office / North region"), nullptr);
  auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
  const QList<QLineEdit*> fields = dialog.findChildren<QLineEdit*>();
  ASSERT_EQ(fields.size(), 3);
  EXPECT_FALSE(ok->isEnabled());
  fields[0]->setText(QStringLiteral("clerk.one"));
  fields[1]->setText(QStringLiteral("Long-enough-password-1"));
  EXPECT_FALSE(ok->isEnabled());  // not repeated yet
  fields[2]->setText(QStringLiteral("Long-enough-password-2"));
  EXPECT_FALSE(ok->isEnabled());
  fields[2]->setText(QStringLiteral("Long-enough-password-1"));
  EXPECT_TRUE(ok->isEnabled());
  EXPECT_EQ(dialog.role(), UserRole::kClerk);
  fields[0]->setText(QStringLiteral("no spaces"));
  EXPECT_FALSE(ok->isEnabled());
  fields[0]->setText(QStringLiteral("clerk.one"));

  QSignalSpy submitted(&dialog, &AdminFormDialog::submitted);
  ok->click();
  EXPECT_EQ(submitted.count(), 1);
  dialog.showError(QStringLiteral("Creating user clerk.one failed: password: too common"));
  dialog.show();
  testing::keepPicture(dialog, "admin-new-user-dialog.png", testing::PictureSize::FitToContents);
}

TEST(AdminDialogsTest, MoveDialogRefusesTheOfficesOwnSubtree) {
  OfficeTreeModel offices;
  offices.setOffices(
      {makeOffice("root", "National office", ""), makeOffice("north", "North region", "root"),
       makeOffice("town", "Town office", "north"), makeOffice("south", "South region", "root")});
  MoveOfficeDialog dialog(offices, QStringLiteral("north"), nullptr);
  auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
  auto* tree = dialog.findChild<QTreeView*>();
  ASSERT_NE(tree, nullptr);
  EXPECT_FALSE(ok->isEnabled());  // starts at the current parent
  tree->setCurrentIndex(offices.indexOf("town"));
  EXPECT_FALSE(ok->isEnabled());
  tree->setCurrentIndex(offices.indexOf("south"));
  EXPECT_TRUE(ok->isEnabled());
  EXPECT_EQ(dialog.newParentId(), "south");
  dialog.show();
  testing::keepPicture(dialog, "admin-move-dialog.png", testing::PictureSize::FitToContents);
}

}  // namespace
}  // namespace audientia::gui
