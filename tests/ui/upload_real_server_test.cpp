// The desktop client's upload queue against the real audientia-server (TLS, PostgreSQL, media
// store): UploadQueueService and UploadsViewModel over a real ApiClient and a real journal
// directory. A file goes up in the background and arrives with its SHA-256; a client "restart" (the
// service destroyed mid-upload and created again) resumes from the server's durable offset and
// leaves one recording, not two; the server's refusal reaches the list; the client binary pictures
// the queue.

#include <gtest/gtest.h>

#include <QImage>
#include <QSignalSpy>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "audientia/base/sha256.h"
#include "audientia/client/api_client.h"
#include "audientia/testing/server_process.h"
#include "audientia/testing/server_seed.h"
#include "audientia/testing/subprocess.h"
#include "services/upload_queue_service.h"
#include "ui_test_support.h"
#include "viewmodels/upload_queue_model.h"
#include "viewmodels/uploads_view_model.h"

namespace audientia::gui {
namespace {

namespace fs = std::filesystem;
using audientia::gui::testing::signalled;
using audientia::gui::testing::waitUntil;
using audientia::testing::ServerProcess;
using client::UploadItemState;

constexpr const char* kProsecutor = "upload.prosecutor";
constexpr const char* kPassword = "Granite-willow-beacon-64";
constexpr const char* kCaseNumber = "UP-2024/3";
constexpr std::uint64_t kMiB = 1024 * 1024;

class UploadRealServerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto server = ServerProcess::start();
    if (!server) {
      setupError_ = "starting audientia-server: " + server.error().toString();
      return;
    }
    server_ = std::move(server).value().release();
    if (Status seeded = seed(); !seeded) {
      setupError_ = seeded.error().toString() + "\nserver log:\n" + server_->log();
    }
  }

  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
    if (!workDir_.empty()) fs::remove_all(workDir_);
  }

  void SetUp() override {
    ASSERT_TRUE(setupError_.empty()) << setupError_;
    // Each test has a journal of its own (the client's $AUDIENTIA_CONFIG_DIR/uploads).
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    configDir_ = workDir_ / info->name();
    fs::create_directories(configDir_);
  }

  void TearDown() override {
    if (!HasFailure()) return;
    std::cerr << "server log:\n" << server_->log() << "\n";
  }

  static client::ConnectionOptions connection() {
    return audientia::testing::connectionTo(*server_);
  }

  // A fresh logged-in client, as the desktop client has after its login.
  static Expected<std::shared_ptr<client::ApiClient>> loggedIn() {
    AUDIENTIA_TRY(std::unique_ptr<client::ApiClient> api, client::ApiClient::create(connection()));
    AUDIENTIA_TRY(v1::LoginResponse login, api->login(kProsecutor, kPassword));
    api->setToken(login.token());
    return std::shared_ptr<client::ApiClient>(std::move(api));
  }

  static Status seed() {
    AUDIENTIA_TRY(workDir_, audientia::testing::makeTempDir("audientia-ui-upload-test"));
    AUDIENTIA_TRY(audientia::testing::SeededUser seeded,
                  audientia::testing::seedOfficeAndUser(*server_, "Upload test office", kProsecutor,
                                                        v1::ROLE_PROSECUTOR, kPassword));
    auto& api = seeded.api;
    const v1::Office& office = seeded.office;
    v1::CreateHearingRequest request;
    request.set_office_id(office.id());
    request.set_case_number(kCaseNumber);
    request.set_kind(v1::HEARING_KIND_SUSPECT);
    request.set_title("Interview of the suspect");
    AUDIENTIA_TRY(v1::Hearing hearing, api->createHearing(request));
    hearingId_ = hearing.id();
    return ok();
  }

  // size bytes of seeded pseudo-random data (incompressible, like video).
  static fs::path randomFile(const std::string& name, std::uint64_t size, unsigned seed) {
    const fs::path path = workDir_ / name;
    std::mt19937_64 random(seed);
    std::ofstream out(path, std::ios::binary);
    std::vector<std::uint64_t> block(64 * 1024 / sizeof(std::uint64_t));
    for (std::uint64_t written = 0; written < size; written += 64 * 1024) {
      for (auto& word : block) word = random();
      out.write(reinterpret_cast<const char*>(block.data()),
                static_cast<std::streamsize>(std::min<std::uint64_t>(64 * 1024, size - written)));
    }
    return path;
  }

  static std::string sha256Of(const fs::path& path) {
    auto digest = Sha256::ofFile(path);
    return digest ? toHex(*digest) : std::string();
  }

  // The hearing's recordings with this SHA-256.
  static std::vector<v1::Recording> recordingsWithSha(const std::string& sha256) {
    std::vector<v1::Recording> found;
    auto api = loggedIn();
    if (!api) return found;
    auto hearing = (*api)->getHearing(hearingId_);
    if (!hearing) return found;
    for (const auto& recording : hearing->recordings()) {
      if (recording.sha256() == sha256) found.push_back(recording);
    }
    return found;
  }

  std::unique_ptr<UploadQueueService> makeService(client::UploadEngineOptions options = {}) {
    auto api = loggedIn();
    EXPECT_TRUE(api) << api.error().toString();
    if (!api) return nullptr;
    return std::make_unique<UploadQueueService>(
        *api, *api, client::UploadJournal(configDir_ / "uploads"), server_->address(), options);
  }

  static inline ServerProcess* server_ = nullptr;
  static inline std::string setupError_;
  static inline fs::path workDir_;
  static inline std::string hearingId_;
  fs::path configDir_;
};

