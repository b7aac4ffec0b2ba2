#pragma once

// The real audientia-server the player's tests share (ui_player_server_test): a prosecutor, a
// clerk and a hearing of Brașov with one 20 s recording of two cameras and two microphones,
// processed (a picture every 5 s), and two annotations at 0:03 and 0:12.

#include <gtest/gtest.h>

#include <QSignalSpy>
#include <QTest>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <tuple>

#include "audientia/client/api_client.h"
#include "audientia/testing/server_process.h"
#include "audientia/testing/server_seed.h"
#include "audientia/testing/subprocess.h"
#include "services/api_client_service.h"
#include "services/language.h"
#include "services/media_stream_server.h"
#include "ui_test_support.h"
#include "viewmodels/login_view_model.h"

namespace audientia::gui::player_test {

namespace fs = std::filesystem;
using audientia::gui::testing::waitUntil;
using audientia::testing::ServerProcess;

constexpr const char* kPlayerPassword = "Quince-harbour-lantern-73";
constexpr qint64 kLengthMs = 20'000;

struct PlayerSeed {
  std::string hearingId;
  v1::Recording recording;
  std::string bytes;  // the file as uploaded
};

class PlayerServerTest : public ::testing::TestWithParam<const char*> {
 protected:
  static void SetUpTestSuite() {
    // A picture every 5 s: four of the 20 s recording.
    auto server = ServerProcess::start({{}, {"--thumbnail-seconds", "5"}});
    if (!server) {
      setupError_ = "starting audientia-server: " + server.error().toString();
      return;
    }
    server_ = std::move(server).value().release();
    if (auto seeded = seed(); !seeded) {
      // The server's own words say why it stopped answering, if it did.
      setupError_ = seeded.error().toString() + "\nserver log:\n" + server_->log();
    }
  }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }
  void SetUp() override { ASSERT_TRUE(setupError_.empty()) << setupError_; }
  void TearDown() override { installLanguage(*QCoreApplication::instance(), QStringLiteral("en")); }

  // Two cameras and two microphones, 20 s, faststart as the server's masters are.
  static Status encode(const fs::path& out) {
    AUDIENTIA_TRY(audientia::testing::CommandResult encoded,
                  audientia::testing::runCommand({"/usr/bin/ffmpeg",
                                                  "-hide_banner",
                                                  "-loglevel",
                                                  "error",
                                                  "-f",
                                                  "lavfi",
                                                  "-i",
                                                  "testsrc2=size=320x240:rate=25",
                                                  "-f",
                                                  "lavfi",
                                                  "-i",
                                                  "smptebars=size=320x240:rate=25",
                                                  "-f",
                                                  "lavfi",
                                                  "-i",
                                                  "sine=frequency=440:sample_rate=48000",
                                                  "-f",
                                                  "lavfi",
                                                  "-i",
                                                  "sine=frequency=660:sample_rate=48000",
                                                  "-map",
                                                  "0:v",
                                                  "-map",
                                                  "1:v",
                                                  "-map",
                                                  "2:a",
                                                  "-map",
                                                  "3:a",
                                                  "-t",
                                                  "20",
                                                  "-c:v",
                                                  "libx264",
                                                  "-preset",
                                                  "ultrafast",
                                                  "-g",
                                                  "25",
                                                  "-pix_fmt",
                                                  "yuv420p",
                                                  "-c:a",
                                                  "aac",
                                                  "-movflags",
                                                  "+faststart",
                                                  "-y",
                                                  out.string()}));
    if (encoded.exitCode != 0) return internalError("ffmpeg failed: " + encoded.err);
    return ok();
  }

