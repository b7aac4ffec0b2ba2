#pragma once

// Clip export: a part of a recording's playable file (its master, else its original) cut by
// stream copy into an MP4 in a work directory, with the hearing's identity and the source's
// SHA-256 in its metadata, hashed, ready to stream to the caller (who removes it by dropping
// the Clip). Exporting is a permission of its own (Action::kExportClip); a source whose last
// fixity check failed is not exported.

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>

#include "app/common/work_dir.h"
#include "app/hearings/hearing_service.h"
#include "app/hearings/recording_service.h"
#include "audientia/base/expected.h"
#include "ports/keeping_repositories.h"
#include "ports/media_processor.h"
#include "ports/media_store.h"

namespace audientia::app {

struct ClipRequest {
  std::string recordingId;
  std::int64_t fromMs = 0;
  std::int64_t toMs = 0;
};

// What was cut; the file lives as long as the Clip.
struct Clip {
  WorkDir work;
  std::filesystem::path file;
  std::string recordingId;
  std::string hearingId;
  std::string caseNumber;
  std::string officeId;
  std::int64_t askedFromMs = 0;
  std::int64_t askedToMs = 0;
  ports::ClipCut cut;
  std::int64_t sizeBytes = 0;
  std::string sha256;
  std::string sourceSha256;
  std::string fileName;  // to save it under
};

class ClipExport {
 public:
  ClipExport(RecordingService& recordings, HearingService& hearings, ports::MediaStore& store,
             ports::MediaProcessor& media, ports::FixityRepository& fixity,
             std::filesystem::path workDir)
      : recordings_(recordings),
        hearings_(hearings),
        store_(store),
        media_(media),
        fixity_(fixity),
        workDir_(std::move(workDir)) {}

  // kInvalidArgument: a range backwards, negative or starting past the end of the media;
  // kFailedPrecondition: nothing playable yet, or the source failed its last fixity check;
  // kNotFound: no such recording in the caller's scope. officeId receives the hearing's office
  // (for the audit trail) as soon as it is known.
  Expected<std::unique_ptr<Clip>> cut(const domain::User& caller, const ClipRequest& request,
                                      std::string* officeId = nullptr);

 private:
  RecordingService& recordings_;
  HearingService& hearings_;
  ports::MediaStore& store_;
  ports::MediaProcessor& media_;
  ports::FixityRepository& fixity_;
  std::filesystem::path workDir_;
};

// "0-01-05" for 65,000 ms (hours-minutes-seconds, for file names).
std::string clipTimeName(std::int64_t ms);

}  // namespace audientia::app
