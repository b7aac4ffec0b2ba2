#include "audientia/client/upload_journal.h"

#include <fcntl.h>
#include <openssl/rand.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "audientia/base/posix_file.h"
#include "audientia/base/sha256.h"
#include "audientia/client/client_config.h"

namespace audientia::client {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

constexpr std::size_t kKeyHexDigits = 32;

std::int64_t nowUnixMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

// The creation time of a new item: now, but after every item this process created before, so
// that items added within one millisecond keep the order they were added in (the queue runs
// oldest first; with equal times it went by key, that is at random).
std::int64_t nextCreationUnixMs() {
  static std::atomic<std::int64_t> last{0};
  const std::int64_t now = nowUnixMs();
  std::int64_t previous = last.load();
  std::int64_t next = 0;
  do {
    next = std::max(now, previous + 1);
  } while (!last.compare_exchange_weak(previous, next));
  return next;
}

std::string keyOf(const std::string& text) {
  return toHex(Sha256::of(text)).substr(0, kKeyHexDigits);
}

bool isKey(const std::string& text) {
  return text.size() == kKeyHexDigits && std::all_of(text.begin(), text.end(), [](char c) {
           return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
         });
}

UploadItemKind kindFromString(const std::string& text) {
  if (text == "file") return UploadItemKind::kFile;
  if (text == "capture") return UploadItemKind::kCapture;
  return UploadItemKind::kUnspecified;
}

UploadItemState stateFromString(const std::string& text) {
  for (auto state : {UploadItemState::kPending, UploadItemState::kDone, UploadItemState::kFailed,
                     UploadItemState::kAborted}) {
    if (text == toString(state)) return state;
  }
  return UploadItemState::kUnspecified;
}

Status ensureDirectory(const fs::path& directory) {
  std::error_code error;
  if (fs::is_directory(directory, error)) return ok();
  if (!directory.parent_path().empty()) fs::create_directories(directory.parent_path(), error);
  if (::mkdir(directory.c_str(), 0700) != 0 && errno != EEXIST) {
    return Error(ErrorCode::kFailedPrecondition, "cannot create the upload journal directory " +
                                                     directory.string() + ": " +
                                                     posix::errnoText(errno));
  }
  return ok();
}

// Reads a member of the expected JSON type; a missing member gives the default.
template <class T>
Expected<T> member(const json& object, const char* name, T fallback = T()) {
  const auto it = object.find(name);
  if (it == object.end() || it->is_null()) return fallback;
  try {
    return it->get<T>();
  } catch (const json::exception&) {
    return invalidArgument(std::string("upload journal entry: member \"") + name +
                           "\" has the wrong type");
  }
}

}  // namespace

const char* toString(UploadItemKind kind) {
  switch (kind) {
    case UploadItemKind::kFile:
      return "file";
    case UploadItemKind::kCapture:
      return "capture";
    case UploadItemKind::kUnspecified:
      break;
  }
  return "unspecified";
}

const char* toString(UploadItemState state) {
  switch (state) {
    case UploadItemState::kPending:
      return "pending";
    case UploadItemState::kDone:
      return "done";
    case UploadItemState::kFailed:
      return "failed";
    case UploadItemState::kAborted:
      return "aborted";
    case UploadItemState::kUnspecified:
      break;
  }
  return "unspecified";
}

std::uint64_t UploadJournalEntry::totalBytes() const {
  std::uint64_t total = 0;
  for (const auto& file : files) total += file.sizeBytes;
  return total;
}

std::uint64_t UploadJournalEntry::durableBytes() const {
  std::uint64_t durable = 0;
  for (const auto& file : files) {
    durable += file.complete ? file.sizeBytes : std::min(file.durableBytes, file.sizeBytes);
  }
  return durable;
}

std::string fileItemKey(const std::string& server, const std::string& hearingId,
                        const fs::path& canonicalPath, std::uint64_t sizeBytes,
                        std::int64_t mtimeNs) {
  return keyOf("file\n" + server + "\n" + hearingId + "\n" + canonicalPath.string() + "\n" +
               std::to_string(sizeBytes) + "\n" + std::to_string(mtimeNs));
}

std::string captureItemKey(const std::string& server, const std::string& hearingId,
                           const fs::path& canonicalDir, const std::string& sessionId) {
  return keyOf("capture\n" + server + "\n" + hearingId + "\n" + canonicalDir.string() + "\n" +
               sessionId);
}

std::string newUploadId() {
  std::array<std::uint8_t, 16> bytes{};
  if (RAND_bytes(bytes.data(), static_cast<int>(bytes.size())) != 1) {
    // The OS random source failing is not something to upload evidence through.
    std::abort();
  }
  bytes[6] = static_cast<std::uint8_t>((bytes[6] & 0x0f) | 0x40);  // version 4
  bytes[8] = static_cast<std::uint8_t>((bytes[8] & 0x3f) | 0x80);  // RFC 4122 variant
  const std::string hex = toHex(bytes);
  return hex.substr(0, 8) + "-" + hex.substr(8, 4) + "-" + hex.substr(12, 4) + "-" +
         hex.substr(16, 4) + "-" + hex.substr(20);
}

