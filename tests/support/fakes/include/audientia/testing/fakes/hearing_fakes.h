#pragma once

// In-memory fakes of the hearing and recording ports, for testing use cases without PostgreSQL
// (the PostgreSQL adapters are tested in tests/pg). The recording fake keeps files, states and
// captures as the repository contract in ports/repositories.h says.

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "audientia/testing/fakes/identity_fakes.h"
#include "domain/entities.h"
#include "ports/repositories.h"

namespace audientia::testing {

class FakeHearingRepository : public ports::HearingRepository {
 public:
  Expected<domain::Hearing> create(const domain::NewHearing& hearing) override {
    domain::Hearing created;
    created.id = fakeId(3, hearings_.size() + 1);
    created.officeId = hearing.officeId;
    created.caseNumber = hearing.caseNumber;
    created.kind = hearing.kind;
    created.title = hearing.title;
    created.participants = hearing.participants;
    created.createdBy = hearing.createdBy;
    hearings_.push_back(created);
    return created;
  }
  Expected<domain::Hearing> get(const std::string& id) override {
    for (const auto& hearing : hearings_) {
      if (hearing.id == id) return hearing;
    }
    return notFound("hearing " + id);
  }
  Expected<domain::Page<domain::Hearing>> list(const std::string& officeId,
                                               const domain::PageRequest&) override {
    domain::Page<domain::Hearing> page;
    for (const auto& hearing : hearings_) {
      if (officeId.empty() || hearing.officeId == officeId) page.items.push_back(hearing);
    }
    return page;
  }
  std::vector<domain::Hearing> hearings_;
};

class FakeRecordingRepository : public ports::RecordingRepository {
 public:
  Expected<domain::Recording> create(const domain::NewRecording& recording) override {
    domain::Recording created;
    created.id = fakeId(4, recordings_.size() + 1);
    created.hearingId = recording.hearingId;
    created.fileName = recording.fileName;
    created.sizeBytes = recording.sizeBytes;
    created.sha256 = recording.sha256;
    created.state = domain::RecordingState::kAvailable;
    created.mediaInfo = recording.mediaInfo;
    created.mediaError = recording.mediaError;
    created.uploadedBy = recording.uploadedBy;
    recordings_.push_back(created);
    domain::RecordingFile original;
    original.recordingId = created.id;
    original.role = domain::FileRole::kOriginal;
    original.fileName = recording.fileName;
    original.sizeBytes = recording.sizeBytes;
    original.sha256 = recording.sha256;
    files_.push_back(original);
    return created;
  }
  // A recording as another port creates it (UploadRepository::create), id and all.
  void insert(domain::Recording recording) { recordings_.push_back(std::move(recording)); }
  Expected<domain::Recording> get(const std::string& id) override {
    AUDIENTIA_TRY(domain::Recording * found, find(id));
    domain::Recording recording = *found;
    AUDIENTIA_TRY(recording.files, listFiles(id));
    return recording;
  }
  Expected<std::vector<domain::Recording>> listByHearing(const std::string& hearingId) override {
    std::vector<domain::Recording> found;
    for (const auto& recording : recordings_) {
      if (recording.hearingId == hearingId) found.push_back(recording);
    }
    return found;
  }
  Expected<domain::Recording> setState(const std::string& id, domain::RecordingState state,
                                       const std::string& failureReason) override {
    AUDIENTIA_TRY(domain::Recording * found, find(id));
    found->state = state;
    found->failureReason = state == domain::RecordingState::kFailed ? failureReason : "";
    return *found;
  }
  Expected<bool> transition(const std::string& id, domain::RecordingState from,
                            domain::RecordingState to) override {
    AUDIENTIA_TRY(domain::Recording * found, find(id));
    if (found->state != from) return false;
    found->state = to;
    return true;
  }
  Status addFile(const domain::RecordingFile& file, bool replace) override {
    AUDIENTIA_TRY_STATUS(find(file.recordingId));
    for (auto& existing : files_) {
      if (existing.recordingId != file.recordingId || existing.role != file.role ||
          existing.sequence != file.sequence) {
        continue;
      }
      if (replace) {
        existing = file;
        return ok();
      }
      if (existing.sha256 == file.sha256) return ok();
      return Error(ErrorCode::kAlreadyExists,
                   "recording " + file.recordingId + " already has that file with other bytes");
    }
    files_.push_back(file);
    return ok();
  }
  Status removeDerivedFiles(const std::string& id) override {
    std::erase_if(files_, [&](const domain::RecordingFile& file) {
      return file.recordingId == id &&
             (file.role == domain::FileRole::kMaster || file.role == domain::FileRole::kThumbnail ||
              file.role == domain::FileRole::kWaveform);
    });
    return ok();
  }
  Expected<std::vector<domain::RecordingFile>> listFiles(const std::string& id) override {
    std::vector<domain::RecordingFile> found;
    for (const auto& file : files_) {
      if (file.recordingId == id) found.push_back(file);
    }
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
      return std::tie(a.role, a.sequence) < std::tie(b.role, b.sequence);
    });
    return found;
  }
  Status setMediaInfo(const std::string& id, const std::optional<domain::MediaInfo>& mediaInfo,
                      const std::string& mediaError) override {
    AUDIENTIA_TRY(domain::Recording * found, find(id));
    found->mediaInfo = mediaInfo;
    found->mediaError = mediaError;
    return ok();
  }
  Expected<domain::Recording> completeCapture(const std::string& id, const std::string& sha256,
                                              std::int64_t sizeBytes, const std::string&,
                                              const domain::CaptureFacts& facts) override {
    AUDIENTIA_TRY(domain::Recording * found, find(id));
    if (found->state != domain::RecordingState::kUploading) {
      return Error(ErrorCode::kFailedPrecondition, "recording " + id + " is not uploading");
    }
    found->sha256 = sha256;
    found->sizeBytes = sizeBytes;
    found->captureSeal = facts.seal;
    found->gaps = facts.gaps;
    found->markers = facts.markers;
    found->state = domain::RecordingState::kVerifying;
    return *found;
  }
  Expected<bool> keyReferenced(const std::string& sha256) override {
    return std::any_of(files_.begin(), files_.end(),
                       [&](const domain::RecordingFile& file) { return file.sha256 == sha256; });
  }

  Expected<std::map<std::string, std::string>> sha512Of(
      const std::vector<std::string>& sha256s) override {
    std::map<std::string, std::string> out;
    for (const auto& key : sha256s) {
      if (auto found = sha512s_.find(key); found != sha512s_.end()) out.insert(*found);
    }
    return out;
  }
  Status recordSha512(const std::string& sha256, const std::string& sha512) override {
    sha512s_.emplace(sha256, sha512);
    return ok();
  }

  std::vector<domain::Recording> recordings_;
  std::vector<domain::RecordingFile> files_;
  std::map<std::string, std::string> sha512s_;

 private:
  Expected<domain::Recording*> find(const std::string& id) {
    for (auto& recording : recordings_) {
      if (recording.id == id) return &recording;
    }
    return notFound("recording " + id);
  }
};

}  // namespace audientia::testing
