// The Uploads tab's widgets: which actions are offered for the selected item, the progress bars
// painted by the delegate, and where the tab and the "Add recording…" buttons appear (prosecutors
// only). The queue's rows come straight from journal entries; no service runs here (the queue
// against a real server is upload_real_server_test.cpp).

#include "views/uploads_widget.h"

#include <gtest/gtest.h>

#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <cstdlib>

#include "fake_api_service.h"
#include "ui_test_support.h"
#include "viewmodels/account_view_model.h"
#include "viewmodels/hearings_view_model.h"
#include "viewmodels/upload_queue_model.h"
#include "viewmodels/uploads_view_model.h"
#include "views/main_window.h"
#include "widget_pictures.h"

namespace audientia::gui {
namespace {

using client::UploadItemState;

client::UploadJournalEntry entry(const std::string& key, UploadItemState state,
                                 std::uint64_t durable) {
  client::UploadJournalEntry result;
  result.key = key;
  result.kind = client::UploadItemKind::kFile;
  result.hearingId = "h1";
  result.path = "/data/" + key + ".mp4";
  result.state = state;
  client::JournalFile file;
  file.sizeBytes = 4 * 1024 * 1024;
  file.durableBytes = durable;
  result.files.push_back(file);
  return result;
}

QPushButton* buttonNamed(QWidget& widget, const QString& prefix) {
  for (QPushButton* button : widget.findChildren<QPushButton*>()) {
    if (button->text().remove(QLatin1Char('&')).startsWith(prefix)) return button;
  }
  return nullptr;
}

TEST(UploadsWidgetTest, OffersTheActionsThatFitTheSelectedItem) {
  UploadsViewModel uploads;
  UploadsWidget widget(uploads, nullptr);
  widget.resize(1000, 300);
  auto* stack = widget.findChild<QStackedWidget*>();
  ASSERT_NE(stack, nullptr);
  EXPECT_NE(qobject_cast<QLabel*>(stack->currentWidget()), nullptr) << "an empty queue says so";
  QPushButton* removeFinished = buttonNamed(widget, QStringLiteral("Remove finished"));
  QPushButton* retry = buttonNamed(widget, QStringLiteral("Retry"));
  QPushButton* remove = buttonNamed(widget, QStringLiteral("Remove"));
  ASSERT_NE(removeFinished, nullptr);
  ASSERT_NE(retry, nullptr);
  ASSERT_NE(remove, nullptr);
  EXPECT_FALSE(widget.pauseButton()->isEnabled()) << "no service: nothing to pause";

  auto failed = entry("failed", UploadItemState::kFailed, 0);
  failed.error = "the file changed since its upload was queued";
  uploads.model()->setEntries({entry("queued", UploadItemState::kPending, 1024 * 1024),
                               entry("done", UploadItemState::kDone, 4 * 1024 * 1024), failed});
  EXPECT_EQ(stack->currentWidget(), widget.view());
  EXPECT_TRUE(removeFinished->isEnabled());

  widget.view()->selectRow(0);
  EXPECT_TRUE(widget.abortButton()->isEnabled());
  EXPECT_FALSE(remove->isEnabled());
  EXPECT_FALSE(retry->isEnabled());
  widget.view()->selectRow(1);
  EXPECT_FALSE(widget.abortButton()->isEnabled());
  EXPECT_TRUE(remove->isEnabled());
  widget.view()->selectRow(2);
  EXPECT_TRUE(retry->isEnabled());
  EXPECT_TRUE(remove->isEnabled());

  // The queued item runs: live progress.
  uploads.model()->setRunning(QStringLiteral("queued"));
  client::UploadProgress progress;
  progress.itemKey = "queued";
  progress.phase = client::UploadPhase::kSending;
  progress.sentBytes = 3 * 1024 * 1024;
  progress.totalBytes = 4 * 1024 * 1024;
  progress.bytesPerSecond = 12.5 * 1024 * 1024;
  uploads.model()->applyProgress(progress);

  widget.show();
  testing::keepPicture(widget, "uploads-widget.png");
  // The progress column is painted as bars: filled up to the share done, empty beyond it.
  widget.view()->clearSelection();
  const QImage picture = widget.grab().toImage();
  ASSERT_FALSE(picture.isNull());
  auto colourAt = [&](int row, double share) {
    const QRect cell =
        widget.view()->visualRect(uploads.model()->index(row, UploadQueueModel::kProgressColumn));
    const QPoint inCell(cell.left() + static_cast<int>(cell.width() * share), cell.center().y());
    return picture.pixelColor(widget.view()->viewport()->mapTo(&widget, inCell));
  };
  EXPECT_GE(widget.view()->columnWidth(UploadQueueModel::kProgressColumn), 100);
  EXPECT_NE(colourAt(0, 0.2), colourAt(0, 0.9)) << "75 %: filled, then empty";
  EXPECT_EQ(colourAt(1, 0.2), colourAt(1, 0.9)) << "100 %: filled throughout";
  EXPECT_EQ(colourAt(2, 0.2), colourAt(2, 0.9)) << "0 %: empty throughout";
  EXPECT_EQ(colourAt(1, 0.2), colourAt(0, 0.2));
}

TEST(UploadsWidgetTest, OnlyUploadersGetTheUploadsTabAndTheAddButtons) {
  testing::UnreachableApi api;
  HearingsViewModel hearings(api, api);
  SessionInfo session;
  session.user.set_username("p");
  session.user.set_role(v1::ROLE_PROSECUTOR);
  hearings.setSession(session);
  AccountViewModel account(api);
  UploadsViewModel uploads;
  auto tabTexts = [](MainWindow& window) {
    QStringList texts;
    auto* tabs = window.findChild<QTabWidget*>();
    for (int i = 0; tabs != nullptr && i < tabs->count(); ++i) texts << tabs->tabText(i);
    return texts;
  };
  MainWindow prosecutor(hearings, true, nullptr, &uploads, account,
                        MainWindow::ErrorDisplay::kStatusBarOnly, nullptr);
  EXPECT_EQ(tabTexts(prosecutor), QStringList({"&Hearings", "&Uploads"}));
  EXPECT_TRUE(prosecutor.showTab(MainWindow::Tab::kUploads));
  ASSERT_NE(prosecutor.uploadsWidget(), nullptr);
  QPushButton* add = buttonNamed(prosecutor, QStringLiteral("Add recording"));
  ASSERT_NE(add, nullptr);
  EXPECT_FALSE(add->isHidden());
  // The tab's title counts what is still to do.
  uploads.model()->setEntries({entry("queued", UploadItemState::kPending, 0)});
  EXPECT_EQ(tabTexts(prosecutor), QStringList({"&Hearings", "&Uploads (1)"}));

  MainWindow clerk(hearings, true, nullptr, nullptr, account,
                   MainWindow::ErrorDisplay::kStatusBarOnly, nullptr);
  EXPECT_EQ(tabTexts(clerk), QStringList({"&Hearings"}));
  EXPECT_FALSE(clerk.showTab(MainWindow::Tab::kUploads));
  QPushButton* clerkAdd = buttonNamed(clerk, QStringLiteral("Add recording"));
  ASSERT_NE(clerkAdd, nullptr);
  EXPECT_TRUE(clerkAdd->isHidden());
}

}  // namespace
}  // namespace audientia::gui
