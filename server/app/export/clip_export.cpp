#include "app/export/clip_export.h"

#include <cstdio>

#include "app/export/file_names.h"
#include "audientia/base/sha256.h"

namespace audientia::app {
namespace {

namespace fs = std::filesystem;

// The file a clip is cut from: the playable master, else the original when it is media.
const domain::RecordingFile* clipSource(const domain::Recording& recording) {
  const domain::RecordingFile* original = nullptr;
  for (const auto& file : recording.files) {
    if (file.role == domain::FileRole::kMaster) return &file;
    if (file.role == domain::FileRole::kOriginal) original = &file;
  }
  return recording.mediaError.empty() ? original : nullptr;
}

std::string clipFileName(const std::string& caseNumber, std::int64_t startMs, std::int64_t endMs) {
  return caseFileStem(caseNumber, "clip") + "_" + clipTimeName(startMs) + "_" +
         clipTimeName(endMs) + ".mp4";
}

}  // namespace

std::string clipTimeName(std::int64_t ms) {
  const std::int64_t seconds = ms / 1000;
  char text[32];
  std::snprintf(text, sizeof text, "%lld-%02lld-%02lld", static_cast<long long>(seconds / 3600),
                static_cast<long long>(seconds / 60 % 60), static_cast<long long>(seconds % 60));
  return text;
}

Expected<std::unique_ptr<Clip>> ClipExport::cut(const domain::User& caller,
                                                const ClipRequest& request, std::string* officeId) {
  if (request.fromMs < 0) return invalidArgument("from must not be negative");
  if (request.toMs <= request.fromMs) {
    return invalidArgument("the clip must end after it starts (from " +
                           std::to_string(request.fromMs) + " ms, to " +
                           std::to_string(request.toMs) + " ms)");
  }
  std::string office;
  AUDIENTIA_TRY(domain::Recording recording,
                recordings_.get(caller, request.recordingId, Action::kExportClip, &office));
  if (officeId != nullptr) *officeId = office;
  AUDIENTIA_TRY(domain::Hearing hearing,
                hearings_.find(caller, recording.hearingId, Action::kExportClip));
  if (recording.state != domain::RecordingState::kAvailable) {
    return Error(ErrorCode::kFailedPrecondition,
                 "recording " + recording.id +
                     " is not ready yet: a clip can be cut once the "
                     "server has processed it");
  }
  const domain::RecordingFile* source = clipSource(recording);
  if (source == nullptr) {
    return Error(ErrorCode::kFailedPrecondition,
                 "recording " + recording.id + " is not playable media (" + recording.mediaError +
                     "): no clip can be cut from it");
  }
  const std::int64_t durationMs = recording.mediaInfo ? recording.mediaInfo->duration.count() : 0;
  if (durationMs > 0 && request.fromMs >= durationMs) {
    return invalidArgument("the clip starts at " + std::to_string(request.fromMs) +
                           " ms, after the end of recording " + recording.id + " (" +
                           std::to_string(durationMs) + " ms long)");
  }
  AUDIENTIA_TRY(auto check, fixity_.lastCheck(source->sha256));
  if (check && !check->ok) {
    return Error(ErrorCode::kFailedPrecondition,
                 "recording " + recording.id + " failed its last fixity check (" +
                     (check->error.empty() ? "its stored bytes no longer match" : check->error) +
                     "): it cannot be exported until an administrator has dealt with it");
  }

  AUDIENTIA_TRY(WorkDir work, WorkDir::create(workDir_, "clip"));
  AUDIENTIA_TRY(fs::path input, localObject(store_, source->sha256, work.path() / "source",
                                            source->fileName + " of recording " + recording.id));
  const fs::path output = work.path() / "clip.mp4";
  const std::map<std::string, std::string> metadata = {
      {"title",
       "Case " + hearing.caseNumber + (hearing.title.empty() ? "" : " — " + hearing.title)},
      {"comment", "Clip of recording " + recording.id + " of hearing " + hearing.id + " (case " +
                      hearing.caseNumber +
                      "), cut by stream copy from the file "
                      "with SHA-256 " +
                      source->sha256},
      {"audientia_case_number", hearing.caseNumber},
      {"audientia_hearing_id", hearing.id},
      {"audientia_recording_id", recording.id},
      {"audientia_source_sha256", source->sha256},
      {"audientia_asked_from_ms", std::to_string(request.fromMs)},
      {"audientia_asked_to_ms", std::to_string(request.toMs)}};
  AUDIENTIA_TRY(ports::ClipCut cut,
                media_.cutClip(input, output, request.fromMs, request.toMs, metadata));
  AUDIENTIA_TRY(Sha256Digest digest, Sha256::ofFile(output));
  std::error_code error;
  const auto size = fs::file_size(output, error);
  if (error) return internalError("reading the clip's size: " + error.message());

  auto clip = std::make_unique<Clip>(
      Clip{std::move(work), output, recording.id, hearing.id, hearing.caseNumber, office,
           request.fromMs, request.toMs, cut, static_cast<std::int64_t>(size), toHex(digest),
           source->sha256, clipFileName(hearing.caseNumber, cut.startMs, cut.endMs)});
  return clip;
}

}  // namespace audientia::app
