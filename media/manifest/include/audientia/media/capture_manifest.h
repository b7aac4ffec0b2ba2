#pragma once

// The capture manifest (OUT/manifest.json) and its seal, in audientia_capture_manifest: no
// FFmpeg, so that the server and the client read and check manifests without it. Verification
// against the segments on disk and crash recovery are in capture_verify.h (audientia_media).
//
// Chain: every finished segment i carries
//   chain_i = SHA-256(chain_{i-1} ‖ sha256(file_i) ‖ metadata_i)
// where chain_0's predecessor is SHA-256("audientia.capture.v1:" ‖ sessionId) and metadata_i is
// "sequence|file|sizeBytes|mediaStartMs|durationMs|wallStart|wallEnd|run|recovered" (digests as
// raw 32 bytes). Stopping seals the manifest:
//   seal = SHA-256(chain_last ‖ canonical JSON of the manifest without its "seal" member)
// (nlohmann::json dump(), keys sorted), so changing any event, pause, marker or gap is seen.
// The seal makes changes evident; against a party able to rewrite the whole directory the seal
// digest must be kept elsewhere too (the server's audit trail stores it).
//
// The manifest is written atomically (temporary file, fsync, rename, fsync of the directory).

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "audientia/base/expected.h"

namespace audientia::media {

inline constexpr const char* kManifestFileName = "manifest.json";
inline constexpr const char* kCaptureLockFileName = "capture.lock";

struct ManifestTrack {
  int index = 0;      // stream index in every segment
  std::string media;  // "video" | "audio"
  std::string spec;   // device spec
  std::string codec;  // "h264" | "aac"
};

struct ManifestSegment {
  int sequence = 0;  // 1, 2, ...
  std::string file;  // "segment-00001.mp4"
  std::uint64_t sizeBytes = 0;
  std::string sha256;             // of the file, hex
  std::string chainSha256;        // chain_i, hex
  std::int64_t mediaStartMs = 0;  // on the clock of its run
  std::int64_t durationMs = 0;
  std::string wallStart;  // ISO 8601 UTC with milliseconds
  std::string wallEnd;
  int run = 1;             // 1 for the first process, +1 per resume after a crash
  bool recovered = false;  // closed by recoverCapture() after the process died
};

struct ManifestPause {
  int run = 1;
  std::string reason;
  std::int64_t mediaStartMs = 0;
  std::int64_t mediaEndMs = -1;  // -1 while paused
  std::string wallStart;
  std::string wallEnd;
};

struct ManifestGap {
  std::string wallStart;  // end of the last media kept
  std::string wallEnd;    // start of the next run ("" when the capture was not resumed)
  std::string reason;
};

struct ManifestEvent {
  int run = 1;
  std::string kind;  // toString(HealthKind)
  int input = -1;
  std::string inputSpec;
  std::string detail;
  std::int64_t mediaTimeMs = 0;
  std::string wallTime;
};

struct ManifestMarker {
  int run = 1;
  std::string kind;
  std::string text;
  std::int64_t mediaTimeMs = 0;
  std::string wallTime;
};

struct ManifestRun {
  int run = 1;
  std::string wallStart;
  std::string wallEnd;  // "" while running or when the process died
};

struct CaptureManifest {
  int version = 1;
  std::string sessionId;
  // The hearing recorded (a UUID), "" for a capture made without one (training, tests). Written
  // only when set, so that manifests made before it existed keep their seal.
  std::string hearingId;
  std::string title;
  std::string state;  // "recording" | "paused" | "interrupted" | "recovered" | "sealed"
  std::int64_t segmentLengthMs = 0;
  std::vector<ManifestTrack> tracks;
  std::vector<ManifestRun> runs;
  std::vector<ManifestSegment> segments;
  // Segments being written (sequence, file, mediaStartMs, wallStart, run): what recovery needs
  // to close a torn one. Empty once sealed.
  std::vector<ManifestSegment> openSegments;
  std::vector<ManifestPause> pauses;
  std::vector<ManifestGap> gaps;
  std::vector<ManifestEvent> events;
  std::vector<ManifestMarker> markers;
  std::string sealedAt;
  std::string seal;  // hex, "" until sealed
};

// "segment-00042.mp4"
std::string segmentFileName(int sequence);
// UTC with milliseconds, e.g. "2024-05-01T09:30:00.125Z".
std::string formatWallTime(std::chrono::system_clock::time_point time);

std::string genesisChainHash(const std::string& sessionId);
// chain_i from chain_{i-1} (hex) and the segment's fields; empty when a digest is not hex.
std::string chainHash(const std::string& previousHex, const ManifestSegment& segment);
std::string sealHash(const CaptureManifest& manifest);

std::string toJson(const CaptureManifest& manifest);
// Errors: kInvalidArgument when the text is not a manifest (the message says which member).
Expected<CaptureManifest> manifestFromJson(const std::string& text);
Expected<CaptureManifest> readManifest(const std::filesystem::path& dir);
Status writeManifestAtomically(const std::filesystem::path& dir, const CaptureManifest& manifest);

// Appends a finished segment: hashes the file, fills size, sha256 and chainSha256.
Status appendSegment(const std::filesystem::path& dir, CaptureManifest& manifest,
                     ManifestSegment segment);
// Sets state "sealed", sealedAt and seal.
void sealManifest(CaptureManifest& manifest);

enum class ProblemKind {
  kUnspecified = 0,
  kModified,          // a segment's content differs from its recorded digest
  kMissing,           // a listed segment is not on disk
  kReordered,         // segments out of order (in the manifest, or files swapped)
  kExtra,             // a file in the directory that the manifest does not list
  kManifestTampered,  // the chain or the seal does not match the manifest's content
  kNotSealed,         // the capture was never sealed (still running, or interrupted)
};
const char* toString(ProblemKind kind);

struct CaptureProblem {
  ProblemKind kind = ProblemKind::kUnspecified;
  std::string file;    // the segment or member concerned
  std::string detail;  // "segment-00002.mp4: sha256 is 3fa9..., manifest says 81cc..."
};

struct CaptureVerification {
  bool ok() const { return problems.empty(); }
  int segmentsChecked = 0;
  std::string seal;
  std::vector<CaptureProblem> problems;
};

// Checks a manifest on its own (no files): every segment's chain value follows from the
// previous one and its fields, sequences run 1, 2, ... without a hole, and the seal matches.
// Returns the problems found (kNotSealed, kManifestTampered, kReordered, kMissing) with the
// segment named; empty when the manifest is intact and sealed. The checks against the files on
// disk are verifyCapture() (capture_verify.h, in audientia_media).
std::vector<CaptureProblem> checkManifestChain(const CaptureManifest& manifest);

}  // namespace audientia::media
