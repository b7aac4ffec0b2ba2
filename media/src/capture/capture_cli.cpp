#include "audientia/media/capture_cli.h"

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdint>
#include <thread>

#include "audientia/media/capture_manifest.h"
#include "audientia/media/capture_session.h"
#include "audientia/media/device_spec.h"

namespace audientia::media {
namespace {

std::atomic<int> stopSignal{0};

extern "C" void onStopSignal(int signal) {
  stopSignal.store(signal);
}

// Restores the previous SIGINT/SIGTERM handlers on scope exit.
class StopSignals {
 public:
  StopSignals() {
    struct sigaction action {};
    action.sa_handler = &onStopSignal;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, &previousInt_);
    sigaction(SIGTERM, &action, &previousTerm_);
    stopSignal = 0;
  }
  ~StopSignals() {
    sigaction(SIGINT, &previousInt_, nullptr);
    sigaction(SIGTERM, &previousTerm_, nullptr);
  }
  StopSignals(const StopSignals&) = delete;
  StopSignals& operator=(const StopSignals&) = delete;

 private:
  struct sigaction previousInt_ {};
  struct sigaction previousTerm_ {};
};

int usage(std::ostream& err, const std::string& message) {
  err << "error: INVALID_ARGUMENT: " << message << " (see 'audientiactl capture --help')\n";
  return 2;
}

int failure(std::ostream& err, const Error& error) {
  err << "error: " << error.toString() << "\n";
  return 1;
}

// "60s", "1500ms", "2m", "90" (seconds).
bool parseDuration(const std::string& text, std::chrono::milliseconds& out) {
  try {
    std::size_t used = 0;
    double value = std::stod(text, &used);
    std::string unit = text.substr(used);
    double ms = unit == "ms"                    ? value
                : unit == "m"                   ? value * 60000
                : unit == "h"                   ? value * 3600000
                : (unit.empty() || unit == "s") ? value * 1000
                                                : -1;
    if (ms <= 0) return false;
    out = std::chrono::milliseconds(static_cast<std::int64_t>(ms));
    return true;
  } catch (const std::exception&) {
    return false;
  }
}

// "4M", "800k", "2000000".
bool parseBitRate(const std::string& text, std::int64_t& out) {
  try {
    std::size_t used = 0;
    double value = std::stod(text, &used);
    std::string unit = text.substr(used);
    double factor = unit == "k" ? 1e3 : unit == "M" ? 1e6 : unit.empty() ? 1 : -1;
    if (factor < 0 || value <= 0) return false;
    out = static_cast<std::int64_t>(value * factor);
    return true;
  } catch (const std::exception&) {
    return false;
  }
}

int runVerify(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  if (args.size() != 2) return usage(err, "'capture verify' takes one directory");
  auto report = verifyCapture(args[1]);
  if (!report) return failure(err, report.error());
  for (const auto& problem : report->problems) {
    out << toString(problem.kind) << ": " << problem.detail << "\n";
  }
  if (report->ok()) {
    out << "ok: " << report->segmentsChecked << " segments intact, seal " << report->seal << "\n";
    return 0;
  }
  err << "error: DATA_LOSS: the capture in " << args[1] << " does not verify ("
      << report->problems.size() << " problems)\n";
  return 1;
}

int runRecover(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  if (args.size() < 2 || args.size() > 3 || (args.size() == 3 && args[2] != "--seal")) {
    return usage(err, "'capture recover' takes a directory and optionally --seal");
  }
  auto mode = args.size() == 3 ? RecoveryMode::kSeal : RecoveryMode::kLeaveOpen;
  auto recovery = recoverCapture(args[1], mode);
  if (!recovery) return failure(err, recovery.error());
  if (!recovery->wasInterrupted) {
    out << "nothing to recover in " << args[1] << "\n";
    return 0;
  }
  for (const auto& file : recovery->repaired) out << "repaired: " << file << "\n";
  for (const auto& file : recovery->discarded) out << "removed (no media): " << file << "\n";
  out << "gap from " << recovery->gapStart << "; " << recovery->bytesCut
      << " bytes of torn fragments cut" << (mode == RecoveryMode::kSeal ? "; sealed" : "") << "\n";
  return 0;
}

int runDevices(std::ostream& out) {
  auto devices = listCaptureDevices();
  if (devices.empty()) out << "no capture devices found (lavfi:<graph> specs still work)\n";
  for (const auto& device : devices) {
    out << (device.media == DeviceMedia::kVideo ? "video  " : "audio  ") << device.spec;
    if (!device.description.empty()) out << "  (" << device.description << ")";
    out << "\n";
  }
  return 0;
}

int runRecord(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  CaptureOptions options;
  std::chrono::milliseconds duration{0};
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& name = args[i];
    bool flag = name == "--resume";
    if (!flag && i + 1 >= args.size()) return usage(err, "option '" + name + "' needs a value");
    const std::string value = flag ? std::string() : args[++i];
    if (name == "--video") {
      options.videoInputs.push_back(value);
    } else if (name == "--audio") {
      options.audioInputs.push_back(value);
    } else if (name == "--out") {
      options.outputDir = value;
    } else if (name == "--segment") {
      if (!parseDuration(value, options.segmentLength))
        return usage(err, "bad --segment '" + value + "'");
    } else if (name == "--duration") {
      if (!parseDuration(value, duration)) return usage(err, "bad --duration '" + value + "'");
    } else if (name == "--preset") {
      options.videoPreset = value;
    } else if (name == "--bitrate") {
      if (!parseBitRate(value, options.videoBitRate))
        return usage(err, "bad --bitrate '" + value + "'");
    } else if (name == "--title") {
      options.title = value;
    } else if (flag) {
      options.resume = true;
    } else {
      return usage(err, "unknown option '" + name + "' for 'capture'");
    }
  }
  if (options.outputDir.empty()) return usage(err, "'capture' needs --out DIR");
  if (options.videoInputs.empty() && options.audioInputs.empty()) {
    return usage(err, "'capture' needs at least one --video or --audio device spec");
  }
  StopSignals signals;
  CaptureCallbacks callbacks;
  callbacks.onHealth = [&err](const HealthEvent& event) {
    err << "health: " << toString(event.kind)
        << (event.inputSpec.empty() ? "" : " [" + event.inputSpec + "]") << ": " << event.detail
        << "\n";
  };
  auto session = CaptureSession::start(options, callbacks);
  if (!session) return failure(err, session.error());
  out << "recording to " << options.outputDir.string() << " (Ctrl-C stops and seals)\n"
      << std::flush;
  auto started = std::chrono::steady_clock::now();
  while (stopSignal.load() == 0 &&
         (duration.count() == 0 || std::chrono::steady_clock::now() - started < duration)) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  auto summary = (*session)->stop();
  if (!summary) return failure(err, summary.error());
  out << "sealed: " << summary->segmentCount << " segments, "
      << static_cast<double>(summary->recordedDuration.count()) / 1000.0 << " s, "
      << summary->droppedFrames << " frames dropped, seal " << summary->sealSha256 << "\n";
  return 0;
}

}  // namespace

int runCaptureCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  if (args.empty() || args[0] == "--help" || args[0] == "-h") {
    out << "usage: audientiactl capture --video SPEC --audio SPEC --out DIR [--segment 60s]\n"
           "                            [--preset veryfast] [--bitrate 4M] [--duration 30s]\n"
           "                            [--title TEXT] [--resume]\n"
           "       audientiactl capture verify DIR\n"
           "       audientiactl capture recover DIR [--seal]\n"
           "       audientiactl capture devices\n"
           "SPEC: lavfi:<graph> | v4l2:/dev/videoN | alsa:hw:N | pulse:<source>\n";
    return args.empty() ? 2 : 0;
  }
  if (args[0] == "verify") return runVerify(args, out, err);
  if (args[0] == "recover") return runRecover(args, out, err);
  if (args[0] == "devices") return runDevices(out);
  return runRecord(args, out, err);
}

}  // namespace audientia::media
