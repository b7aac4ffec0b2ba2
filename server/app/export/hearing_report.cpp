#include "app/export/hearing_report.h"

#include <algorithm>

#include "app/common/object_chunks.h"
#include "app/common/work_dir.h"
#include "app/export/file_names.h"
#include "audientia/base/sha256.h"
#include "audientia/media/capture_manifest.h"

namespace audientia::app {
namespace {

namespace fs = std::filesystem;

constexpr int kPictureWidth = 320;
constexpr std::int64_t kMaxManifestBytes = 16 << 20;

bool isEvidence(domain::FileRole role) {
  return role == domain::FileRole::kOriginal || role == domain::FileRole::kSegment ||
         role == domain::FileRole::kManifest;
}

const domain::RecordingFile* fileOf(const domain::Recording& recording, domain::FileRole role) {
  for (const auto& file : recording.files) {
    if (file.role == role) return &file;
  }
  return nullptr;
}

Expected<std::string> readObject(ports::MediaStore& store, const std::string& key) {
  AUDIENTIA_TRY(auto reader, store.openReader(key));
  if (reader->size() > static_cast<std::uint64_t>(kMaxManifestBytes)) {
    return Error(ErrorCode::kFailedPrecondition, "the capture manifest " + key + " is too large");
  }
  std::string bytes;
  std::vector<std::byte> buffer(64 << 10);
  AUDIENTIA_TRY_STATUS(forEachChunk(*reader, buffer, [&](std::span<const std::byte> chunk) {
    bytes.append(reinterpret_cast<const char*>(chunk.data()), chunk.size());
    return ok();
  }));
  if (bytes.size() != reader->size()) {
    return Error(ErrorCode::kDataLoss, "the capture manifest " + key + " is short");
  }
  return bytes;
}

std::string reportFileName(const std::string& caseNumber, const std::string& language) {
  return caseFileStem(caseNumber, "hearing") + "_report_" + language + ".pdf";
}

}  // namespace

Expected<std::string> reportLanguage(const std::string& asked) {
  if (asked.empty()) return std::string("en");
  if (asked == "en" || asked == "ro") return asked;
  return invalidArgument("the hearing report is written in English (en) or Romanian (ro); '" +
                         asked + "' is not one of them");
}

Expected<ports::ReportRecording> HearingReport::recordingOf(const domain::Recording& recording) {
  ports::ReportRecording out;
  out.id = recording.id;
  out.fileName = recording.fileName;
  out.kind = recording.kind;
  out.state = recording.state;
  out.sizeBytes = recording.sizeBytes;
  out.sha256 = recording.sha256;
  out.captureSeal = recording.captureSeal;
  out.gaps = recording.gaps;
  if (recording.mediaInfo) {
    out.durationMs = recording.mediaInfo->duration.count();
    out.cameras = recording.mediaInfo->streamCount(domain::StreamType::kVideo);
    out.microphones = recording.mediaInfo->streamCount(domain::StreamType::kAudio);
  }
  for (const auto& file : recording.files) {
    if (isEvidence(file.role))
      out.evidenceFiles.push_back({file.fileName, file.sizeBytes, file.sha256});
  }
  // A capture's manifest says when it ran and from which devices.
  if (const auto* manifestFile = fileOf(recording, domain::FileRole::kManifest)) {
    AUDIENTIA_TRY(std::string text, readObject(store_, manifestFile->sha256));
    AUDIENTIA_TRY(auto manifest, media::manifestFromJson(text));
    if (!manifest.segments.empty()) {
      out.wallStart = manifest.segments.front().wallStart;
      out.wallEnd = manifest.segments.back().wallEnd;
    }
    if (!manifest.runs.empty() && !manifest.runs.front().wallStart.empty()) {
      out.wallStart = manifest.runs.front().wallStart;
    }
    for (const auto& track : manifest.tracks) {
      if (track.media == "video") out.cameraNames.push_back(track.spec);
    }
  }
  // A picture of each camera a tenth into the recording (at most a minute in).
  const domain::RecordingFile* playable = fileOf(recording, domain::FileRole::kMaster);
  if (playable == nullptr && recording.mediaError.empty()) {
    playable = fileOf(recording, domain::FileRole::kOriginal);
  }
  if (recording.state == domain::RecordingState::kAvailable && playable != nullptr &&
      out.cameras > 0) {
    AUDIENTIA_TRY(WorkDir work, WorkDir::create(workDir_, "report"));
    AUDIENTIA_TRY(fs::path input,
                  localObject(store_, playable->sha256, work.path() / "source",
                              playable->fileName + " of recording " + recording.id));
    const std::int64_t atMs = std::min<std::int64_t>(out.durationMs / 10, 60'000);
    auto pictures = media_.cameraPictures(input, atMs, kPictureWidth);
    if (!pictures) {
      // A file that was whole when it was processed and no longer reads: its stored copy is
      // damaged. Said without the server's paths: the file's name stands in for its copy.
      std::string why = pictures.error().message();
      for (std::size_t at = why.find(input.string()); at != std::string::npos;
           at = why.find(input.string(), at)) {
        why.replace(at, input.string().size(), playable->fileName);
      }
      return Error(ErrorCode::kFailedPrecondition,
                   "recording " + recording.id + " cannot be read for the report (" + why +
                       "): its stored copy may be damaged; an administrator should run a fixity "
                       "check (audientiactl fixity run)");
    }
    out.pictures = std::move(pictures).value();
  }
  return out;
}

Expected<HearingReportFile> HearingReport::make(const domain::User& caller,
                                                const std::string& hearingId,
                                                const std::string& language, domain::Timestamp now,
                                                std::string* officeId) {
  AUDIENTIA_TRY(std::string lang, reportLanguage(language));
  if (auto allowed = hearings_.find(caller, hearingId, Action::kExportReport); !allowed) {
    return allowed.error();
  }
  AUDIENTIA_TRY(HearingWithRecordings found, hearings_.get(caller, hearingId));
  if (officeId != nullptr) *officeId = found.hearing.officeId;
  return make(caller, found, lang, now);
}

Expected<HearingReportFile> HearingReport::make(const domain::User& caller,
                                                const HearingWithRecordings& found,
                                                const std::string& language,
                                                domain::Timestamp now) {
  AUDIENTIA_TRY(std::string lang, reportLanguage(language));
  ports::HearingReportData data;
  data.language = lang;
  data.hearing = found.hearing;
  data.organisation = organisation_;
  data.generatedBy = caller.username;
  data.generatedAt = now;
  AUDIENTIA_TRY(domain::Office office, offices_.get(found.hearing.officeId));
  data.officeName = office.name;
  if (auto creator = users_.get(found.hearing.createdBy)) {
    data.prosecutor = creator->username;
  } else {
    data.prosecutor = found.hearing.createdBy;
  }
  for (const auto& recording : found.recordings) {
    AUDIENTIA_TRY(auto item, recordingOf(recording));
    data.recordings.push_back(std::move(item));
  }
  AUDIENTIA_TRY(auto annotations, annotations_.listByHearing(found.hearing.id, {}));
  for (const auto& a : annotations) {
    if (a.deleted) continue;
    const auto at = std::find_if(found.recordings.begin(), found.recordings.end(),
                                 [&](const auto& r) { return r.id == a.recordingId; });
    if (at == found.recordings.end()) continue;
    data.annotations.push_back({static_cast<int>(at - found.recordings.begin()), a.startMs, a.endMs,
                                a.kind, a.text, a.authorUsername, a.fromCapture, a.revision});
  }
  std::stable_sort(
      data.annotations.begin(), data.annotations.end(), [](const auto& a, const auto& b) {
        return a.recording != b.recording ? a.recording < b.recording : a.startMs < b.startMs;
      });
  AUDIENTIA_TRY(std::string pdf, renderer_.renderPdf(data));
  HearingReportFile file;
  file.hearingId = found.hearing.id;
  file.caseNumber = found.hearing.caseNumber;
  file.officeId = found.hearing.officeId;
  file.language = lang;
  file.sha256 = toHex(Sha256::of(pdf));
  file.pdf = std::move(pdf);
  file.fileName = reportFileName(found.hearing.caseNumber, lang);
  return file;
}

}  // namespace audientia::app
