#include "processing_test_support.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <memory>
#include <thread>

#include "audientia/media/capture_manifest.h"
#include "audientia/media/capture_session.h"
#include "audientia/testing/media_fixtures.h"
#include "ffmpeg_handles.h"
#include "ffmpeg_input.h"

extern char** environ;  // NOLINT(readability-redundant-declaration): POSIX, for posix_spawnp

namespace audientia::media::testing_support {
namespace {

CapturedSegments recordCapture(const std::filesystem::path& dir) {
  CaptureOptions options;
  options.outputDir = dir;
  options.videoInputs = {"lavfi:testsrc2=size=320x240:rate=30"};
  options.audioInputs = {"lavfi:sine=frequency=440:sample_rate=48000",
                         "lavfi:sine=frequency=1000:sample_rate=48000"};
  options.segmentLength = std::chrono::seconds(1);
  options.title = "processing test";
  CapturedSegments captured{dir, {}};
  auto session = CaptureSession::start(options);
  if (!session) {
    ADD_FAILURE() << "starting the capture: " << session.error().toString();
    return captured;
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(3600));
  auto summary = (*session)->stop();
  if (!summary) {
    ADD_FAILURE() << "stopping the capture: " << summary.error().toString();
    return captured;
  }
  auto manifest = readManifest(dir);
  if (!manifest) {
    ADD_FAILURE() << manifest.error().toString();
    return captured;
  }
  for (const auto& segment : manifest->segments) captured.segments.push_back(dir / segment.file);
  return captured;
}

}  // namespace

const CapturedSegments& capturedSegments() {
  // Recorded once per binary: a capture runs in real time. Removed when the binary exits.
  static const testing::ScratchDir scratch;
  static const CapturedSegments captured = recordCapture(scratch.path() / "hearing");
  return captured;
}

Status runFfmpeg(const std::vector<std::string>& arguments) {
  std::vector<std::string> all = {"ffmpeg", "-nostdin", "-hide_banner", "-loglevel", "error", "-y"};
  all.insert(all.end(), arguments.begin(), arguments.end());
  std::vector<char*> argv;
  for (auto& argument : all) argv.push_back(argument.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  pid_t pid = 0;
  const int rc = posix_spawnp(&pid, "ffmpeg", &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) return Error(ErrorCode::kUnavailable, std::string("ffmpeg: ") + std::strerror(rc));
  int status = 0;
  while (waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) return internalError("waitpid: " + std::string(std::strerror(errno)));
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    return internalError("ffmpeg failed (status " + std::to_string(status) + ")");
  }
  return ok();
}

Expected<std::vector<std::string>> topLevelBoxes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return notFound("cannot open " + path.string());
  const auto fileSize = static_cast<std::uint64_t>(std::filesystem::file_size(path));
  std::vector<std::string> boxes;
  std::uint64_t offset = 0;
  while (offset + 8 <= fileSize) {
    unsigned char header[16];
    in.seekg(static_cast<std::streamoff>(offset));
    in.read(reinterpret_cast<char*>(header), 8);
    std::uint64_t size = 0;
    for (int i = 0; i < 4; ++i) size = (size << 8) | header[i];
    boxes.emplace_back(reinterpret_cast<char*>(header) + 4, 4);
    if (size == 1) {
      in.read(reinterpret_cast<char*>(header) + 8, 8);
      size = 0;
      for (int i = 8; i < 16; ++i) size = (size << 8) | header[i];
    } else if (size == 0) {
      size = fileSize - offset;
    }
    if (size < 8) return invalidArgument("bad box size in " + path.string());
    offset += size;
  }
  return boxes;
}

Expected<std::vector<StreamPackets>> readPackets(const std::filesystem::path& path) {
  AUDIENTIA_TRY(auto format, openInput(path));
  std::vector<StreamPackets> streams(format->nb_streams);
  for (unsigned i = 0; i < format->nb_streams; ++i) {
    const char* type = av_get_media_type_string(format->streams[i]->codecpar->codec_type);
    streams[i].type = type != nullptr ? type : "";
  }
  Packet packet = makePacket();
  while (av_read_frame(format.get(), packet.get()) >= 0) {
    PacketRef ref(packet.get());
    auto& stream = streams[static_cast<std::size_t>(packet->stream_index)];
    if (stream.ptsMs.empty()) stream.firstPacket.assign(packet->data, packet->data + packet->size);
    stream.ptsMs.push_back(
        av_rescale_q(packet->pts, format->streams[packet->stream_index]->time_base, {1, 1000}));
  }
  return streams;
}

Expected<std::int64_t> largestInterleaveStepMs(const std::filesystem::path& path) {
  AUDIENTIA_TRY(auto format, openInput(path));
  std::vector<std::pair<std::int64_t, std::int64_t>> positionAndDtsMs;
  Packet packet = makePacket();
  while (av_read_frame(format.get(), packet.get()) >= 0) {
    PacketRef ref(packet.get());
    positionAndDtsMs.emplace_back(
        packet->pos,
        av_rescale_q(packet->dts, format->streams[packet->stream_index]->time_base, {1, 1000}));
  }
  std::sort(positionAndDtsMs.begin(), positionAndDtsMs.end());
  std::int64_t largest = 0;
  for (std::size_t i = 1; i < positionAndDtsMs.size(); ++i) {
    largest =
        std::max(largest, std::abs(positionAndDtsMs[i].second - positionAndDtsMs[i - 1].second));
  }
  return largest;
}

}  // namespace audientia::media::testing_support
