// The hearing room's cost against audientiactl capture: the same sources recorded for the same
// time, first by `audientiactl capture` (a child process; its CPU seconds from wait4), then by
// the desktop client's hearing room in this process (CaptureService + CaptureViewModel +
// CaptureWidget shown on the offscreen platform, with previews, meters, the clock and the
// event list live; its CPU seconds from getrusage). Taking turns ROUNDS times, it prints each
// round and the medians of: CPU ratio client / CLI (target ≤ 1.15), frames dropped by the
// client (target 0) and the longest the UI thread was kept from its 10 ms timer (target
// ≤ 50 ms).
//
//   bench_capture_workspace [SECONDS=60] [ROUNDS=3] [VIDEOS] [AUDIOS]
// VIDEOS and AUDIOS are space-separated device specs; by default two 720p30 cameras and two
// microphones (lavfi test sources).

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "services/capture_service.h"
#include "services/hearings_api_service.h"
#include "viewmodels/capture_view_model.h"
#include "views/capture_widget.h"

namespace {

using namespace audientia;

constexpr char kHearing[] = "5b1c0e9a-7d3f-4a2b-9c8d-1e2f3a4b5c6d";

double cpuSeconds(const rusage& usage) {
  return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
         static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  return values[values.size() / 2];
}

// Nothing in the bench creates a hearing: it records into an existing one.
class NoServer final : public gui::HearingsApiService {
 public:
  void listHearings(const std::string&, QObject*, gui::Done<std::vector<v1::Hearing>>) override {}
  void getHearing(const std::string&, QObject*, gui::Done<v1::GetHearingResponse>) override {}
  void createHearing(const v1::CreateHearingRequest&, QObject*, gui::Done<v1::Hearing>) override {}
};

std::vector<std::string> words(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t end = std::min(text.find(' ', start), text.size());
    if (end > start) out.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

QStringList qlist(const std::vector<std::string>& list) {
  QStringList out;
  for (const auto& item : list) out << QString::fromStdString(item);
  return out;
}

// audientiactl capture, as a child; returns its CPU seconds (negative on failure).
double cliCapture(const std::string& ctl, const std::vector<std::string>& videos,
                  const std::vector<std::string>& audios, const std::string& out, int seconds) {
  std::vector<std::string> args = {ctl, "capture"};
  for (const auto& video : videos) args.insert(args.end(), {"--video", video});
  for (const auto& audio : audios) args.insert(args.end(), {"--audio", audio});
  args.insert(args.end(), {"--out", out, "--duration", std::to_string(seconds) + "s"});
  std::vector<char*> argv;
  for (auto& arg : args) argv.push_back(arg.data());
  argv.push_back(nullptr);
  const pid_t child = fork();
  if (child == 0) {
    execv(ctl.c_str(), argv.data());
    _exit(127);
  }
  int status = 0;
  rusage usage{};
  if (wait4(child, &status, 0, &usage) != child || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    std::fprintf(stderr, "audientiactl capture failed (status %d)\n", status);
    return -1;
  }
  return cpuSeconds(usage);
}

struct ClientRound {
  double cpuSeconds = -1;
  std::int64_t dropped = -1;
  double longestStallMs = 0;
};

ClientRound clientCapture(const QString& root, const std::vector<std::string>& videos,
                          const std::vector<std::string>& audios, int seconds) {
  ClientRound round;
  NoServer server;
  gui::CaptureService service;
  gui::CaptureViewModel model(service, server, root);
  model.useExistingHearing(QString::fromLatin1(kHearing), QStringLiteral("BENCH/1"));
  model.setSources(qlist(videos), qlist(audios));
  gui::CaptureWidget widget(model);
  widget.resize(1440, 880);
  widget.show();

  // The UI thread's promptness: a 10 ms timer, and the longest gap between its ticks.
  QElapsedTimer sinceTick;
  double longest = 0;
  bool measuring = false;
  QTimer probe;
  probe.setTimerType(Qt::PreciseTimer);
  probe.setInterval(10);
  QObject::connect(&probe, &QTimer::timeout, [&] {
    if (measuring)
      longest = std::max(longest, static_cast<double>(sinceTick.nsecsElapsed()) / 1e6 - 10.0);
    sinceTick.restart();
  });
  probe.start();
  sinceTick.start();

  rusage before{};
  getrusage(RUSAGE_SELF, &before);
  QEventLoop loop;
  QObject::connect(
      &model, &gui::CaptureViewModel::stateChanged, &loop, [&](gui::CaptureState state) {
        if (state == gui::CaptureState::kRecording) {
          measuring = true;
          QTimer::singleShot(seconds * 1000, &model, &gui::CaptureViewModel::stop);
        }
        if (state == gui::CaptureState::kSealed || state == gui::CaptureState::kPreparing) {
          measuring = false;
          loop.quit();
        }
      });
  QObject::connect(&model, &gui::CaptureViewModel::errorOccurred, [](const QString& message) {
    std::fprintf(stderr, "%s\n", qPrintable(message));
  });
  model.record();
  loop.exec();
  rusage after{};
  getrusage(RUSAGE_SELF, &after);
  if (model.state() != gui::CaptureState::kSealed) return round;
  round.cpuSeconds = cpuSeconds(after) - cpuSeconds(before);
  round.dropped = model.droppedFrames();
  round.longestStallMs = longest;
  return round;
}

}  // namespace

int main(int argc, char** argv) {
  qputenv("QT_QPA_PLATFORM", "offscreen");
  const int seconds = argc > 1 ? std::atoi(argv[1]) : 60;
  const int rounds = argc > 2 ? std::atoi(argv[2]) : 3;
  const auto videos = words(argc > 3 ? argv[3]
                                     : "lavfi:testsrc2=size=1280x720:rate=30 "
                                       "lavfi:smptebars=size=1280x720:rate=30");
  const auto audios = words(argc > 4 ? argv[4]
                                     : "lavfi:sine=frequency=440:sample_rate=48000 "
                                       "lavfi:sine=frequency=660:sample_rate=48000");
  int qtArgc = 1;
  QApplication app(qtArgc, argv);
  QCoreApplication::setOrganizationName(QStringLiteral("AudientiaBench"));
  const std::string self = QCoreApplication::applicationDirPath().toStdString();
  const std::string ctl = self + "/audientiactl";
  QTemporaryDir work;
  if (!work.isValid()) return 1;

  std::printf("%d rounds of %d s: %zu cameras, %zu microphones\n", rounds, seconds, videos.size(),
              audios.size());
  std::vector<double> ratios, stalls, dropped;
  for (int round = 1; round <= rounds; ++round) {
    const std::string out = work.path().toStdString() + "/cli-" + std::to_string(round);
    const double cli = cliCapture(ctl, videos, audios, out, seconds);
    const ClientRound client =
        clientCapture(work.path() + QStringLiteral("/room-%1").arg(round), videos, audios, seconds);
    if (cli <= 0 || client.cpuSeconds <= 0) return 1;
    const double ratio = client.cpuSeconds / cli;
    std::printf(
        "round %d: audientiactl %.1f CPU-s, hearing room %.1f CPU-s, ratio %.3f, "
        "dropped %lld, longest UI stall %.1f ms\n",
        round, cli, client.cpuSeconds, ratio, static_cast<long long>(client.dropped),
        client.longestStallMs);
    std::fflush(stdout);
    ratios.push_back(ratio);
    stalls.push_back(client.longestStallMs);
    dropped.push_back(static_cast<double>(client.dropped));
  }
  std::printf(
      "median: CPU ratio %.3f (target <= 1.15), dropped %.0f (target 0), longest UI "
      "stall %.1f ms (target <= 50)\n",
      median(ratios), median(dropped), median(stalls));
  return 0;
}
