// Processing jobs benchmark (issue 4), run by hand:
//   build/bin/bench_processing [SEGMENTS=5] [SECONDS=60] [THUMB_EVERY_MS=10000]
// Encodes SEGMENTS fragmented MP4 segments of SECONDS each (720p30 H.264 + stereo AAC, as the
// capture writes them) with the ffmpeg CLI, then times on them:
//   assembleMaster (stream copy, faststart): wall time and MB/s of segment data;
//   makeThumbnails on the master, one every THUMB_EVERY_MS: wall time per thumbnail;
//   computeWaveform on the master: wall time per media minute.

#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "audientia/media/processing.h"

extern char** environ;

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

bool run(std::vector<std::string> args) {
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = 0;
  if (posix_spawnp(&pid, argv[0], nullptr, nullptr, argv.data(), environ) != 0) return false;
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

bool makeSegment(const fs::path& path, int seconds, int index) {
  const std::string duration = std::to_string(seconds);
  return run({"ffmpeg",
              "-nostdin",
              "-hide_banner",
              "-loglevel",
              "error",
              "-y",
              "-f",
              "lavfi",
              "-i",
              "testsrc2=size=1280x720:rate=30:duration=" + duration,
              "-f",
              "lavfi",
              "-i",
              "sine=frequency=" + std::to_string(440 + 10 * index) +
                  ":sample_rate=48000:duration=" + duration,
              "-ac",
              "2",
              "-c:v",
              "libx264",
              "-preset",
              "ultrafast",
              "-g",
              "30",
              "-bf",
              "0",
              "-c:a",
              "aac",
              "-b:a",
              "128k",
              "-movflags",
              "frag_keyframe+empty_moov+default_base_moof",
              path.string()});
}

}  // namespace

int main(int argc, char** argv) {
  const int segments = argc > 1 ? std::stoi(argv[1]) : 5;
  const int seconds = argc > 2 ? std::stoi(argv[2]) : 60;
  const std::int64_t thumbEveryMs = argc > 3 ? std::stoll(argv[3]) : 10000;
  const fs::path dir = fs::temp_directory_path() / ("bench_processing." + std::to_string(getpid()));
  fs::create_directories(dir);
  std::vector<fs::path> paths;
  std::uintmax_t bytes = 0;
  std::cout << "encoding " << segments << " segments of " << seconds << " s (720p30 + AAC)...\n";
  for (int i = 0; i < segments; ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "segment-%05d.mp4", i + 1);
    paths.push_back(dir / name);
    if (!makeSegment(paths.back(), seconds, i)) {
      std::cerr << "ffmpeg failed on " << paths.back() << "\n";
      fs::remove_all(dir);
      return 1;
    }
    bytes += fs::file_size(paths.back());
  }
  int rc = 0;
  const fs::path master = dir / "master.mp4";
  auto start = Clock::now();
  auto assembled = audientia::media::assembleMaster(paths, master);
  const double assembleS = secondsSince(start);
  if (!assembled) {
    std::cerr << assembled.error().toString() << "\n";
    rc = 1;
  } else {
    std::printf("assembleMaster: %.2f s for %.1f MB (%.0f MB/s), %lld ms, %lld packets\n",
                assembleS, static_cast<double>(bytes) / 1e6,
                static_cast<double>(bytes) / 1e6 / assembleS,
                static_cast<long long>(assembled->durationMs),
                static_cast<long long>(assembled->packetsCopied));
    start = Clock::now();
    auto thumbs = audientia::media::makeThumbnails(master, dir / "thumbs", thumbEveryMs);
    const double thumbS = secondsSince(start);
    if (thumbs) {
      std::printf("makeThumbnails: %zu in %.2f s (%.0f ms each)\n", thumbs->size(), thumbS,
                  thumbs->empty() ? 0.0 : 1000.0 * thumbS / static_cast<double>(thumbs->size()));
    } else {
      std::cerr << thumbs.error().toString() << "\n";
      rc = 1;
    }
    start = Clock::now();
    auto waveform = audientia::media::computeWaveform(master);
    const double waveS = secondsSince(start);
    if (waveform) {
      const double minutes = static_cast<double>(waveform->durationMs) / 60000.0;
      std::printf(
          "computeWaveform: %.2f s for %.1f media minutes (%.2f s per minute), JSON %zu B\n", waveS,
          minutes, waveS / minutes, audientia::media::waveformToJson(*waveform).size());
    } else {
      std::cerr << waveform.error().toString() << "\n";
      rc = 1;
    }
  }
  fs::remove_all(dir);
  return rc;
}
