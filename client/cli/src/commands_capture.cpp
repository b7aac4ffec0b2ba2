// `capture`, `capture verify`, `capture recover`, `capture devices`: local capture through the
// media library's engine, no server needed (docs/capture.md). The engine takes typed options;
// the words and the signals are the CLI's.

#include <atomic>
#include <chrono>
#include <ostream>
#include <thread>

#include "audientia/media/capture_session.h"
#include "audientia/media/capture_verify.h"
#include "audientia/media/device_spec.h"
#include "capture_commands.h"
#include "capture_upload.h"
#include "commands.h"
#include "stop_signals.h"

namespace audientia::cli {
namespace {

Expected<media::CaptureOptions> captureOptions(const ParsedArgs& args,
                                               std::chrono::milliseconds& duration) {
  media::CaptureOptions options;
  options.videoInputs = args.values("video");
  options.audioInputs = args.values("audio");
  options.outputDir = args.value("out");
  if (args.has("segment")) {
    AUDIENTIA_TRY(options.segmentLength, parseDuration("segment", args.value("segment")));
  }
  if (args.has("duration")) {
    AUDIENTIA_TRY(duration, parseDuration("duration", args.value("duration")));
  }
  if (args.has("preset")) options.videoPreset = args.value("preset");
  if (args.has("bitrate")) {
    AUDIENTIA_TRY(options.videoBitRate, parseBitRate("bitrate", args.value("bitrate")));
  }
  options.title = args.value("title");
  options.hearingId = args.value("hearing");
  if (args.has("upload") && options.hearingId.empty()) {
    return invalidArgument("--upload needs --hearing HEARING_ID (the hearing to upload to)");
  }
  options.resume = args.has("resume");
  if (options.videoInputs.empty() && options.audioInputs.empty()) {
    return invalidArgument("'capture' needs at least one --video or --audio device spec");
  }
  return options;
}

std::string secondsText(std::chrono::milliseconds time) {
  const auto ms = time.count();
  return std::to_string(ms / 1000) + "." + std::to_string(ms % 1000 / 100) + " s";
}

// Applies one command read on stdin; true when it asks to stop. What it did, or why it could
// not, is one line on stderr (stdout stays for the result).
bool applyCommand(media::CaptureSession& session, const Expected<CaptureCommand>& command,
                  std::ostream& err) {
  if (!command) {
    err << "capture: " << command.error().message() << "\n";
    return false;
  }
  Status done = ok();
  switch (command->kind) {
    case CaptureCommand::Kind::kStop:
      return true;
    case CaptureCommand::Kind::kMarker: {
      auto marker = session.addMarker(command->markerKind, command->text);
      if (marker) {
        // The marker's own time: the session's clock has moved on while the manifest was saved.
        err << "marker " << command->markerKind << " at " << secondsText(marker->mediaTime) << "\n";
      }
      done = marker ? ok() : Status(marker.error());
      break;
    }
    case CaptureCommand::Kind::kPause:
      done = session.pause(command->text);
      if (done)
        err << "paused at " << secondsText(session.mediaTime()) << ": " << command->text << "\n";
      break;
    case CaptureCommand::Kind::kResume:
      done = session.resume();
      if (done) err << "resumed at " << secondsText(session.mediaTime()) << "\n";
      break;
  }
  if (!done) err << "refused: " << done.error().message() << "; ignored\n";
  return false;
}

}  // namespace

int runCapture(CliContext& context, const ParsedArgs& args) {
  std::chrono::milliseconds duration{0};
  auto options = captureOptions(args, duration);
  if (!options) return context.usageError(options.error());
  // The hearing is checked before anything records: it exists and the caller may see it.
  std::string hearingText;
  if (!options->hearingId.empty()) {
    auto client = context.connect(/*requireSession=*/true);
    if (!client) return context.fail(client.error().withContext("--hearing"));
    auto hearing = (*client)->getHearing(options->hearingId);
    if (!hearing) {
      return context.fail(hearing.error().withContext("--hearing " + options->hearingId +
                                                      ": nothing was recorded"));
    }
    hearingText =
        " for hearing " + hearing->hearing().case_number() + " (" + options->hearingId + ")";
  }
  std::unique_ptr<CaptureUpload> upload;
  if (args.has("upload")) {
    auto connected = CaptureUpload::connect(context);
    if (!connected) return context.fail(connected.error().withContext("--upload"));
    upload = std::move(*connected);
  }
  StopSignals signals;
  media::CaptureCallbacks callbacks;
  std::ostream& err = context.err();
  // A full disk stops the capture here: the engine has closed its segment; stop() seals.
  std::atomic<bool> diskFull{false};
  callbacks.onHealth = [&err, &diskFull](const media::HealthEvent& event) {
    err << "health: " << toString(event.kind)
        << (event.inputSpec.empty() ? "" : " [" + event.inputSpec + "]") << ": " << event.detail
        << "\n";
    if (event.kind == media::HealthKind::kDiskFull) diskFull = true;
  };
  auto session = media::CaptureSession::start(*options, callbacks);
  if (!session) return context.fail(session.error());
  if (upload) upload->start(options->hearingId, options->outputDir);
  if (!context.json()) {
    context.out() << "recording to " << options->outputDir.string() << hearingText
                  << " (Ctrl-C or 'stop' stops and seals)\n"
                  << std::flush;
  }
  const auto started = std::chrono::steady_clock::now();
  CaptureCommandReader commands(context.in());
  bool stopAsked = false;
  while (!stopAsked && !diskFull && signals.received() == 0 &&
         (duration.count() == 0 || std::chrono::steady_clock::now() - started < duration)) {
    for (const auto& command : commands.take()) {
      if (!stopAsked) stopAsked = applyCommand(**session, command, err);
    }
    if (!stopAsked) std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  auto summary = (*session)->stop();
  if (!summary) return context.fail(summary.error());
  const double seconds = static_cast<double>(summary->recordedDuration.count()) / 1000.0;
  if (!context.json()) {
    context.out() << "sealed: " << summary->segmentCount << " segments, " << seconds << " s, "
                  << summary->droppedFrames << " frames dropped, seal " << summary->sealSha256
                  << "\n"
                  << std::flush;
  }
  nlohmann::json result = {{"dir", options->outputDir.string()},
                           {"segments", summary->segmentCount},
                           {"seconds", seconds},
                           {"dropped_frames", summary->droppedFrames},
                           {"seal", summary->sealSha256}};
  if (upload) {
    if (!context.json()) {
      context.err() << "uploading what is left to " << upload->server() << "...\n";
    }
    auto uploaded = upload->finish();
    if (!uploaded) {
      if (context.json()) context.printJson(result);
      return context.fail(uploaded.error().withContext(
          "the capture is sealed and safe in " + options->outputDir.string() +
          ", but its upload stopped (run 'audientiactl recording upload --hearing " +
          options->hearingId + " " + options->outputDir.string() + "' to finish it)"));
    }
    result["recording_id"] = uploaded->entry.recordingId;
    if (!context.json()) {
      context.out() << "uploaded: recording " << uploaded->entry.recordingId << ", "
                    << uploaded->entry.files.size() << " segments\n";
    }
  }
  if (context.json()) context.printJson(result);
  return kExitOk;
}

int runCaptureVerify(CliContext& context, const ParsedArgs& args) {
  const std::string& dir = args.positionals[0];
  auto report = media::verifyCapture(dir);
  if (!report) return context.fail(report.error());
  if (context.json()) {
    nlohmann::json problems = nlohmann::json::array();
    for (const auto& problem : report->problems) {
      problems.push_back(
          {{"kind", toString(problem.kind)}, {"file", problem.file}, {"detail", problem.detail}});
    }
    context.printJson({{"dir", dir},
                       {"ok", report->ok()},
                       {"segments_checked", report->segmentsChecked},
                       {"seal", report->seal},
                       {"problems", problems}});
  } else {
    for (const auto& problem : report->problems) {
      context.out() << toString(problem.kind) << ": " << problem.detail << "\n";
    }
    if (report->ok()) {
      context.out() << "ok: " << report->segmentsChecked << " segments intact, seal "
                    << report->seal << "\n";
    }
  }
  if (report->ok()) return kExitOk;
  return context.fail(Error(ErrorCode::kDataLoss, "the capture in " + dir + " does not verify (" +
                                                      std::to_string(report->problems.size()) +
                                                      " problems)"));
}

int runCaptureRecover(CliContext& context, const ParsedArgs& args) {
  const std::string& dir = args.positionals[0];
  const auto mode = args.has("seal") ? media::RecoveryMode::kSeal : media::RecoveryMode::kLeaveOpen;
  auto recovery = media::recoverCapture(dir, mode);
  if (!recovery) return context.fail(recovery.error());
  if (context.json()) {
    context.printJson({{"dir", dir},
                       {"was_interrupted", recovery->wasInterrupted},
                       {"repaired", recovery->repaired},
                       {"discarded", recovery->discarded},
                       {"bytes_cut", recovery->bytesCut},
                       {"gap_start", recovery->gapStart},
                       {"sealed", recovery->wasInterrupted && mode == media::RecoveryMode::kSeal}});
    return kExitOk;
  }
  std::ostream& out = context.out();
  if (!recovery->wasInterrupted) {
    out << "nothing to recover in " << dir << "\n";
    return kExitOk;
  }
  for (const auto& file : recovery->repaired) out << "repaired: " << file << "\n";
  for (const auto& file : recovery->discarded) out << "removed (no media): " << file << "\n";
  out << "gap from " << recovery->gapStart << "; " << recovery->bytesCut
      << " bytes of torn fragments cut" << (mode == media::RecoveryMode::kSeal ? "; sealed" : "")
      << "\n";
  return kExitOk;
}

int runCaptureDevices(CliContext& context, const ParsedArgs&) {
  const auto devices = media::listCaptureDevices();
  if (context.json()) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& device : devices) {
      list.push_back({{"media", device.media == media::DeviceMedia::kVideo ? "video" : "audio"},
                      {"spec", device.spec},
                      {"description", device.description}});
    }
    context.printJson({{"devices", list}});
    return kExitOk;
  }
  std::ostream& out = context.out();
  if (devices.empty()) out << "no capture devices found (lavfi:<graph> specs still work)\n";
  for (const auto& device : devices) {
    out << (device.media == media::DeviceMedia::kVideo ? "video  " : "audio  ") << device.spec;
    if (!device.description.empty()) out << "  (" << device.description << ")";
    out << "\n";
  }
  return kExitOk;
}

}  // namespace audientia::cli