std::string lastOf(const QSignalSpy& spy) {
  return spy.isEmpty() ? std::string() : spy.last().value(0).toString().toStdString();
}

TEST_F(UploadRealServerTest, UploadsAFileInTheBackgroundAndListsTheRecording) {
  const fs::path file = randomFile("interview.mp4", 8 * kMiB, 1);
  const std::string sha256 = sha256Of(file);

  UploadsViewModel uploads;
  QSignalSpy uploaded(&uploads, &UploadsViewModel::recordingUploaded);
  QSignalSpy errors(&uploads, &UploadsViewModel::errorOccurred);
  QSignalSpy messages(&uploads, &UploadsViewModel::statusMessage);
  uploads.setService(makeService());
  ASSERT_TRUE(uploads.isAvailable());
  UploadQueueService* service = uploads.service();
  QSignalSpy progressed(service, &UploadQueueService::progressed);
  UploadQueueModel* model = uploads.model();
  EXPECT_EQ(model->rowCount(), 0);

  uploads.addFile(QString::fromStdString(hearingId_), QString::fromStdString(file.string()));
  // On the queue at once; the upload itself goes on behind the event loop.
  ASSERT_EQ(model->rowCount(), 1) << lastOf(errors);
  EXPECT_EQ(uploaded.count(), 0);
  EXPECT_EQ(model->data(model->index(0, UploadQueueModel::kFileColumn)).toString(),
            "interview.mp4");
  EXPECT_EQ(lastOf(messages), "interview.mp4 was added to the uploads.");

  ASSERT_TRUE(signalled(uploaded, 120000)) << lastOf(errors);
  EXPECT_EQ(errors.count(), 0) << lastOf(errors);
  EXPECT_EQ(uploaded[0][0].toString().toStdString(), hearingId_);
  const std::string recordingId = uploaded[0][1].toString().toStdString();
  EXPECT_FALSE(recordingId.empty());
  EXPECT_GE(progressed.count(), 2);
  bool sawSending = false;
  for (const auto& args : progressed) {
    const auto progress = args[0].value<client::UploadProgress>();
    sawSending = sawSending || progress.phase == client::UploadPhase::kSending;
  }
  EXPECT_TRUE(sawSending);

  // The journal's done state reaches the list.
  ASSERT_TRUE(waitUntil([&] { return model->doneCount() == 1; }));
  EXPECT_EQ(model->data(model->index(0, UploadQueueModel::kStateColumn)).toString(), "Done");
  EXPECT_EQ(model->data(model->index(0, 0), UploadQueueModel::ProgressRole).toInt(), 100);

  // On the server: the recording, with the file's SHA-256, once.
  const auto found = recordingsWithSha(sha256);
  ASSERT_EQ(found.size(), 1U);
  EXPECT_EQ(found[0].id(), recordingId);
  EXPECT_NE(found[0].state(), v1::RECORDING_STATE_UPLOADING);
  EXPECT_EQ(found[0].size_bytes(), static_cast<std::int64_t>(8 * kMiB));
  EXPECT_EQ(found[0].file_name(), "interview.mp4");

  // Adding it again: nothing new is sent.
  uploads.addFile(QString::fromStdString(hearingId_), QString::fromStdString(file.string()));
  EXPECT_EQ(lastOf(messages), "interview.mp4 was uploaded to this hearing already.");
  EXPECT_EQ(model->rowCount(), 1);

  uploads.removeFinished();
  EXPECT_EQ(model->rowCount(), 0);
  EXPECT_EQ(recordingsWithSha(sha256).size(), 1U);
}

