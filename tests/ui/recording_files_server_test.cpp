// The hearing view's files against the real audientia-server: saving a file of a recording (its
// digest checked, a missing folder refused, a cancel leaving nothing) and reading the pictures
// the server took of it (ThumbnailStripModel); a full disk said in the user's language; the
// views that show them are driven in player_real_server_test.cpp.

#include <unistd.h>

#include <QApplication>
#include <QIcon>
#include <cstdlib>

#include "player_server_fixture.h"
#include "viewmodels/download_view_model.h"
#include "viewmodels/formatting.h"
#include "viewmodels/recording_file_model.h"
#include "viewmodels/thumbnail_strip_model.h"
#include "views/transfer_status.h"
#include "widget_pictures.h"

namespace audientia::gui {
namespace {

using player_test::PlayerServerTest;
namespace fs = std::filesystem;
using audientia::gui::testing::waitUntil;

TEST_F(PlayerServerTest, SavesAFileOnlyWhenItsDigestMatches) {
  MediaStreamServer streams;
  ApiClientService api;
  LoginViewModel login(api);
  loginClerk(api, login, streams);
  std::shared_ptr<client::ApiClient> session;
  api.sessionClient(&login, [&](Expected<std::shared_ptr<client::ApiClient>> given) {
    if (given) session = std::move(given).value();
  });
  ASSERT_TRUE(waitUntil([&] { return session != nullptr; }));

  // The playable master first, then the original as uploaded.
  RecordingFileModel files;
  files.setRecording(seed_.recording);
  ASSERT_GE(files.rowCount(), 2);
  EXPECT_EQ(QStringLiteral("Master (playable MP4)"),
            files.index(0, RecordingFileModel::kWhatColumn).data().toString());
  EXPECT_EQ(QStringLiteral("Original (as uploaded)"),
            files.index(1, RecordingFileModel::kWhatColumn).data().toString());
  EXPECT_EQ(QString::fromStdString(seed_.recording.sha256()),
            files.index(1, RecordingFileModel::kSha256Column).data().toString());
  EXPECT_FALSE(files.thumbnails().empty());
  const v1::RecordingFile original = *files.fileAt(1);

  DownloadViewModel downloads;
  downloads.setClient(session);
  const fs::path dir = fs::temp_directory_path() / "audientia-player-save";
  fs::remove_all(dir);
  fs::create_directories(dir);
  const fs::path target = dir / "hearing.mp4";
  QSignalSpy progress(&downloads, &DownloadViewModel::progressChanged);
  downloads.start(seed_.recording.id(), original, QString::fromStdString(target.string()));
  EXPECT_EQ(DownloadState::kRunning, downloads.state());
  ASSERT_TRUE(waitUntil([&] { return downloads.state() != DownloadState::kRunning; }));
  ASSERT_EQ(DownloadState::kDone, downloads.state()) << downloads.statusText().toStdString();
  EXPECT_GE(progress.count(), 2);
  EXPECT_EQ(100, downloads.percent());
  EXPECT_TRUE(downloads.statusText().contains(QString::fromStdString(seed_.recording.sha256())));
  {
    std::ifstream in(target, std::ios::binary);
    const std::string saved{std::istreambuf_iterator<char>(in), {}};
    EXPECT_TRUE(saved == seed_.bytes);
  }
  // Nothing but the file: no partial left beside it.
  EXPECT_EQ(1, std::distance(fs::directory_iterator(dir), fs::directory_iterator()));

  // A folder that does not exist: a message, nothing written.
  downloads.start(seed_.recording.id(), original,
                  QString::fromStdString((dir / "gone" / "hearing.mp4").string()));
  EXPECT_EQ(DownloadState::kFailed, downloads.state());
  EXPECT_TRUE(downloads.statusText().contains(QStringLiteral("folder does not exist")));

  // Cancelled at once: it ends cancelled (or done, had it finished first); never half a file.
  const fs::path second = dir / "second.mp4";
  downloads.start(seed_.recording.id(), original, QString::fromStdString(second.string()));
  downloads.cancel();
  ASSERT_TRUE(waitUntil([&] { return downloads.state() != DownloadState::kRunning; }));
  if (downloads.state() == DownloadState::kCancelled) {
    EXPECT_FALSE(fs::exists(second));
  } else {
    EXPECT_EQ(fs::file_size(second), seed_.bytes.size());
  }
  EXPECT_FALSE(fs::exists(second.string() + ".partial"));
  fs::remove_all(dir);
}

// The disk the file goes to is full (a real tmpfs of 16 KiB; mounting needs root, the test
// skips otherwise): the clerk is told so in their language, with the folder, and nothing is
// left on it, for a file and for an evidence package alike.
TEST_F(PlayerServerTest, AFullDiskIsSaidInTheUsersLanguageAndNothingIsLeft) {
  const fs::path disk = fs::temp_directory_path() / "audientia-small-disk";
  fs::create_directories(disk);
  if (::geteuid() != 0 ||
      std::system(
          ("mount -t tmpfs -o size=16k tmpfs '" + disk.string() + "' 2>/dev/null").c_str()) != 0) {
    fs::remove_all(disk);
    GTEST_SKIP() << "cannot mount a small tmpfs here (needs root)";
  }
  struct Unmount {  // also when an assertion ends the test early
    fs::path disk;
    ~Unmount() {
      EXPECT_EQ(std::system(("umount '" + disk.string() + "'").c_str()), 0);
      fs::remove_all(disk);
      installLanguage(*QApplication::instance(), QStringLiteral("en"));
    }
  } unmount{disk};
  ASSERT_GT(seed_.bytes.size(), std::size_t{64} << 10) << "the file must not fit";
  ClerkSession clerkSession;
  ASSERT_NO_FATAL_FAILURE(loginClerk(clerkSession));
  ASSERT_EQ(installLanguage(*QApplication::instance(), QStringLiteral("ro")), QStringLiteral("ro"));
  DownloadViewModel downloads;
  downloads.setClient(clerkSession.client);
  RecordingFileModel files;
  files.setRecording(seed_.recording);
  ASSERT_GE(files.rowCount(), 2);

  downloads.start(seed_.recording.id(), *files.fileAt(1),
                  QString::fromStdString((disk / "hearing.mp4").string()));
  ASSERT_TRUE(waitUntil([&] { return downloads.state() != DownloadState::kRunning; }));
  EXPECT_EQ(DownloadState::kFailed, downloads.state());
  EXPECT_TRUE(downloads.statusText().contains(QStringLiteral("este plin")))
      << downloads.statusText().toStdString();
  EXPECT_TRUE(downloads.statusText().contains(QString::fromStdString(disk.string())))
      << downloads.statusText().toStdString();
  EXPECT_TRUE(fs::is_empty(disk));

  TransferStatus shown(downloads, {TransferKind::kPackage}, QStringLiteral("Anulează"), nullptr);
  downloads.startPackage(seed_.hearingId, QStringLiteral("Cererea instanței 12/2026"),
                         QStringLiteral("ro"), QString::fromStdString((disk / "pachet").string()));
  ASSERT_TRUE(waitUntil([&] { return downloads.state() != DownloadState::kRunning; }));
  EXPECT_EQ(DownloadState::kFailed, downloads.state());
  EXPECT_TRUE(downloads.statusText().contains(QStringLiteral("este plin")))
      << downloads.statusText().toStdString();
  EXPECT_TRUE(fs::is_empty(disk));
  // As the hearing's export bar shows it: wrapped, in red, under where the progress was.
  EXPECT_EQ(shown.statusLabel()->text(), downloads.statusText());
  shown.resize(560, 60);
  shown.QWidget::show();
  testing::keepPicture(shown, "client-package-disk-full-ro.png");
}

TEST_F(PlayerServerTest, SavesTheHearingReportAndTheEvidencePackage) {
  ClerkSession clerkSession;
  ASSERT_NO_FATAL_FAILURE(loginClerk(clerkSession));
  DownloadViewModel downloads;
  downloads.setClient(clerkSession.client);
  const fs::path dir = fs::temp_directory_path() / "audientia-hearing-export";
  fs::remove_all(dir);
  fs::create_directories(dir);
  auto finished = [&] {
    return waitUntil([&] { return downloads.state() != DownloadState::kRunning; });
  };

  // The report in Romanian: the case, both cameras pictured, the digest in the message.
  const fs::path report = dir / "raport.pdf";
  downloads.startReport(seed_.hearingId, QStringLiteral("ro"),
                        QString::fromStdString(report.string()));
  ASSERT_TRUE(finished());
  ASSERT_EQ(DownloadState::kDone, downloads.state()) << downloads.statusText().toStdString();
  EXPECT_TRUE(downloads.statusText().contains(QStringLiteral("SHA-256")));
  const auto text = audientia::testing::runCommand({"/usr/bin/pdftotext", report.string(), "-"});
  ASSERT_TRUE(text && text->exitCode == 0);
  for (const char* expected : {"Proces-verbal de audiere", "camera 1", "camera 2", "Adnotări"}) {
    EXPECT_NE(text->out.find(expected), std::string::npos) << expected << "\n" << text->out;
  }
  EXPECT_NE(text->out.find(seed_.recording.sha256()), std::string::npos) << text->out;
  EXPECT_FALSE(fs::exists(report.string() + ".partial"));

  // The package: a reason is required, an existing folder refused, nothing written for either.
  const fs::path bag = dir / "package";
  downloads.startPackage(seed_.hearingId, QStringLiteral("  "), QStringLiteral("en"),
                         QString::fromStdString(bag.string()));
  EXPECT_EQ(DownloadState::kFailed, downloads.state());
  EXPECT_TRUE(downloads.statusText().contains(QStringLiteral("Say why")));
  downloads.startPackage(seed_.hearingId, QStringLiteral("Court request 12/2026"),
                         QStringLiteral("en"), QString::fromStdString(dir.string()));
  EXPECT_EQ(DownloadState::kFailed, downloads.state());
  EXPECT_TRUE(downloads.statusText().contains(QStringLiteral("already exists")));
  EXPECT_FALSE(fs::exists(bag));
  downloads.startPackage(seed_.hearingId, QStringLiteral("Court request 12/2026"),
                         QStringLiteral("en"), QString::fromStdString(bag.string()));
  ASSERT_TRUE(finished());
  ASSERT_EQ(DownloadState::kDone, downloads.state()) << downloads.statusText().toStdString();
  EXPECT_TRUE(downloads.statusText().contains(QStringLiteral("audientia-verify")));
  EXPECT_TRUE(fs::exists(bag / "bagit.txt"));
  EXPECT_TRUE(fs::exists(bag / "data" / "report.pdf"));
  const auto verified = audientia::testing::runCommand(
      {audientia::testing::binDir() + "/audientia-verify", bag.string()});
  ASSERT_TRUE(verified);
  EXPECT_EQ(0, verified->exitCode) << verified->out;

  // As the package dialog asks for it: the chosen recording, as one ZIP file, checked in place.
  const fs::path zip = dir / "package.zip";
  downloads.startPackage(seed_.hearingId, QStringLiteral("Court request 12/2026"),
                         QStringLiteral("ro"), QString::fromStdString(zip.string()),
                         {QString::fromStdString(seed_.recording.id())}, /*zip=*/true);
  ASSERT_TRUE(finished());
  ASSERT_EQ(DownloadState::kDone, downloads.state()) << downloads.statusText().toStdString();
  ASSERT_TRUE(fs::is_regular_file(zip));
  EXPECT_FALSE(fs::exists(zip.string() + ".partial"));
  const auto zipVerified = audientia::testing::runCommand(
      {audientia::testing::binDir() + "/audientia-verify", zip.string()});
  ASSERT_TRUE(zipVerified);
  EXPECT_EQ(0, zipVerified->exitCode) << zipVerified->out;
  fs::remove_all(dir);
}

TEST_F(PlayerServerTest, ReadsTheServersPicturesInTimeOrder) {
  MediaStreamServer streams;
  ApiClientService api;
  LoginViewModel login(api);
  loginClerk(api, login, streams);

  ThumbnailStripModel pictures;
  QSignalSpy loading(&pictures, &ThumbnailStripModel::loadingChanged);
  // Asked for before the session's client came: read once it does.
  pictures.setRecording(seed_.recording.id());
  EXPECT_EQ(0, pictures.rowCount());
  EXPECT_FALSE(pictures.isLoading());
  pictures.setClient(streams.client());
  EXPECT_TRUE(pictures.isLoading());
  ASSERT_TRUE(waitUntil([&] { return !pictures.isLoading(); }));
  ASSERT_EQ(4, pictures.rowCount());
  for (int row = 0; row < 4; ++row) {
    EXPECT_EQ(row * 5'000, pictures.mediaTimeAt(row));
    const QModelIndex index = pictures.index(row, 0);
    EXPECT_EQ(clockText(row * 5'000), index.data().toString());
    EXPECT_FALSE(index.data(Qt::DecorationRole).value<QIcon>().isNull());
    EXPECT_EQ(row * 5'000, index.data(ThumbnailStripModel::MediaTimeRole).toLongLong());
  }
  // The picture on screen at a moment is the last one taken at or before it.
  EXPECT_EQ(pictures.pictureAt(7'000), pictures.pictureAt(5'000));
  EXPECT_NE(pictures.pictureAt(7'000), pictures.pictureAt(4'999));
  EXPECT_EQ(pictures.pictureAt(0), pictures.pictureAt(-1));
  EXPECT_FALSE(pictures.pictureAt(60'000).isNull());
  EXPECT_EQ(-1, pictures.mediaTimeAt(4));

  // A recording that does not exist reads nothing and says nothing is loading any more.
  pictures.setRecording("00000000-0000-0000-0000-000000000000");
  EXPECT_EQ(0, pictures.rowCount());
  ASSERT_TRUE(waitUntil([&] { return !pictures.isLoading(); }));
  EXPECT_EQ(0, pictures.rowCount());
  EXPECT_TRUE(pictures.pictureAt(0).isNull());

  // Back to the recording, then signed out: nothing of the session stays.
  pictures.setRecording(seed_.recording.id());
  ASSERT_TRUE(waitUntil([&] { return pictures.rowCount() == 4; }));
  pictures.setClient(nullptr);
  EXPECT_EQ(0, pictures.rowCount());
  EXPECT_TRUE(pictures.recordingId().empty());
}

}  // namespace
}  // namespace audientia::gui