std::string toJson(const UploadJournalEntry& entry) {
  json files = json::array();
  for (const auto& file : entry.files) {
    files.push_back({{"sequence", file.sequence},
                     {"file_name", file.fileName},
                     {"size_bytes", file.sizeBytes},
                     {"mtime_ns", file.mtimeNs},
                     {"sha256", file.sha256},
                     {"upload_id", file.uploadId},
                     {"durable_bytes", file.durableBytes},
                     {"complete", file.complete},
                     {"sha256_at_completion", file.digestAtCompletion}});
  }
  const json document = {{"version", 1},
                         {"key", entry.key},
                         {"kind", toString(entry.kind)},
                         {"server", entry.server},
                         {"hearing_id", entry.hearingId},
                         {"path", entry.path.string()},
                         {"size_bytes", entry.sizeBytes},
                         {"mtime_ns", entry.mtimeNs},
                         {"session_id", entry.sessionId},
                         {"follow", entry.follow == FollowMode::kFollow},
                         {"recording_id", entry.recordingId},
                         {"files", files},
                         {"state", toString(entry.state)},
                         {"error", entry.error},
                         {"seal", entry.seal},
                         {"created_at_unix_ms", entry.createdAtUnixMs},
                         {"updated_at_unix_ms", entry.updatedAtUnixMs}};
  return document.dump(2) + "\n";
}

Expected<UploadJournalEntry> journalEntryFromJson(const std::string& text) {
  const json document = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (document.is_discarded() || !document.is_object()) {
    return invalidArgument("upload journal entry is not a JSON object");
  }
  UploadJournalEntry entry;
  AUDIENTIA_TRY(entry.key, member<std::string>(document, "key"));
  if (!isKey(entry.key)) return invalidArgument("upload journal entry: member \"key\" is invalid");
  AUDIENTIA_TRY(const std::string kind, member<std::string>(document, "kind"));
  entry.kind = kindFromString(kind);
  if (entry.kind == UploadItemKind::kUnspecified) {
    return invalidArgument("upload journal entry: member \"kind\" is \"" + kind + "\"");
  }
  AUDIENTIA_TRY(entry.server, member<std::string>(document, "server"));
  AUDIENTIA_TRY(entry.hearingId, member<std::string>(document, "hearing_id"));
  AUDIENTIA_TRY(const std::string path, member<std::string>(document, "path"));
  entry.path = path;
  AUDIENTIA_TRY(entry.sizeBytes, member<std::uint64_t>(document, "size_bytes"));
  AUDIENTIA_TRY(entry.mtimeNs, member<std::int64_t>(document, "mtime_ns"));
  AUDIENTIA_TRY(entry.sessionId, member<std::string>(document, "session_id"));
  AUDIENTIA_TRY(const bool follow, member<bool>(document, "follow"));
  entry.follow = follow ? FollowMode::kFollow : FollowMode::kNoFollow;
  AUDIENTIA_TRY(entry.recordingId, member<std::string>(document, "recording_id"));
  AUDIENTIA_TRY(const std::string state, member<std::string>(document, "state"));
  entry.state = stateFromString(state);
  if (entry.state == UploadItemState::kUnspecified) {
    return invalidArgument("upload journal entry: member \"state\" is \"" + state + "\"");
  }
  AUDIENTIA_TRY(entry.error, member<std::string>(document, "error"));
  AUDIENTIA_TRY(entry.seal, member<std::string>(document, "seal"));
  AUDIENTIA_TRY(entry.createdAtUnixMs, member<std::int64_t>(document, "created_at_unix_ms"));
  AUDIENTIA_TRY(entry.updatedAtUnixMs, member<std::int64_t>(document, "updated_at_unix_ms"));
  const auto files = document.find("files");
  if (files == document.end() || !files->is_array()) {
    return invalidArgument("upload journal entry: member \"files\" is not an array");
  }
  for (const auto& item : *files) {
    if (!item.is_object()) return invalidArgument("upload journal entry: a file is not an object");
    JournalFile file;
    AUDIENTIA_TRY(file.sequence, member<int>(item, "sequence"));
    AUDIENTIA_TRY(file.fileName, member<std::string>(item, "file_name"));
    AUDIENTIA_TRY(file.sizeBytes, member<std::uint64_t>(item, "size_bytes"));
    AUDIENTIA_TRY(file.mtimeNs, member<std::int64_t>(item, "mtime_ns"));
    AUDIENTIA_TRY(file.sha256, member<std::string>(item, "sha256"));
    AUDIENTIA_TRY(file.uploadId, member<std::string>(item, "upload_id"));
    AUDIENTIA_TRY(file.durableBytes, member<std::uint64_t>(item, "durable_bytes"));
    AUDIENTIA_TRY(file.complete, member<bool>(item, "complete"));
    // Absent (false) from items written before digests could be declared at completion.
    AUDIENTIA_TRY(file.digestAtCompletion, member<bool>(item, "sha256_at_completion"));
    entry.files.push_back(std::move(file));
  }
  return entry;
}