TEST_F(UploadRealServerTest, ARestartOfTheClientResumesWithoutADuplicate) {
  const fs::path file = randomFile("long-hearing.mkv", 8 * kMiB, 2);
  const std::string sha256 = sha256Of(file);
  // Small durable steps and a slow line, so that the first "client" stops half-way.
  client::UploadEngineOptions slow;
  slow.chunkBytes = 64 * 1024;
  slow.streamBytes = 512 * 1024;
  slow.maxBytesPerSecond = 2 * kMiB;

  std::string key;
  std::uint64_t durableAtClose = 0;
  {
    auto service = makeService(slow);
    ASSERT_TRUE(service);
    QSignalSpy finished(service.get(), &UploadQueueService::itemFinished);
    std::uint64_t durable = 0;
    QObject::connect(
        service.get(), &UploadQueueService::progressed, service.get(),
        [&](const client::UploadProgress& progress) { durable = progress.durableBytes; });
    ASSERT_TRUE(service->start());
    auto entry = service->enqueue(hearingId_, file, client::FollowMode::kNoFollow);
    ASSERT_TRUE(entry) << entry.error().toString();
    key = entry->key;
    ASSERT_TRUE(waitUntil([&] { return durable >= 2 * kMiB || !finished.isEmpty(); },
                          std::chrono::seconds(60)));
    ASSERT_TRUE(finished.isEmpty()) << "the upload ended before the restart";
    // The client closes (the service is destroyed) in the middle of the upload.
  }
  {
    client::UploadJournal journal(configDir_ / "uploads");
    auto entry = journal.find(key);
    ASSERT_TRUE(entry && *entry);
    EXPECT_EQ((*entry)->state, UploadItemState::kPending);
    durableAtClose = (*entry)->durableBytes();
    EXPECT_GT(durableAtClose, 0U);
    EXPECT_LT(durableAtClose, 8 * kMiB);
  }
  // The server lists the unfinished upload as a recording still uploading, never as complete.
  const auto during = recordingsWithSha(sha256);
  ASSERT_LE(during.size(), 1U);
  for (const auto& recording : during) {
    EXPECT_EQ(recording.state(), v1::RECORDING_STATE_UPLOADING);
  }

  // The client starts again and logs in: the queue resumes by itself.
  slow.maxBytesPerSecond = 0;
  UploadsViewModel uploads;
  QSignalSpy messages(&uploads, &UploadsViewModel::statusMessage);
  QSignalSpy uploaded(&uploads, &UploadsViewModel::recordingUploaded);
  QSignalSpy errors(&uploads, &UploadsViewModel::errorOccurred);
  auto service = makeService(slow);
  ASSERT_TRUE(service);
  std::vector<client::UploadProgress> reports;
  QObject::connect(service.get(), &UploadQueueService::progressed, &uploads,
                   [&](const client::UploadProgress& progress) { reports.push_back(progress); });
  uploads.setService(std::move(service));
  ASSERT_GE(messages.count(), 1);
  EXPECT_EQ(messages[0][0].toString(), "Resuming 1 upload");
  ASSERT_EQ(uploads.model()->rowCount(), 1);
  EXPECT_EQ(uploads.model()->pendingCount(), 1);

  ASSERT_TRUE(signalled(uploaded, 120000)) << lastOf(errors);
  EXPECT_EQ(errors.count(), 0) << lastOf(errors);
  // It went on from the server's durable offset rather than from zero.
  bool resumed = false;
  for (const auto& progress : reports) {
    if (progress.phase == client::UploadPhase::kResuming) {
      resumed = true;
      EXPECT_GE(progress.durableBytes, durableAtClose);
    }
  }
  EXPECT_TRUE(resumed);

  const auto found = recordingsWithSha(sha256);
  ASSERT_EQ(found.size(), 1U) << "one recording for the file, not a duplicate";
  EXPECT_EQ(found[0].id(), uploaded[0][1].toString().toStdString());
  EXPECT_NE(found[0].state(), v1::RECORDING_STATE_UPLOADING);
  if (!during.empty()) {
    EXPECT_EQ(found[0].id(), during[0].id());
  }
  EXPECT_EQ(found[0].size_bytes(), static_cast<std::int64_t>(8 * kMiB));
}

