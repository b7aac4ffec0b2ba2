// upload list, upload status, upload abort: the local upload journal and the server's view.

#include <ostream>

#include "audientia/client/upload_queue.h"
#include "commands.h"
#include "proto_json.h"
#include "text_format.h"

namespace audientia::cli {

namespace {

Expected<client::UploadJournal> journalOf(const CliContext& context) {
  AUDIENTIA_TRY(const client::ClientConfig config, context.config());
  return client::UploadJournal(config.directory() / client::UploadJournal::kDirectoryName);
}

nlohmann::json entryJson(const client::UploadJournalEntry& entry) {
  nlohmann::json files = nlohmann::json::array();
  for (const auto& file : entry.files) {
    files.push_back({{"sequence", file.sequence},
                     {"file_name", file.fileName},
                     {"size_bytes", file.sizeBytes},
                     {"sha256", file.sha256},
                     {"upload_id", file.uploadId},
                     {"durable_bytes", file.durableBytes},
                     {"complete", file.complete}});
  }
  return {{"key", entry.key},
          {"kind", client::toString(entry.kind)},
          {"server", entry.server},
          {"hearing_id", entry.hearingId},
          {"path", entry.path.string()},
          {"recording_id", entry.recordingId},
          {"state", client::toString(entry.state)},
          {"error", entry.error},
          {"seal", entry.seal},
          {"follow", entry.follow == client::FollowMode::kFollow},
          {"size_bytes", entry.totalBytes()},
          {"durable_bytes", entry.durableBytes()},
          {"created_at_unix_ms", entry.createdAtUnixMs},
          {"updated_at_unix_ms", entry.updatedAtUnixMs},
          {"files", files}};
}

void printUploadStatus(std::ostream& out, const v1::UploadStatus& status) {
  printFields(out, {{"upload", status.upload_id()},
                    {"recording", status.recording_id()},
                    {"state", shortEnumName(v1::UploadState_Name(status.state()), "UPLOAD_STATE_")},
                    {"file", status.file_name()},
                    {"role", fileSelectorName(status.role(), status.sequence())},
                    {"durable", std::to_string(status.durable_offset()) + " of " +
                                    std::to_string(status.size_bytes()) + " bytes (" +
                                    formatBytes(status.durable_offset()) + " of " +
                                    formatBytes(status.size_bytes()) + ")"},
                    {"sha256", status.sha256()},
                    {"expires", formatTime(status.expires_at_unix_ms())}});
}

}  // namespace

int runUploadList(CliContext& context, const ParsedArgs&) {
  auto journal = journalOf(context);
  if (!journal) return context.fail(journal.error());
  std::vector<std::string> skipped;
  auto entries = journal->list(&skipped);
  if (!entries) return context.fail(entries.error());
  for (const auto& problem : skipped) context.err() << "warning: skipped " << problem << '\n';
  if (context.json()) {
    nlohmann::json items = nlohmann::json::array();
    for (const auto& entry : *entries) items.push_back(entryJson(entry));
    context.printJson({{"journal", journal->directory().string()}, {"uploads", items}});
    return kExitOk;
  }
  if (entries->empty()) {
    context.out() << "no uploads in " << journal->directory().string() << '\n';
    return kExitOk;
  }
  Table table({"RECORDING", "STATE", "KIND", "UPLOADED", "HEARING", "PATH", "ERROR"});
  for (const auto& entry : *entries) {
    table.addRow({entry.recordingId, client::toString(entry.state), client::toString(entry.kind),
                  formatBytes(static_cast<std::int64_t>(entry.durableBytes())) + " of " +
                      formatBytes(static_cast<std::int64_t>(entry.totalBytes())),
                  entry.hearingId, entry.path.string(), entry.error.empty() ? "-" : entry.error});
  }
  table.print(context.out());
  return kExitOk;
}

int runUploadStatus(CliContext& context, const ParsedArgs& args) {
  auto client = context.connect(/*requireSession=*/true);
  if (!client) return context.fail(client.error());
  auto status = (*client)->getUploadStatus(args.positionals.at(0));
  if (!status) return context.fail(status.error());
  if (context.json()) {
    context.printJson(protoToJson(*status));
    return kExitOk;
  }
  printUploadStatus(context.out(), *status);
  return kExitOk;
}

int runUploadAbort(CliContext& context, const ParsedArgs& args) {
  const std::string id = args.positionals.at(0);
  auto journal = journalOf(context);
  if (!journal) return context.fail(journal.error());
  Connection connection;
  auto client = context.connect(/*requireSession=*/true, &connection);
  if (!client) return context.fail(client.error());

  auto entry = journal->findByUploadId(id);
  if (!entry) return context.fail(entry.error());
  // An item of this workstation's journal: abort every unfinished upload of it and remember
  // that, so that the same upload command later starts afresh instead of resuming.
  if (*entry && (*entry)->server == connection.server) {
    client::ApiClient& api = **client;
    client::UploadQueue queue(api, api, *journal, connection.server);
    if (auto status = queue.abort((*entry)->key); !status) return context.fail(status.error());
    if (context.json()) {
      auto after = journal->find((*entry)->key);
      if (!after || !*after)
        return context.fail(Error(ErrorCode::kInternal, "journal item vanished"));
      context.printJson({{"aborted", entryJson(**after)}});
    } else {
      context.out() << "aborted the upload of " << (*entry)->path.string() << " (recording "
                    << (*entry)->recordingId << ")\n";
    }
    return kExitOk;
  }
  auto status = (*client)->abortUpload(id);
  if (!status) return context.fail(status.error());
  if (context.json()) {
    context.printJson(protoToJson(*status));
    return kExitOk;
  }
  printUploadStatus(context.out(), *status);
  return kExitOk;
}

}  // namespace audientia::cli