Expected<UploadJournal> UploadJournal::openDefault() {
  AUDIENTIA_TRY(const fs::path config, ClientConfig::defaultDirectory());
  return UploadJournal(config / kDirectoryName);
}

Expected<std::optional<UploadJournalEntry>> UploadJournal::find(const std::string& key) const {
  if (!isKey(key)) return invalidArgument("'" + key + "' is not an upload journal key");
  const fs::path file = directory_ / (key + ".json");
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    if (errno == ENOENT) return std::optional<UploadJournalEntry>();
    return Error(ErrorCode::kFailedPrecondition,
                 "cannot read " + file.string() + ": " + posix::errnoText(errno));
  }
  std::ostringstream text;
  text << in.rdbuf();
  auto entry = journalEntryFromJson(text.str());
  if (!entry) return entry.error().withContext(file.string());
  return std::optional<UploadJournalEntry>(std::move(*entry));
}

Expected<std::optional<UploadJournalEntry>> UploadJournal::findByUploadId(
    const std::string& uploadId) const {
  AUDIENTIA_TRY(std::vector<UploadJournalEntry> entries, list());
  for (auto& entry : entries) {
    bool match = entry.recordingId == uploadId;
    for (const auto& file : entry.files) match = match || file.uploadId == uploadId;
    if (match) return std::optional<UploadJournalEntry>(std::move(entry));
  }
  return std::optional<UploadJournalEntry>();
}

Expected<std::vector<UploadJournalEntry>> UploadJournal::list(
    std::vector<std::string>* skipped) const {
  std::vector<UploadJournalEntry> entries;
  std::error_code error;
  if (!fs::exists(directory_, error)) return entries;
  fs::directory_iterator it(directory_, error);
  if (error) {
    return Error(ErrorCode::kFailedPrecondition,
                 "cannot list " + directory_.string() + ": " + error.message());
  }
  for (const auto& item : it) {
    const fs::path path = item.path();
    if (path.extension() != ".json" || !isKey(path.stem().string())) continue;
    auto entry = find(path.stem().string());
    if (entry && entry->has_value()) {
      entries.push_back(std::move(**entry));
    } else if (skipped != nullptr) {
      skipped->push_back(entry ? path.string() + ": vanished" : entry.error().message());
    }
  }
  std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) {
    return std::tie(a.createdAtUnixMs, a.key) < std::tie(b.createdAtUnixMs, b.key);
  });
  return entries;
}

Status UploadJournal::save(UploadJournalEntry& entry) const {
  if (!isKey(entry.key)) return invalidArgument("upload journal entry without a valid key");
  AUDIENTIA_TRY_STATUS(ensureDirectory(directory_));
  if (entry.createdAtUnixMs == 0) entry.createdAtUnixMs = nextCreationUnixMs();
  entry.updatedAtUnixMs = std::max(nowUnixMs(), entry.createdAtUnixMs);
  auto status = posix::writeFileAtomically(directory_ / (entry.key + ".json"), toJson(entry), 0600);
  if (!status) return status.error().withContext("saving the upload journal");
  return ok();
}

Status UploadJournal::remove(const std::string& key) const {
  if (!isKey(key)) return invalidArgument("'" + key + "' is not an upload journal key");
  std::error_code error;
  fs::remove(directory_ / (key + ".json"), error);
  if (error) {
    return Error(ErrorCode::kFailedPrecondition,
                 "cannot remove upload journal entry " + key + ": " + error.message());
  }
  fs::remove(directory_ / (key + ".lock"), error);
  (void)posix::syncDirectory(directory_);  // best effort: the removal itself has happened
  return ok();
}

Expected<UploadJournal::ItemLock> UploadJournal::lock(const std::string& key) const {
  if (!isKey(key)) return invalidArgument("'" + key + "' is not an upload journal key");
  AUDIENTIA_TRY_STATUS(ensureDirectory(directory_));
  const fs::path path = directory_ / (key + ".lock");
  auto lock = posix::FileLock::tryAcquire(path, posix::FileLock::Mode::kExclusive, 0600);
  if (!lock) return Error(ErrorCode::kFailedPrecondition, lock.error().message());
  if (!*lock) {
    return Error(
        ErrorCode::kFailedPrecondition,
        "this upload is already running in another process or window (journal item " + key + ")");
  }
  return std::move(**lock);
}

}  // namespace audientia::client
