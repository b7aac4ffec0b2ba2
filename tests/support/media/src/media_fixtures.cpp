#include "audientia/testing/media_fixtures.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <sstream>
#include <system_error>

extern char** environ;  // NOLINT(readability-redundant-declaration): POSIX, for posix_spawnp

namespace audientia::testing {
namespace {

// How much of ffmpeg's error output a failure message carries.
constexpr std::size_t kMaxLogTail = 2000;

std::string seconds(std::chrono::milliseconds duration) {
  std::ostringstream out;
  out << duration.count() / 1000 << '.';
  const auto millis = duration.count() % 1000;
  out << (millis < 100 ? "0" : "") << (millis < 10 ? "0" : "") << millis;
  return out.str();
}

Status validate(const TestRecordingOptions& options) {
  if (options.duration.count() < 0) return invalidArgument("recording duration must be >= 0");
  if (options.duration.count() == 0 && options.container != Container::kFragmentedMp4) {
    return invalidArgument("only a fragmented MP4 can hold zero frames (its header)");
  }
  if (options.container == Container::kUnspecified) return invalidArgument("container unspecified");
  if (options.tracks == Tracks::kUnspecified) return invalidArgument("tracks unspecified");
  const bool video = options.tracks != Tracks::kAudioOnly;
  const bool audio = options.tracks != Tracks::kVideoOnly;
  if (video &&
      (options.width <= 0 || options.height <= 0 || options.width % 2 != 0 ||
       options.height % 2 != 0 || options.frameRate <= 0 || options.keyframeInterval <= 0)) {
    return invalidArgument(
        "video needs an even positive size, a frame rate and a keyframe interval");
  }
  if (audio && (options.sampleRate <= 0 || options.channels <= 0 || options.channels > 8 ||
                options.toneHz <= 0 || options.audioBitRate <= 0)) {
    return invalidArgument("audio needs a sample rate, 1..8 channels, a tone and a bit rate");
  }
  return ok();
}

std::string readTail(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (text.size() > kMaxLogTail) text = "..." + text.substr(text.size() - kMaxLogTail);
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
  return text;
}

// posix_spawn file actions owned for the duration of one spawn.
class SpawnFileActions {
 public:
  SpawnFileActions() { posix_spawn_file_actions_init(&actions_); }
  ~SpawnFileActions() { posix_spawn_file_actions_destroy(&actions_); }
  SpawnFileActions(const SpawnFileActions&) = delete;
  SpawnFileActions& operator=(const SpawnFileActions&) = delete;
  SpawnFileActions(SpawnFileActions&&) = delete;
  SpawnFileActions& operator=(SpawnFileActions&&) = delete;
  posix_spawn_file_actions_t* get() { return &actions_; }

 private:
  posix_spawn_file_actions_t actions_{};
};

// A file descriptor closed on scope exit.
class FileDescriptor {
 public:
  explicit FileDescriptor(int fd) : fd_(fd) {}
  ~FileDescriptor() {
    if (fd_ >= 0) close(fd_);
  }
  FileDescriptor(const FileDescriptor&) = delete;
  FileDescriptor& operator=(const FileDescriptor&) = delete;
  FileDescriptor(FileDescriptor&&) = delete;
  FileDescriptor& operator=(FileDescriptor&&) = delete;
  int get() const { return fd_; }

