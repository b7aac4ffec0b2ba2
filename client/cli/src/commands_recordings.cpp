// recording upload, recording download, recording show.

#include <cstdlib>
#include <filesystem>
#include <ostream>

#include "audientia/client/upload_engine.h"
#include "commands.h"
#include "proto_json.h"
#include "text_format.h"
#include "upload_progress.h"
#include "upload_tuning.h"

namespace audientia::cli {

namespace fs = std::filesystem;

namespace {

// The recording's file a download selects (see DownloadRequest), or null when it lists none.
const v1::RecordingFile* selectedFile(const v1::Recording& recording, const FileSelector& which) {
  auto find = [&](v1::FileRole role, int sequence) -> const v1::RecordingFile* {
    for (const auto& file : recording.files()) {
      if (file.role() == role && (sequence == 0 || file.sequence() == sequence)) return &file;
    }
    return nullptr;
  };
  if (which.role != v1::FILE_ROLE_UNSPECIFIED) return find(which.role, which.sequence);
  const v1::RecordingFile* master = find(v1::FILE_ROLE_MASTER, 0);
  return master != nullptr ? master : find(v1::FILE_ROLE_ORIGINAL, 0);
}

std::string orDash(const std::string& text) {
  return text.empty() ? "-" : text;
}

void printRecording(std::ostream& out, const v1::Recording& recording) {
  std::vector<std::pair<std::string, std::string>> fields = {
      {"recording", recording.id()},
      {"hearing", recording.hearing_id()},
      {"kind", shortEnumName(v1::RecordingKind_Name(recording.kind()), "RECORDING_KIND_")},
      {"file", orDash(recording.file_name())},
      {"state", shortEnumName(v1::RecordingState_Name(recording.state()), "RECORDING_STATE_")}};
  if (!recording.failure_reason().empty()) {
    fields.emplace_back("failure reason", recording.failure_reason());
  }
  fields.insert(fields.end(), {{"size", std::to_string(recording.size_bytes()) + " (" +
                                            formatBytes(recording.size_bytes()) + ")"},
                               {"sha256", orDash(recording.sha256())},
                               {"seal", orDash(recording.capture_seal())},
                               {"duration", formatDuration(recording.media_info().duration_ms())},
                               {"streams", orDash(formatStreams(recording.media_info()))},
                               {"media error", orDash(recording.media_error())},
                               {"uploaded by", orDash(recording.uploaded_by())},
                               {"created", formatTime(recording.created_at_unix_ms())}});
  printFields(out, fields);
  out << '\n';
  if (recording.files().empty()) {
    out << "no files\n";
  } else {
    Table files({"FILE", "NAME", "SIZE", "SHA256", "AT", "DURATION"});
    for (const auto& file : recording.files()) {
      files.addRow({fileSelectorName(file.role(), file.sequence()), file.file_name(),
                    formatBytes(file.size_bytes()), file.sha256(),
                    file.role() == v1::FILE_ROLE_SEGMENT || file.role() == v1::FILE_ROLE_THUMBNAIL
                        ? formatDuration(file.media_time_ms())
                        : "-",
                    formatDuration(file.duration_ms())});
    }
    files.print(out);
  }
  if (!recording.gaps().empty()) {
    out << '\n';
    Table gaps({"GAP FROM", "TO", "KIND", "REASON"});
    for (const auto& gap : recording.gaps()) {
      gaps.addRow({gap.wall_start(), orDash(gap.wall_end()),
                   gap.kind() == v1::GAP_KIND_PAUSE ? "pause" : "interruption",
                   orDash(gap.reason())});
    }
    gaps.print(out);
  }
  if (!recording.markers().empty()) {
    out << '\n';
    Table markers({"MARKER AT", "KIND", "TEXT", "WALL TIME"});
    for (const auto& marker : recording.markers()) {
      markers.addRow({formatDuration(marker.media_time_ms()) +
                          (marker.run() > 1 ? " (run " + std::to_string(marker.run()) + ")" : ""),
                      marker.kind(), orDash(marker.text()), marker.wall_time()});
    }
    markers.print(out);
  }
}

nlohmann::json outcomeJson(const client::UploadOutcome& outcome) {
  const auto& entry = outcome.entry;
  nlohmann::json files = nlohmann::json::array();
  for (const auto& file : entry.files) {
    files.push_back({{"sequence", file.sequence},
                     {"file_name", file.fileName},
                     {"size_bytes", file.sizeBytes},
                     {"sha256", file.sha256},
                     {"upload_id", file.uploadId}});
  }
  return {{"path", entry.path.string()},
          {"kind", client::toString(entry.kind)},
          {"recording_id", entry.recordingId},
          {"sha256", entry.kind == client::UploadItemKind::kFile ? entry.files.at(0).sha256 : ""},
          {"seal", entry.seal},
          {"size_bytes", entry.totalBytes()},
          {"already_done", outcome.alreadyDone},
          {"resumed_from_bytes", outcome.resumedFromBytes},
          {"files", files}};
}

}  // namespace

Expected<ByteRange> downloadRangeFromArgs(const ParsedArgs& args) {
  if (!args.has("range")) return ByteRange{};
  return parseByteRange(args.value("range"));
}

int runRecordingUpload(CliContext& context, const ParsedArgs& args) {
  const std::string hearingId = args.value("hearing");
  if (hearingId.empty()) return context.usageError(invalidArgument("--hearing must not be empty"));
  auto options = uploadOptionsFromEnvironment();
  if (!options) return context.usageError(options.error());
  if (args.has("limit-rate")) {
    auto rate = parseByteSize("limit-rate", args.value("limit-rate"));
    if (!rate) return context.usageError(rate.error());
    options->maxBytesPerSecond = *rate;
  }
  const auto follow =
      args.has("follow") ? client::FollowMode::kFollow : client::FollowMode::kNoFollow;
  for (const auto& path : args.positionals) {
    std::error_code error;
    if (!fs::exists(path, error)) {
      return context.fail(Error(ErrorCode::kNotFound, path + " does not exist"));
    }
  }
  auto config = context.config();
  if (!config) return context.fail(config.error());
  Connection connection;
  auto client = context.connect(/*requireSession=*/true, &connection);
  if (!client) return context.fail(client.error());

  const client::UploadJournal journal(config->directory() / client::UploadJournal::kDirectoryName);
  client::ApiClient& api = **client;
  client::UploadEngine engine(api, api, journal, connection.server, *options);
  UploadProgressPrinter printer(context.err(), stderrIsTerminal());

  nlohmann::json recordings = nlohmann::json::array();
  nlohmann::json uploads = nlohmann::json::array();
  Table table({"RECORDING", "SHA256", "SIZE", "FILE"});
  std::vector<std::string> seals;
  auto printUploaded = [&]() {
    if (context.json()) {
      context.printJson({{"recordings", recordings}, {"uploads", uploads}});
      return;
    }
    if (table.rowCount() > 0) table.print(context.out());
    for (const auto& line : seals) context.out() << line << '\n';
  };
  for (const auto& path : args.positionals) {
    auto outcome = engine.upload(hearingId, path, follow,
                                 [&printer](const auto& progress) { printer(progress); });
    printer.finishLine();
    if (!outcome) {
      // What was stored stays reported; running the same command again resumes the rest.
      printUploaded();
      return context.fail(outcome.error().withContext("uploading " + path));
    }
    const auto& entry = outcome->entry;
    if (outcome->alreadyDone) {
      context.err() << path << " was uploaded before (recording " << entry.recordingId
                    << "); nothing to send\n";
    }
    v1::Recording recording = outcome->recording;
    if (recording.id().empty()) recording.set_id(entry.recordingId);
    if (entry.kind == client::UploadItemKind::kFile) {
      if (recording.sha256().empty()) recording.set_sha256(entry.files.at(0).sha256);
      table.addRow({entry.recordingId, entry.files.at(0).sha256,
                    formatBytes(static_cast<std::int64_t>(entry.files.at(0).sizeBytes)), path});
    } else {
      for (const auto& file : entry.files) {
        table.addRow({entry.recordingId, file.sha256,
                      formatBytes(static_cast<std::int64_t>(file.sizeBytes)),
                      (fs::path(path) / file.fileName).string()});
      }
      seals.push_back("capture " + path + ": recording " + entry.recordingId + ", " +
                      std::to_string(entry.files.size()) + " segments, seal " + entry.seal);
    }
    recordings.push_back(protoToJson(recording));
    uploads.push_back(outcomeJson(*outcome));
  }
  printUploaded();
  return kExitOk;
}

int runRecordingDownload(CliContext& context, const ParsedArgs& args) {
  auto range = downloadRangeFromArgs(args);
  if (!range) return context.usageError(range.error());
  FileSelector which;
  if (args.has("file")) {
    auto parsed = parseFileSelector(args.value("file"));
    if (!parsed) return context.usageError(parsed.error());
    which = *parsed;
  }
  const fs::path out = args.value("out");
  if (out.empty()) return context.usageError(invalidArgument("--out must not be empty"));
  const std::string recordingId = args.positionals.at(0);

  auto client = context.connect(/*requireSession=*/true);
  if (!client) return context.fail(client.error());
  auto recording = (*client)->getRecording(recordingId);
  if (!recording) return context.fail(recording.error());
  client::DownloadRequest request;
  request.recordingId = recordingId;
  request.role = which.role;
  request.sequence = which.sequence;
  request.offset = range->offset;
  request.length = range->length;
  auto status = (*client)->downloadRecordingFile(
      request, out, makeProgressPrinter(context.err(), out.string(), stderrIsTerminal()));
  if (!status) return context.fail(status.error());

  const v1::RecordingFile* file = selectedFile(*recording, which);
  const std::int64_t size = file != nullptr ? file->size_bytes() : recording->size_bytes();
  const std::string sha256 = file != nullptr ? file->sha256() : recording->sha256();
  const std::string name = file != nullptr ? fileSelectorName(file->role(), file->sequence())
                                           : fileSelectorName(which.role, which.sequence);
  std::error_code error;
  const auto bytes = static_cast<std::int64_t>(fs::file_size(out, error));
  const bool whole = range->offset == 0 && bytes == size && !sha256.empty();
  if (context.json()) {
    context.printJson({{"recording_id", recordingId},
                       {"file", name},
                       {"out", out.string()},
                       {"offset", range->offset},
                       {"bytes", bytes},
                       {"size_bytes", size},
                       {"sha256", sha256},
                       {"sha256_verified", whole}});
    return kExitOk;
  }
  context.out() << "wrote " << bytes << " bytes of recording " << recordingId << " (" << name
                << ") to " << out.string();
  if (whole) {
    context.out() << " (SHA-256 " << sha256 << " verified)\n";
  } else {
    context.out() << " (bytes " << range->offset << "-" << range->offset + bytes - 1 << " of "
                  << size << ")\n";
  }
  return kExitOk;
}

int runRecordingShow(CliContext& context, const ParsedArgs& args) {
  auto client = context.connect(/*requireSession=*/true);
  if (!client) return context.fail(client.error());
  auto recording = (*client)->getRecording(args.positionals.at(0));
  if (!recording) return context.fail(recording.error());
  if (context.json()) {
    v1::GetRecordingResponse response;
    *response.mutable_recording() = std::move(*recording);
    context.printJson(protoToJson(response));
    return kExitOk;
  }
  printRecording(context.out(), *recording);
  return kExitOk;
}

}  // namespace audientia::cli