  static Status seed() {
    AUDIENTIA_TRY(auto prosecutor, audientia::testing::seedOfficeAndUser(
                                       *server_, "Parchetul Brașov", "procuror.brasov",
                                       v1::ROLE_PROSECUTOR, kPlayerPassword));
    AUDIENTIA_TRY(auto admin, audientia::testing::signInAsAdmin(*server_));
    v1::CreateUserRequest clerk;
    clerk.set_username("grefier.brasov");
    clerk.set_office_id(prosecutor.office.id());
    clerk.set_role(v1::ROLE_CLERK);
    clerk.set_password(kPlayerPassword);
    AUDIENTIA_TRY_STATUS(admin.api->createUser(clerk));
    v1::CreateHearingRequest request;
    request.set_office_id(prosecutor.office.id());
    request.set_case_number("808/P/2026");
    request.set_title("Audierea martorului Ștefănescu");
    request.set_kind(v1::HEARING_KIND_WITNESS);
    auto* witness = request.add_participants();
    witness->set_role("witness");
    witness->set_name("Ștefănescu Ion");
    AUDIENTIA_TRY(auto hearing, prosecutor.api->createHearing(request));
    seed_.hearingId = hearing.id();

    const fs::path file = fs::temp_directory_path() / "audientia-player-hearing.mp4";
    AUDIENTIA_TRY_STATUS(encode(file));
    {
      std::ifstream in(file, std::ios::binary);
      seed_.bytes.assign(std::istreambuf_iterator<char>(in), {});
    }
    AUDIENTIA_TRY(auto uploaded, prosecutor.api->uploadRecording(hearing.id(), file, {}));
    fs::remove(file);
    for (int i = 0; i < 600; ++i) {
      AUDIENTIA_TRY(seed_.recording, prosecutor.api->getRecording(uploaded.id()));
      if (seed_.recording.state() == v1::RECORDING_STATE_AVAILABLE ||
          seed_.recording.state() == v1::RECORDING_STATE_FAILED) {
        break;
      }
      QTest::qWait(100);
    }
    if (seed_.recording.state() != v1::RECORDING_STATE_AVAILABLE) {
      return internalError("the recording did not become available: " +
                           seed_.recording.failure_reason());
    }
    for (auto [at, kind, text] :
         {std::tuple{3'000, "question", "Unde vă aflați în seara de 12 martie?"},
          std::tuple{12'000, "exhibit", "Martorul a recunoscut cuțitul din fotografie"}}) {
      v1::AddAnnotationRequest add;
      add.set_recording_id(uploaded.id());
      add.set_start_ms(at);
      add.set_kind(kind);
      add.set_text(text);
      AUDIENTIA_TRY_STATUS(prosecutor.api->addAnnotation(add));
    }
    return ok();
  }

  static LoginParams clerk() {
    return {QString::fromStdString(server_->address()),
            QString::fromStdString(server_->caFile().string()),
            QStringLiteral("grefier.brasov"),
            QString::fromLatin1(kPlayerPassword),
            {},
            {}};
  }

  // Logs in as the clerk and gives the stream server the session's client.
  // session, when given, receives that client.
  static void loginClerk(ApiClientService& api, LoginViewModel& login, MediaStreamServer& streams,
                         std::shared_ptr<client::ApiClient>* session = nullptr) {
    QSignalSpy loggedIn(&login, &LoginViewModel::loggedIn);
    login.login(clerk());
    ASSERT_TRUE(loggedIn.wait(30000) || !loggedIn.isEmpty());
    bool given = false;
    api.sessionClient(&login, [&](Expected<std::shared_ptr<client::ApiClient>> givenSession) {
      if (givenSession) {
        if (session != nullptr) *session = *givenSession;
        streams.setClient(std::move(givenSession).value());
      }
      given = true;
    });
    ASSERT_TRUE(waitUntil([&] { return given; }));
  }

  // The clerk's session, for tests that need only its client.
  struct ClerkSession {
    MediaStreamServer streams;
    ApiClientService api;
    LoginViewModel login{api};
    std::shared_ptr<client::ApiClient> client;
  };
  static void loginClerk(ClerkSession& session) {
    loginClerk(session.api, session.login, session.streams, &session.client);
    ASSERT_NE(session.client, nullptr) << "the clerk has no session";
  }

  static inline ServerProcess* server_ = nullptr;
  static inline std::string setupError_;
  static inline PlayerSeed seed_;
};

}  // namespace audientia::gui::player_test
