#pragma once

// The upload journal: what this workstation has set out to upload, so that an upload survives a
// crash of the client (or of the server) and is resumed, never duplicated. One JSON file per item
// in a directory (default $AUDIENTIA_CONFIG_DIR/uploads, see ClientConfig), each written
// atomically (temporary file, fsync, rename, fsync of the directory): a reader sees the previous
// or the next state of an item, never a torn one.
//
// An item is one local file or one capture directory going to one hearing on one server. Its key
// (the file name, 32 hex digits) is derived from
//   file:    server, hearing, canonical path, size in bytes, mtime in ns
//   capture: server, hearing, canonical path, the manifest's session id
// so the same command run again finds the same item and its client-chosen upload ids, while a
// file that changed on disk becomes a new item.
//
// Threads and processes: every method may be called concurrently; one item is worked on by one
// engine at a time, which holds its ItemLock (flock on KEY.lock; the kernel releases it when the
// process dies, so a kill -9 never leaves a stale lock).

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "audientia/base/expected.h"
#include "audientia/base/file_lock.h"

namespace audientia::client {

enum class UploadItemKind { kUnspecified = 0, kFile, kCapture };
enum class UploadItemState {
  kUnspecified = 0,
  kPending,  // queued or under way: run it (again) to finish
  kDone,     // the server verified it: a recording exists
  kFailed,   // stopped with an error that retrying will not fix (error says why)
  kAborted,  // aborted by the user; its staged bytes were discarded on the server
};
enum class FollowMode { kUnspecified = 0, kNoFollow, kFollow };

// "file", "capture"; "pending", "done", "failed", "aborted".
const char* toString(UploadItemKind kind);
const char* toString(UploadItemState state);

// One server-side upload: a plain file, or one segment of a capture.
struct JournalFile {
  int sequence = 0;  // 0 for a plain file; 1, 2, ... for capture segments
  std::string fileName;
  std::uint64_t sizeBytes = 0;
  std::int64_t mtimeNs = 0;        // when sha256 was computed; a change means hashing again
  std::string sha256;              // lower-case hex; "" until hashed
  std::string uploadId;            // UUID v4 chosen here; a plain file's recording id too
  std::uint64_t durableBytes = 0;  // last durable offset the server reported
  bool complete = false;           // CompleteUpload succeeded
  // The upload is created without sha256 and CompleteUpload declares it: the engine hashes the
  // file while it sends it. False: CreateUpload carries the digest (capture segments, whose
  // manifest lists it; items journaled before this existed; servers without it).
  bool digestAtCompletion = false;

  bool operator==(const JournalFile&) const = default;
};

struct UploadJournalEntry {
  std::string key;
  UploadItemKind kind = UploadItemKind::kUnspecified;
  std::string server;  // HOST:PORT
  std::string hearingId;
  std::filesystem::path path;                 // canonical
  std::uint64_t sizeBytes = 0;                // file: its size; capture: 0
  std::int64_t mtimeNs = 0;                   // file: its mtime
  std::string sessionId;                      // capture: the manifest's session id
  FollowMode follow = FollowMode::kNoFollow;  // capture: keep waiting for segments until sealed
  // file: the upload id (= recording id); capture: the package id (= recording id).
  std::string recordingId;
  std::vector<JournalFile> files;  // file: exactly one; capture: one per segment seen so far
  UploadItemState state = UploadItemState::kPending;
  std::string error;  // why kFailed
  std::string seal;   // capture: the manifest's seal once completed
  std::int64_t createdAtUnixMs = 0;
  std::int64_t updatedAtUnixMs = 0;

  // Bytes of all files known so far, and of those the server holds durably.
  std::uint64_t totalBytes() const;
  std::uint64_t durableBytes() const;
  bool finished() const { return state != UploadItemState::kPending; }

  bool operator==(const UploadJournalEntry&) const = default;
};

// The item key for a file or a capture (see above); 32 lower-case hex digits.
std::string fileItemKey(const std::string& server, const std::string& hearingId,
                        const std::filesystem::path& canonicalPath, std::uint64_t sizeBytes,
                        std::int64_t mtimeNs);
std::string captureItemKey(const std::string& server, const std::string& hearingId,
                           const std::filesystem::path& canonicalDir, const std::string& sessionId);

// A random UUID v4 (lower case), from the OS's random source.
std::string newUploadId();

std::string toJson(const UploadJournalEntry& entry);
// kInvalidArgument naming the member when the text is not a journal entry.
Expected<UploadJournalEntry> journalEntryFromJson(const std::string& text);

class UploadJournal {
 public:
  static constexpr const char* kDirectoryName = "uploads";

  explicit UploadJournal(std::filesystem::path directory) : directory_(std::move(directory)) {}
  // ClientConfig::defaultDirectory() / "uploads".
  static Expected<UploadJournal> openDefault();

  const std::filesystem::path& directory() const { return directory_; }

  // nullopt when there is no such item.
  Expected<std::optional<UploadJournalEntry>> find(const std::string& key) const;
  // The item with this recording id or (segment) upload id, or nullopt.
  Expected<std::optional<UploadJournalEntry>> findByUploadId(const std::string& uploadId) const;
  // Every item, oldest first. Unreadable files are skipped (and named in *skipped when given).
  Expected<std::vector<UploadJournalEntry>> list(std::vector<std::string>* skipped = nullptr) const;
  // Writes the item atomically (creating the directory, mode 0700); sets updatedAtUnixMs (and
  // createdAtUnixMs when 0).
  Status save(UploadJournalEntry& entry) const;
  // Succeeds when there is no such item.
  Status remove(const std::string& key) const;

  // Held while an engine works on an item; move-only; released on destruction.
  using ItemLock = posix::FileLock;
  // kFailedPrecondition when another process or engine holds it.
  Expected<ItemLock> lock(const std::string& key) const;

 private:
  std::filesystem::path directory_;
};

}  // namespace audientia::client
