// Capture engine benchmark (issue 5), run by hand:
//   build/bin/bench_capture [SECONDS=600] [PRESET=veryfast] [KILL_TRIALS=3]
// 1. Records 1080p30 (testsrc2, wall clock burned in) + 2 AAC tracks from lavfi in real time with
//    media::CaptureSession: dropped frames, A/V drift at the end, CPU seconds.
// 2. The ffmpeg CLI doing the same encode (same sources, drawtext, libx264 preset, GOP 1 s, no
//    B-frames, CRF 23, AAC 128k, fragmented MP4 segments of 60 s, -re pacing): CPU seconds.
// 3. kill -9 of a capturing child at a random moment: media lost = kill time - end of the torn
//    segment's last playable packet.

#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "audientia/media/capture_manifest.h"
#include "audientia/media/capture_session.h"
#include "audientia/media/capture_verify.h"
#include "capture/segment_inspector.h"
#include "capture/wall_time.h"

extern char** environ;

namespace {

using namespace audientia::media;
namespace fs = std::filesystem;

const char* kVideo = "testsrc2=size=1920x1080:rate=30";
const char* kAudio1 = "sine=frequency=440:sample_rate=48000";
const char* kAudio2 = "sine=frequency=660:sample_rate=48000";

double cpuSeconds(int who) {
  rusage usage{};
  getrusage(who, &usage);
  return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
         static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

CaptureOptions benchOptions(const fs::path& dir, const std::string& preset) {
  CaptureOptions options;
  options.outputDir = dir;
  options.videoInputs = {std::string("lavfi:") + kVideo};
  options.audioInputs = {std::string("lavfi:") + kAudio1, std::string("lavfi:") + kAudio2};
  options.videoPreset = preset;
  options.segmentLength = std::chrono::seconds(60);
  return options;
}

void runEngine(const fs::path& dir, int seconds, const std::string& preset, double& cpu) {
  double before = cpuSeconds(RUSAGE_SELF);
  auto session = CaptureSession::start(benchOptions(dir, preset));
  if (!session) {
    std::cerr << "capture failed: " << session.error().toString() << "\n";
    std::exit(1);
  }
  std::this_thread::sleep_for(std::chrono::seconds(seconds));
  auto summary = (*session)->stop();
  cpu = cpuSeconds(RUSAGE_SELF) - before;
  if (!summary) {
    std::cerr << "stop failed: " << summary.error().toString() << "\n";
    std::exit(1);
  }
  auto manifest = readManifest(dir);
  std::int64_t videoPackets = 0;
  double drift = 0;
  for (const auto& segment : manifest->segments) {
    auto span = inspectSegment(dir / segment.file);
    if (!span) continue;
    videoPackets += span->tracks[0].packets;
    if (&segment == &manifest->segments.back()) {
      drift =
          std::max(std::abs(static_cast<double>(span->tracks[0].endMs - span->tracks[1].endMs)),
                   std::abs(static_cast<double>(span->tracks[0].endMs - span->tracks[2].endMs)));
    }
  }
  std::printf("engine : %d s of 1080p30 + 2 AAC, preset %s: %d segments, %.1f s recorded\n",
              seconds, preset.c_str(), summary->segmentCount,
              static_cast<double>(summary->recordedDuration.count()) / 1000.0);
  std::printf("engine : dropped frames %lld (queue), video frames written %lld of ~%d expected\n",
              static_cast<long long>(summary->droppedFrames), static_cast<long long>(videoPackets),
              seconds * 30);
  std::printf("engine : A/V end offset in the last segment %.0f ms (one AAC frame is 21 ms)\n",
              drift);
  std::printf("engine : CPU %.1f s (%.0f%% of one core)\n", cpu, 100.0 * cpu / seconds);
}

void runFfmpeg(const fs::path& dir, int seconds, const std::string& preset, double& cpu) {
  fs::create_directories(dir);
  std::string draw =
      "drawtext=fontfile=/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf:text='%{localtime}':"
      "fontsize=49:fontcolor=white:box=1:boxcolor=black@0.6:boxborderw=9:x=8:y=8,format=yuv420p";
  std::vector<std::string> args = {"ffmpeg",
                                   "-hide_banner",
                                   "-loglevel",
                                   "error",
                                   "-nostdin",
                                   "-re",
                                   "-f",
                                   "lavfi",
                                   "-i",
                                   kVideo,
                                   "-re",
                                   "-f",
                                   "lavfi",
                                   "-i",
                                   kAudio1,
                                   "-re",
                                   "-f",
                                   "lavfi",
                                   "-i",
                                   kAudio2,
                                   "-map",
                                   "0:v",
                                   "-map",
                                   "1:a",
                                   "-map",
                                   "2:a",
                                   "-vf",
                                   draw,
                                   "-c:v",
                                   "libx264",
                                   "-preset",
                                   preset,
                                   "-g",
                                   "30",
                                   "-bf",
                                   "0",
                                   "-crf",
                                   "23",
                                   "-c:a",
                                   "aac",
                                   "-b:a",
                                   "128k",
                                   "-t",
                                   std::to_string(seconds),
                                   "-f",
                                   "segment",
                                   "-segment_time",
                                   "60",
                                   "-segment_format",
                                   "mp4",
                                   "-segment_format_options",
                                   "movflags=frag_keyframe+empty_moov+default_base_moof",
                                   (dir / "out%03d.mp4").string()};
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  double before = cpuSeconds(RUSAGE_CHILDREN);
  pid_t pid = 0;
  if (posix_spawnp(&pid, "ffmpeg", nullptr, nullptr, argv.data(), environ) != 0) {
    std::cerr << "cannot run ffmpeg\n";
    std::exit(1);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  cpu = cpuSeconds(RUSAGE_CHILDREN) - before;
  std::printf("ffmpeg : same encode, exit %d, CPU %.1f s (%.0f%% of one core)\n",
              WEXITSTATUS(status), cpu, 100.0 * cpu / seconds);
}

double killTrial(const fs::path& dir, const std::string& preset, std::mt19937& random) {
  auto killAfter =
      std::chrono::milliseconds(std::uniform_int_distribution<int>(6000, 12000)(random));
  auto options = benchOptions(dir, preset);
  options.segmentLength = std::chrono::seconds(5);
  pid_t child = fork();
  if (child == 0) {
    auto session = CaptureSession::start(options);
    if (!session) _exit(3);
    while (true) std::this_thread::sleep_for(std::chrono::seconds(1));
  }
  std::this_thread::sleep_for(killAfter);
  auto killedAt = std::chrono::system_clock::now();
  kill(child, SIGKILL);
  waitpid(child, nullptr, 0);
  auto manifest = readManifest(dir);
  if (!manifest || manifest->openSegments.empty()) return -1;
  const auto& torn = manifest->openSegments.back();
  auto span = inspectSegment(dir / torn.file);
  double expected =
      std::chrono::duration<double, std::milli>(killedAt - parseWallTime(torn.wallStart)).count();
  double loss = expected - static_cast<double>(span ? span->endMs() : 0);
  auto recovery = recoverCapture(dir, RecoveryMode::kSeal);
  auto verification = verifyCapture(dir);
  std::printf("kill -9: after %.1f s, media lost %.0f ms; recovery %s, verify %s\n",
              static_cast<double>(killAfter.count()) / 1000.0, loss, recovery ? "ok" : "FAILED",
              verification && verification->ok() ? "ok" : "FAILED");
  return loss;
}

}  // namespace

int main(int argc, char** argv) {
  int seconds = argc > 1 ? std::atoi(argv[1]) : 600;
  std::string preset = argc > 2 ? argv[2] : "veryfast";
  int trials = argc > 3 ? std::atoi(argv[3]) : 3;
  fs::path root =
      fs::temp_directory_path() / ("audientia-capture-bench-" + std::to_string(getpid()));
  fs::create_directories(root);
  double engineCpu = 0, ffmpegCpu = 0;
  runEngine(root / "engine", seconds, preset, engineCpu);
  runFfmpeg(root / "ffmpeg", seconds, preset, ffmpegCpu);
  std::printf("ratio  : engine CPU / ffmpeg CPU = %.2f (target <= 1.15)\n", engineCpu / ffmpegCpu);
  std::mt19937 random(std::random_device{}());
  double worst = 0;
  for (int i = 0; i < trials; ++i) {
    worst = std::max(worst, killTrial(root / ("kill" + std::to_string(i)), preset, random));
  }
  if (trials > 0) std::printf("kill -9: worst loss %.0f ms (target <= 1500)\n", worst);
  fs::remove_all(root);
  return 0;
}
