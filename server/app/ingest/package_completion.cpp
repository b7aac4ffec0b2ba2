// UploadService::completeRecording: the completion of a capture package (segments uploaded
// one by one, then the sealed manifest that binds them).

#include <algorithm>
#include <map>
#include <set>

#include "app/identity/access_policy.h"
#include "app/ingest/upload_service.h"
#include "audientia/base/sha256.h"
#include "audientia/media/capture_manifest.h"
#include "domain/rules.h"

namespace audientia::app {

namespace {

std::string segmentName(const media::ManifestSegment& segment) {
  return "segment " + std::to_string(segment.sequence) + " (" + segment.file + ")";
}

Status checkChain(const media::CaptureManifest& manifest) {
  auto problems = media::checkManifestChain(manifest);
  if (problems.empty()) return ok();
  const auto& first = problems.front();
  std::string where = first.file.empty() ? std::string() : first.file + ": ";
  if (first.kind == media::ProblemKind::kNotSealed) {
    return Error(ErrorCode::kFailedPrecondition,
                 "the capture manifest is not sealed (state '" + manifest.state +
                     "'): stop or recover the capture before completing it; " + first.detail);
  }
  std::string message = "the capture manifest does not hold together: " + where +
                        media::toString(first.kind) + ": " + first.detail;
  if (problems.size() > 1) {
    message += " (and " + std::to_string(problems.size() - 1) + " more problem(s))";
  }
  return invalidArgument(message);
}

// Every listed segment uploaded completely with the manifest's size and digest; nothing else.
Status checkSegments(const media::CaptureManifest& manifest,
                     const std::vector<domain::Upload>& uploads) {
  std::map<int, const domain::Upload*> bySequence;
  for (const auto& upload : uploads) {
    if (upload.role != domain::FileRole::kSegment) continue;
    if (upload.state != domain::UploadState::kComplete &&
        upload.state != domain::UploadState::kReceiving) {
      continue;
    }
    auto& slot = bySequence[upload.sequence];
    if (slot == nullptr || upload.state == domain::UploadState::kComplete) slot = &upload;
  }
  std::set<int> listed;
  for (const auto& segment : manifest.segments) {
    listed.insert(segment.sequence);
    auto found = bySequence.find(segment.sequence);
    if (found == bySequence.end()) {
      return Error(ErrorCode::kFailedPrecondition, segmentName(segment) + " has not been uploaded");
    }
    const auto& upload = *found->second;
    if (upload.state != domain::UploadState::kComplete) {
      return Error(ErrorCode::kFailedPrecondition,
                   segmentName(segment) + " has not been completed (upload " + upload.id +
                       " holds " + std::to_string(upload.durableOffset) + " of " +
                       std::to_string(upload.sizeBytes) + " bytes)");
    }
    if (upload.sha256 != segment.sha256 ||
        upload.sizeBytes != static_cast<std::int64_t>(segment.sizeBytes)) {
      return Error(ErrorCode::kFailedPrecondition,
                   segmentName(segment) + " was uploaded with " + std::to_string(upload.sizeBytes) +
                       " bytes and sha256 " + upload.sha256 + ", but the manifest lists " +
                       std::to_string(segment.sizeBytes) + " bytes and sha256 " + segment.sha256);
    }
  }
  for (const auto& [sequence, upload] : bySequence) {
    if (upload->state == domain::UploadState::kComplete && listed.count(sequence) == 0) {
      return Error(ErrorCode::kFailedPrecondition,
                   "segment " + std::to_string(sequence) + " (" + upload->fileName +
                       ") was uploaded but the manifest does not list it");
    }
  }
  return ok();
}

// The manifest's pauses (with their reasons) and gaps, plus one after each segment closed by
// crash recovery when the manifest does not already declare it; in wall-clock order.
std::vector<domain::RecordingGap> gapsOf(const media::CaptureManifest& manifest) {
  // The master plays the segments one after another: a run's clock starts where the media of
  // the runs before it ends, and media kept before a wall-clock instant is what it shows then.
  auto runStartMs = [&](int run) {
    std::int64_t ms = 0;
    for (const auto& segment : manifest.segments) {
      if (segment.run < run) ms += segment.durationMs;
    }
    return ms;
  };
  auto mediaBeforeWall = [&](const std::string& wall) {
    std::int64_t ms = 0;
    for (const auto& segment : manifest.segments) {
      if (!segment.wallEnd.empty() && segment.wallEnd <= wall) ms += segment.durationMs;
    }
    return ms;
  };
  std::vector<domain::RecordingGap> gaps;
  std::set<std::string> starts;
  for (const auto& pause : manifest.pauses) {
    gaps.push_back({pause.wallStart, pause.wallEnd, pause.reason, domain::GapKind::kPause,
                    runStartMs(pause.run) + pause.mediaStartMs});
  }
  for (const auto& gap : manifest.gaps) {
    gaps.push_back({gap.wallStart, gap.wallEnd, gap.reason, domain::GapKind::kInterruption,
                    mediaBeforeWall(gap.wallStart)});
    starts.insert(gap.wallStart);
  }
  for (std::size_t i = 0; i < manifest.segments.size(); ++i) {
    const auto& segment = manifest.segments[i];
    if (!segment.recovered || starts.count(segment.wallEnd) > 0) continue;
    std::string end = i + 1 < manifest.segments.size() ? manifest.segments[i + 1].wallStart : "";
    gaps.push_back(
        {segment.wallEnd, end,
         "the capture stopped unexpectedly after " + segmentName(segment) + ", which was recovered",
         domain::GapKind::kInterruption, mediaBeforeWall(segment.wallEnd)});
  }
  // ISO 8601 UTC with milliseconds: text order is time order.
  std::stable_sort(gaps.begin(), gaps.end(),
                   [](const auto& a, const auto& b) { return a.wallStart < b.wallStart; });
  return gaps;
}

std::vector<domain::RecordingMarker> markersOf(const media::CaptureManifest& manifest) {
  std::vector<domain::RecordingMarker> markers;
  for (const auto& marker : manifest.markers) {
    markers.push_back({marker.kind, marker.text, marker.mediaTimeMs, marker.wallTime, marker.run});
  }
  return markers;
}

}  // namespace

Expected<CaptureCompletion> UploadService::completeRecording(const domain::User& caller,
                                                             const std::string& recordingId,
                                                             const std::string& manifestJson,
                                                             std::string* officeId) {
  if (recordingId.empty()) return invalidArgument("recording_id is required");
  if (!domain::isUuid(recordingId)) {
    return invalidArgument("recording_id must be a UUID, got '" + recordingId + "'");
  }
  if (manifestJson.empty()) return invalidArgument("manifest_json is required");
  if (manifestJson.size() > kMaxManifestBytes) {
    return invalidArgument("manifest_json: at most 8 MiB, got " +
                           std::to_string(manifestJson.size()) + " bytes");
  }
  AUDIENTIA_TRY_STATUS(authorizeCall(caller, ruleFor(Action::kCompleteRecording)));
  const std::string missing = "recording " + recordingId + " does not exist";
  auto recording = recordings_.get(recordingId);
  if (!recording) {
    if (isMissing(recording.error())) return notFound(missing);
    return recording.error();
  }
  auto hearing = hearings_.find(caller, recording->hearingId, Action::kCompleteRecording);
  if (!hearing) {
    if (hearing.error().code() == ErrorCode::kNotFound) return notFound(missing);
    return hearing.error();
  }
  if (officeId != nullptr) *officeId = hearing->officeId;
  if (recording->kind != domain::RecordingKind::kCapture) {
    return Error(ErrorCode::kFailedPrecondition,
                 "recording " + recordingId +
                     " is a single file: CompleteRecording is for capture packages");
  }
  auto parsed = media::manifestFromJson(manifestJson);
  if (!parsed) return parsed.error().withContext("manifest_json");
  const media::CaptureManifest& manifest = *parsed;
  // A capture made for a hearing completes a recording of that hearing only.
  if (!manifest.hearingId.empty() && manifest.hearingId != recording->hearingId) {
    return Error(ErrorCode::kFailedPrecondition,
                 "the capture was recorded for hearing " + manifest.hearingId + ", but recording " +
                     recordingId + " belongs to hearing " + recording->hearingId +
                     ": upload it to the hearing it was recorded for");
  }
  AUDIENTIA_TRY_STATUS(checkChain(manifest));
  if (manifest.segments.empty()) {
    return invalidArgument("the capture manifest lists no segments");
  }
  const int segmentCount = static_cast<int>(manifest.segments.size());
  const std::string manifestSha = toHex(Sha256::of(manifestJson));

  if (recording->state != domain::RecordingState::kUploading) {
    if (recording->captureSeal == manifest.seal && recording->sha256 == manifestSha) {
      // Completed before (the client retries): finish what a crash may have left undone.
      AUDIENTIA_TRY(domain::Recording current, startProcessing(recordingId));
      return CaptureCompletion{std::move(current), segmentCount};
    }
    return Error(ErrorCode::kFailedPrecondition,
                 "recording " + recordingId + " was already completed with another manifest");
  }
  AUDIENTIA_TRY(auto uploads, uploads_.listByRecording(recordingId));
  AUDIENTIA_TRY_STATUS(checkSegments(manifest, uploads));

  AUDIENTIA_TRY(auto writer, store_.createWriter());
  AUDIENTIA_TRY_STATUS(writer->write(std::as_bytes(std::span(manifestJson))));
  // Until the row references the object, retention must not remove it (ports/key_locks.h).
  AUDIENTIA_TRY(auto keyLock, keyLocks_.lock(writer->sha256Hex()));
  AUDIENTIA_TRY(std::string key, writer->commit());
  if (key != manifestSha) {
    return internalError("media store returned key " + key + " for the manifest " + manifestSha);
  }
  std::int64_t total = static_cast<std::int64_t>(manifestJson.size());
  for (const auto& segment : manifest.segments)
    total += static_cast<std::int64_t>(segment.sizeBytes);
  domain::RecordingFile file;
  file.recordingId = recordingId;
  file.role = domain::FileRole::kManifest;
  file.sequence = 0;
  file.fileName = media::kManifestFileName;
  file.sizeBytes = static_cast<std::int64_t>(manifestJson.size());
  file.sha256 = manifestSha;
  file.contentType = "application/json";
  AUDIENTIA_TRY_STATUS(recordings_.addFile(file));
  AUDIENTIA_TRY_STATUS(
      recordings_.completeCapture(recordingId, manifestSha, total, manifestJson,
                                  {manifest.seal, gapsOf(manifest), markersOf(manifest)}));
  AUDIENTIA_TRY(domain::Recording completed, startProcessing(recordingId));
  return CaptureCompletion{std::move(completed), segmentCount};
}

}  // namespace audientia::app