TEST_F(UploadRealServerTest, PausesAndAbortsAPendingUpload) {
  const fs::path file = randomFile("withdrawn.mp4", 4 * kMiB, 3);
  client::UploadEngineOptions slow;
  slow.chunkBytes = 64 * 1024;
  slow.streamBytes = 256 * 1024;
  slow.maxBytesPerSecond = kMiB;
  UploadsViewModel uploads;
  QSignalSpy errors(&uploads, &UploadsViewModel::errorOccurred);
  QSignalSpy uploaded(&uploads, &UploadsViewModel::recordingUploaded);
  uploads.setService(makeService(slow));
  QSignalSpy aborted(uploads.service(), &UploadQueueService::aborted);
  QSignalSpy finished(uploads.service(), &UploadQueueService::itemFinished);
  uploads.addFile(QString::fromStdString(hearingId_), QString::fromStdString(file.string()));
  UploadQueueModel* model = uploads.model();
  ASSERT_EQ(model->rowCount(), 1);
  const QString key = model->data(model->index(0, 0), UploadQueueModel::KeyRole).toString();
  ASSERT_TRUE(waitUntil(
      [&] { return model->data(model->index(0, 0), UploadQueueModel::ActiveRole).toBool(); }));

  uploads.pause();
  ASSERT_TRUE(signalled(finished, 30000));
  EXPECT_TRUE(finished[0][4].toBool()) << "pausing cancels the run";
  EXPECT_TRUE(uploads.isPaused());
  EXPECT_EQ(errors.count(), 0) << "a pause is not an error: " << lastOf(errors);
  ASSERT_TRUE(waitUntil(
      [&] { return !model->data(model->index(0, 0), UploadQueueModel::ActiveRole).toBool(); }));
  EXPECT_EQ(model->data(model->index(0, UploadQueueModel::kStateColumn)).toString(), "Paused");
  EXPECT_TRUE(model->data(model->index(0, 0), UploadQueueModel::CanAbortRole).toBool());

  uploads.abort(key);
  ASSERT_TRUE(signalled(aborted, 30000)) << lastOf(errors);
  ASSERT_TRUE(waitUntil([&] {
    return model->data(model->index(0, UploadQueueModel::kStateColumn)).toString() == "Aborted";
  }));
  EXPECT_TRUE(model->data(model->index(0, 0), UploadQueueModel::CanRemoveRole).toBool());
  // The server discarded the staged bytes.
  auto api = loggedIn();
  ASSERT_TRUE(api);
  auto entry = uploads.model()->entryAt(0);
  ASSERT_NE(entry, nullptr);
  auto status = (*api)->getUploadStatus(entry->files[0].uploadId);
  if (status) {
    EXPECT_EQ(status->state(), v1::UPLOAD_STATE_ABORTED);
  } else {
    EXPECT_EQ(status.error().code(), ErrorCode::kNotFound) << status.error().toString();
  }

  uploads.resume();
  uploads.remove(key);
  EXPECT_EQ(model->rowCount(), 0);
  EXPECT_EQ(uploaded.count(), 0);
}

TEST_F(UploadRealServerTest, TheServersRefusalShowsAndTheItemCanBeRetried) {
  const fs::path file = randomFile("elsewhere.mp4", 256 * 1024, 4);
  UploadsViewModel uploads;
  QSignalSpy errors(&uploads, &UploadsViewModel::errorOccurred);
  uploads.setService(makeService());
  // A hearing that does not exist: the server refuses the upload.
  uploads.addFile(QStringLiteral("00000000-0000-4000-8000-000000000000"),
                  QString::fromStdString(file.string()));
  ASSERT_TRUE(signalled(errors, 60000));
  const QString message = errors.last().value(0).toString();
  EXPECT_TRUE(message.startsWith("The upload of elsewhere.mp4 stopped: ")) << message.toStdString();
  UploadQueueModel* model = uploads.model();
  ASSERT_EQ(model->rowCount(), 1);
  ASSERT_TRUE(waitUntil(
      [&] { return model->data(model->index(0, 0), UploadQueueModel::CanRetryRole).toBool(); }));
  const QString shown = model->data(model->index(0, UploadQueueModel::kErrorColumn)).toString();
  EXPECT_FALSE(shown.isEmpty());
  EXPECT_TRUE(message.endsWith(shown)) << message.toStdString() << " / " << shown.toStdString();

  // Retrying runs it again (and the server refuses again, with the same message).
  const int before = static_cast<int>(errors.count());
  uploads.retry(model->data(model->index(0, 0), UploadQueueModel::KeyRole).toString());
  ASSERT_TRUE(signalled(errors, 60000, before + 1));
  EXPECT_EQ(errors.count(), before + 1);
}

