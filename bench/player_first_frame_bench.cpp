// Opening a recorded hearing and starting playback (issue 16: first frame within 1 s on the local
// server). A 1-hour recording (640x360 25 fps H.264 + AAC, faststart as the server's masters are;
// encoded once by the ffmpeg tool from lavfi sources and kept in BENCH_DIR) is uploaded to a real
// audientia-server. Then, ROUNDS times and taking turns going first:
//   product: GetRecording over gRPC + TLS, then PlayerViewModel::open() reading through the
//            MediaStreamServer (byte ranges of DownloadRecording) until the first video frame
//            reaches the video sink;
//   peer:    a bare QMediaPlayer playing the same file from the local disk (file://) until its
//            first frame: the floor set by Qt Multimedia and GStreamer themselves.
// Prints each round, the medians and the ratio product / peer, and the bytes the player read.
//
//   bench_player_first_frame [ROUNDS=7] [BENCH_DIR=/tmp/audientia-player-bench]

#include <QApplication>
#include <QAudioOutput>
#include <QElapsedTimer>
#include <QMediaPlayer>
#include <QTest>
#include <QVideoFrame>
#include <QVideoSink>
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "audientia/client/api_client.h"
#include "audientia/testing/server_process.h"
#include "audientia/testing/server_seed.h"
#include "audientia/testing/subprocess.h"
#include "services/media_stream_server.h"
#include "viewmodels/player_view_model.h"

namespace {

using namespace audientia;
namespace fs = std::filesystem;

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  return values[values.size() / 2];
}

bool waitFor(const std::function<bool()>& done, int timeoutMs) {
  QElapsedTimer timer;
  timer.start();
  while (!done()) {
    if (timer.elapsed() > timeoutMs) return false;
    QTest::qWait(2);
  }
  return true;
}

// ms from setSource to the first frame of a bare QMediaPlayer on a local file; -1 on failure.
double peerFirstFrame(const fs::path& file) {
  QMediaPlayer player;
  QAudioOutput audio;
  QVideoSink sink;
  player.setAudioOutput(&audio);
  player.setVideoSink(&sink);
  qint64 firstMs = -1;
  QElapsedTimer timer;
  QObject::connect(&sink, &QVideoSink::videoFrameChanged, [&](const QVideoFrame& frame) {
    if (firstMs < 0 && frame.isValid()) firstMs = timer.elapsed();
  });
  timer.start();
  player.setSource(QUrl::fromLocalFile(QString::fromStdString(file.string())));
  player.play();
  if (!waitFor([&] { return firstMs >= 0; }, 30000)) return -1;
  player.stop();
  return static_cast<double>(firstMs);
}

double productFirstFrame(client::ApiClient& api, gui::MediaStreamServer& streams,
                         const std::string& recordingId) {
  QElapsedTimer timer;
  timer.start();
  auto recording = api.getRecording(recordingId);
  if (!recording) {
    std::fprintf(stderr, "GetRecording: %s\n", recording.error().toString().c_str());
    return -1;
  }
  gui::PlayerViewModel player(streams);
  QVideoSink sink;
  player.setVideoSink(&sink);
  player.open(*recording);
  if (!waitFor([&] { return player.firstFrameMs() >= 0; }, 30000)) {
    std::fprintf(stderr, "no frame: %s\n", player.statusText().toStdString().c_str());
    return -1;
  }
  const double ms = static_cast<double>(timer.elapsed());
  player.close();
  return ms;
}

}  // namespace

int main(int argc, char** argv) {
  qputenv("QT_QPA_PLATFORM", "offscreen");
  QApplication app(argc, argv);
  const int rounds = argc > 1 ? std::max(1, std::atoi(argv[1])) : 7;
  const fs::path dir = argc > 2 ? fs::path(argv[2]) : fs::path("/tmp/audientia-player-bench");
  fs::create_directories(dir);
  const fs::path file = dir / "hearing-1h.mp4";
  if (!fs::exists(file)) {
    std::printf("encoding a 1-hour recording into %s (once)...\n", file.c_str());
    std::fflush(stdout);
    const fs::path partial = dir / "hearing-1h.partial.mp4";
    auto encoded = testing::runCommand({"/usr/bin/ffmpeg",
                                        "-hide_banner",
                                        "-loglevel",
                                        "error",
                                        "-f",
                                        "lavfi",
                                        "-i",
                                        "testsrc2=size=640x360:rate=25",
                                        "-f",
                                        "lavfi",
                                        "-i",
                                        "sine=frequency=440:sample_rate=48000",
                                        "-t",
                                        "3600",
                                        "-c:v",
                                        "libx264",
                                        "-preset",
                                        "ultrafast",
                                        "-g",
                                        "50",
                                        "-pix_fmt",
                                        "yuv420p",
                                        "-c:a",
                                        "aac",
                                        "-movflags",
                                        "+faststart",
                                        "-y",
                                        partial.string()});
    if (!encoded || encoded->exitCode != 0) {
      std::fprintf(stderr, "ffmpeg failed\n");
      return 1;
    }
    fs::rename(partial, file);
  }
  std::printf("recording: %s, %.1f MiB\n", file.c_str(),
              static_cast<double>(fs::file_size(file)) / (1024.0 * 1024.0));

  auto server = testing::ServerProcess::start();
  if (!server) {
    std::fprintf(stderr, "server: %s\n", server.error().toString().c_str());
    return 1;
  }
  auto user = testing::seedOfficeAndUser(**server, "Parchetul de bancă", "procuror.bench",
                                         v1::ROLE_PROSECUTOR, "Bench-lantern-harbour-2026");
  if (!user) {
    std::fprintf(stderr, "seed: %s\n", user.error().toString().c_str());
    return 1;
  }
  v1::CreateHearingRequest hearing;
  hearing.set_office_id(user->office.id());
  hearing.set_case_number("1/P/2026");
  hearing.set_kind(v1::HEARING_KIND_WITNESS);
  auto created = user->api->createHearing(hearing);
  if (!created) return 1;
  auto uploaded = user->api->uploadRecording(created->id(), file, {});
  if (!uploaded) {
    std::fprintf(stderr, "upload: %s\n", uploaded.error().toString().c_str());
    return 1;
  }
  waitFor(
      [&] {
        auto now = user->api->getRecording(uploaded->id());
        return now && now->state() == v1::RECORDING_STATE_AVAILABLE;
      },
      600000);

  std::shared_ptr<client::ApiClient> api = std::move(user->api);
  gui::MediaStreamServer streams;
  streams.setClient(api);
  std::vector<double> product;
  std::vector<double> peer;
  for (int round = 0; round < rounds; ++round) {
    double ours = 0;
    double theirs = 0;
    if (round % 2 == 0) {
      ours = productFirstFrame(*api, streams, uploaded->id());
      theirs = peerFirstFrame(file);
    } else {
      theirs = peerFirstFrame(file);
      ours = productFirstFrame(*api, streams, uploaded->id());
    }
    if (ours < 0 || theirs < 0) return 1;
    product.push_back(ours);
    peer.push_back(theirs);
    std::printf("round %d: product %.0f ms, local file %.0f ms\n", round + 1, ours, theirs);
  }
  std::printf(
      "first frame, median of %d: product %.0f ms (target <= 1000), local file %.0f ms, "
      "ratio %.2f; bytes read through the stream server in all: %.1f MiB of %.1f MiB\n",
      rounds, median(product), median(peer), median(product) / median(peer),
      static_cast<double>(streams.bytesServed()) / (1024.0 * 1024.0),
      static_cast<double>(fs::file_size(file)) / (1024.0 * 1024.0));
  return 0;
}
