// recording upload, recording download.

#include <filesystem>
#include <ostream>

#include "audientia/base/sha256.h"
#include "commands.h"
#include "proto_json.h"
#include "text_format.h"

namespace audientia::cli {

namespace fs = std::filesystem;

Expected<ByteRange> downloadRangeFromArgs(const ParsedArgs& args) {
  if (!args.has("range")) return ByteRange{};
  return parseByteRange(args.value("range"));
}

int runRecordingUpload(CliContext& context, const ParsedArgs& args) {
  const std::string hearingId = args.value("hearing");
  if (hearingId.empty()) return context.usageError(invalidArgument("--hearing must not be empty"));
  for (const auto& file : args.positionals) {
    std::error_code error;
    if (!fs::is_regular_file(file, error)) {
      return context.fail(Error(ErrorCode::kNotFound, file + " is not a readable regular file"));
    }
  }
  auto client = context.connect(/*requireSession=*/true);
  if (!client) return context.fail(client.error());

  v1::GetHearingResponse uploaded;  // the recordings uploaded so far, in order
  Table table({"RECORDING", "SHA256", "SIZE", "FILE"});
  auto printUploaded = [&]() {
    if (context.json()) {
      context.printJson({{"recordings", protoToJson(uploaded)["recordings"]}});
    } else if (table.rowCount() > 0) {
      table.print(context.out());
    }
  };
  for (const auto& file : args.positionals) {
    auto recording = (*client)->uploadRecording(
        hearingId, file, makeProgressPrinter(context.err(), file, stderrIsTerminal()));
    if (!recording) {
      // What was stored stays reported, so that nothing is uploaded twice by a retry.
      printUploaded();
      return context.fail(recording.error().withContext("uploading " + file));
    }
    table.addRow(
        {recording->id(), recording->sha256(), std::to_string(recording->size_bytes()), file});
    *uploaded.add_recordings() = std::move(*recording);
  }
  printUploaded();
  return kExitOk;
}

int runRecordingDownload(CliContext& context, const ParsedArgs& args) {
  auto range = downloadRangeFromArgs(args);
  if (!range) return context.usageError(range.error());
  const fs::path out = args.value("out");
  if (out.empty()) return context.usageError(invalidArgument("--out must not be empty"));
  const std::string recordingId = args.positionals.at(0);

  auto client = context.connect(/*requireSession=*/true);
  if (!client) return context.fail(client.error());
  auto recording = (*client)->getRecording(recordingId);
  if (!recording) return context.fail(recording.error());
  auto status = (*client)->downloadRecording(
      recordingId, out, range->offset, range->length,
      makeProgressPrinter(context.err(), out.string(), stderrIsTerminal()));
  if (!status) return context.fail(status.error());

  std::error_code error;
  const auto bytes = static_cast<std::int64_t>(fs::file_size(out, error));
  const bool whole = range->offset == 0 && bytes == recording->size_bytes();
  if (context.json()) {
    context.printJson({{"recording_id", recordingId},
                       {"out", out.string()},
                       {"offset", range->offset},
                       {"bytes", bytes},
                       {"size_bytes", recording->size_bytes()},
                       {"sha256", recording->sha256()},
                       {"sha256_verified", whole}});
    return kExitOk;
  }
  context.out() << "wrote " << bytes << " bytes of recording " << recordingId << " to "
                << out.string();
  if (whole) {
    context.out() << " (SHA-256 " << recording->sha256() << " verified)\n";
  } else {
    context.out() << " (bytes " << range->offset << "-" << range->offset + bytes - 1 << " of "
                  << recording->size_bytes() << ")\n";
  }
  return kExitOk;
}

}  // namespace audientia::cli