 private:
  int fd_;
};

// Runs argv (searched on PATH) with stdin from /dev/null and stdout+stderr into `logPath`;
// returns its exit status as waitpid reports it.
Expected<int> run(const std::vector<std::string>& arguments, const std::filesystem::path& logPath) {
  std::vector<char*> argv;
  argv.reserve(arguments.size() + 1);
  for (const auto& argument : arguments) argv.push_back(const_cast<char*>(argument.c_str()));
  argv.push_back(nullptr);

  // Opened here, not as a spawn action, so that a failure is reported as what it is.
  const FileDescriptor log(open(logPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644));
  if (log.get() < 0) {
    return invalidArgument("cannot create " + logPath.string() + ": " + std::strerror(errno));
  }
  SpawnFileActions actions;
  posix_spawn_file_actions_addopen(actions.get(), STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_adddup2(actions.get(), log.get(), STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(actions.get(), log.get(), STDERR_FILENO);

  pid_t pid = 0;
  if (const int rc = posix_spawnp(&pid, argv[0], actions.get(), nullptr, argv.data(), environ);
      rc != 0) {
    return Error(ErrorCode::kUnavailable, "cannot run '" + arguments[0] +
                                              "': " + std::strerror(rc) +
                                              " (install Debian's ffmpeg package)");
  }
  int status = 0;
  while (waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) {
      return internalError("waiting for " + arguments[0] + ": " + std::strerror(errno));
    }
  }
  return status;
}

}  // namespace

std::vector<std::string> ffmpegArguments(const std::filesystem::path& path,
                                         const TestRecordingOptions& options) {
  const bool video = options.tracks != Tracks::kAudioOnly;
  const bool audio = options.tracks != Tracks::kVideoOnly;
  const std::string duration = seconds(options.duration);
  // Sources are bounded too, so that ffmpeg stops even if -t were ignored; 0 means unbounded.
  const std::string sourceDuration =
      options.duration.count() > 0 ? ":duration=" + duration : std::string();
  std::vector<std::string> args = {"ffmpeg",    "-nostdin", "-hide_banner",
                                   "-loglevel", "error",    "-y"};
  if (video) {
    args.insert(args.end(), {"-f", "lavfi", "-i",
                             "testsrc2=size=" + std::to_string(options.width) + "x" +
                                 std::to_string(options.height) +
                                 ":rate=" + std::to_string(options.frameRate) + sourceDuration});
  }
  if (audio) {
    args.insert(args.end(), {"-f", "lavfi", "-i",
                             "sine=frequency=" + std::to_string(options.toneHz) + ":sample_rate=" +
                                 std::to_string(options.sampleRate) + sourceDuration});
  }
  if (video) {
    args.insert(args.end(), {"-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-g",
                             std::to_string(options.keyframeInterval)});
  }
  if (audio) {
    args.insert(args.end(),
                {"-c:a", "aac", "-b:a", std::to_string(options.audioBitRate), "-ac",
                 std::to_string(options.channels), "-ar", std::to_string(options.sampleRate)});
  }
  args.insert(args.end(), {"-t", duration, "-shortest"});
  switch (options.container) {
    case Container::kMp4:
      args.insert(args.end(), {"-f", "mp4"});
      break;
    case Container::kFragmentedMp4:
      args.insert(args.end(),
                  {"-f", "mp4", "-movflags", "frag_keyframe+empty_moov+default_base_moof"});
      break;
    case Container::kMkv:
      args.insert(args.end(), {"-f", "matroska"});
      break;
    case Container::kUnspecified:
      break;
  }
  // "file:" keeps ffmpeg from reading a path with a colon as a protocol.
  args.push_back("file:" + path.string());
  return args;
}

Status makeTestRecording(const std::filesystem::path& path, const TestRecordingOptions& options) {
  AUDIENTIA_TRY_STATUS(validate(options));
  const auto arguments = ffmpegArguments(path, options);
  std::filesystem::path logPath = path;
  logPath += ".ffmpeg.log";
  std::error_code ignored;
  const auto parent = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
  if (!std::filesystem::is_directory(parent, ignored)) {
    return notFound("cannot write " + path.string() + ": its directory does not exist");
  }
  const auto ran = run(arguments, logPath);
  const std::string log = readTail(logPath);
  std::filesystem::remove(logPath, ignored);
  AUDIENTIA_TRY(const int status, ran);
  if (WIFEXITED(status) && WEXITSTATUS(status) == 0) {
    if (std::filesystem::file_size(path, ignored) > 0) return ok();
    return internalError("ffmpeg exited 0 but wrote nothing to " + path.string());
  }
  const std::string how = WIFEXITED(status)
                              ? "exited with status " + std::to_string(WEXITSTATUS(status))
                              : "was killed by signal " + std::to_string(WTERMSIG(status));
  return internalError("ffmpeg encoding " + path.string() + " " + how + ": " + log);
}

Status writeTruncatedCopy(const std::filesystem::path& source, const std::filesystem::path& target,
                          std::uintmax_t bytes) {
  std::ifstream in(source, std::ios::binary);
  if (!in) return notFound("cannot open " + source.string());
  std::string data(bytes, '\0');
  in.read(data.data(), static_cast<std::streamsize>(bytes));
  data.resize(static_cast<std::size_t>(in.gcount()));
  if (data.size() < bytes) {
    return invalidArgument(source.string() + " is shorter than " + std::to_string(bytes) +
                           " bytes");
  }
  return writeFile(target, data);
}

Status writeFile(const std::filesystem::path& path, const std::string& content) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(content.data(), static_cast<std::streamsize>(content.size()));
  out.close();
  if (!out) return internalError("cannot write " + path.string());
  return ok();
}

}  // namespace audientia::testing