TEST_F(UploadRealServerTest, ClientBinaryShowsTheUploadQueueAndLeavesItPendingOnExit) {
  // Left by an earlier run of the client: one upload done, one of a file changed since it was
  // queued (it fails when run), and one large upload still to do.
  const fs::path small = randomFile("witness-statement.mp4", 3 * kMiB, 5);
  const fs::path changed = randomFile("interpreter-notes.wav", kMiB, 6);
  const fs::path large = randomFile("room-4-camera.mkv", 64 * kMiB, 7);
  {
    auto service = makeService();
    ASSERT_TRUE(service);
    QSignalSpy finished(service.get(), &UploadQueueService::itemFinished);
    ASSERT_TRUE(service->start());
    ASSERT_TRUE(service->enqueue(hearingId_, small, client::FollowMode::kNoFollow));
    ASSERT_TRUE(signalled(finished, 60000));
    ASSERT_TRUE(finished[0][3].toString().isEmpty()) << finished[0][3].toString().toStdString();
    service->pause();
    ASSERT_TRUE(service->enqueue(hearingId_, changed, client::FollowMode::kNoFollow));
    ASSERT_TRUE(service->enqueue(hearingId_, large, client::FollowMode::kNoFollow));
  }
  std::ofstream(changed, std::ios::app) << "edited afterwards";

  const char* keep = std::getenv("AUDIENTIA_SCREENSHOT_DIR");
  const bool keepShot = keep != nullptr && *keep != '\0';
  const fs::path shot = (keepShot ? fs::path(keep) : configDir_) / "uploads.png";
  audientia::testing::CommandOptions options;
  options.input = std::string(kPassword) + "\n";
  options.env = {keepShot ? "QT_QPA_PLATFORM=xcb" : "QT_QPA_PLATFORM=offscreen",
                 "AUDIENTIA_CONFIG_DIR=" + configDir_.string()};
  // At 4 MiB/s the large file is mid-way when the picture is taken and the client quits.
  auto run = audientia::testing::runCommand(
      {audientia::testing::binDir() + "/audientia-client", "--server", server_->address(), "--ca",
       server_->caFile().string(), "--user", kProsecutor, "--password-stdin", "--tab", "uploads",
       "--upload-limit", "4", "--screenshot", shot.string()},
      options);
  ASSERT_TRUE(run) << run.error().toString();
  ASSERT_EQ(run->exitCode, 0) << run->err;
  const QImage image(QString::fromStdString(shot.string()));
  ASSERT_FALSE(image.isNull());
  EXPECT_GE(image.width(), 800);

  // The client resumed the queue and quit in the middle of the large file: it is still pending;
  // the changed file failed with the reason.
  client::UploadJournal journal(configDir_ / "uploads");
  auto entries = journal.list();
  ASSERT_TRUE(entries);
  ASSERT_EQ(entries->size(), 3U);
  for (const auto& entry : *entries) {
    const std::string name = entry.path.filename().string();
    if (name == small.filename()) {
      EXPECT_EQ(entry.state, UploadItemState::kDone);
    } else if (name == changed.filename()) {
      EXPECT_EQ(entry.state, UploadItemState::kFailed);
      EXPECT_NE(entry.error.find("changed since its upload was queued"), std::string::npos)
          << entry.error;
    } else {
      EXPECT_EQ(entry.state, UploadItemState::kPending) << name;
      EXPECT_LT(entry.durableBytes(), 64 * kMiB);
      // Started by the client, not merely left as queued: the server holds the upload (the
      // client hashes while it sends, so the digest is journaled only at completion).
      ASSERT_EQ(entry.files.size(), 1U);
      ASSERT_FALSE(entry.files[0].uploadId.empty());
      auto api = loggedIn();
      ASSERT_TRUE(api) << api.error().toString();
      auto status = (*api)->getUploadStatus(entry.files[0].uploadId);
      EXPECT_TRUE(status) << "the client did not resume it: " << status.error().toString();
    }
  }
}

}  // namespace
}  // namespace audientia::gui
