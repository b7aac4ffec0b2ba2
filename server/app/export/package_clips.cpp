#include "app/export/package_clips.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <nlohmann/json.hpp>

#include "audientia/base/posix_file.h"
#include "audientia/base/sha256.h"

namespace audientia::app {

Status checkChosenRecordings(const HearingWithRecordings& found,
                             const std::vector<std::string>& chosen) {
  for (const auto& id : chosen) {
    const bool known = std::any_of(found.recordings.begin(), found.recordings.end(),
                                   [&](const auto& r) { return r.id == id; });
    if (!known) {
      return invalidArgument("recording " + id + " is not one of the recordings of hearing " +
                             found.hearing.id + " (case " + found.hearing.caseNumber + ")");
    }
  }
  return ok();
}

bool isChosen(const std::string& recordingId, const std::vector<std::string>& chosen) {
  return chosen.empty() || std::find(chosen.begin(), chosen.end(), recordingId) != chosen.end();
}

Expected<std::vector<PackageEntry>> cutPackageClips(ClipExport& clips, const domain::User& caller,
                                                    const std::string& hearingId,
                                                    const std::vector<ClipRequest>& asked,
                                                    std::vector<std::unique_ptr<Clip>>& keep) {
  std::vector<PackageEntry> entries;
  if (asked.empty()) return entries;
  nlohmann::json listed = nlohmann::json::array();
  for (std::size_t i = 0; i < asked.size(); ++i) {
    AUDIENTIA_TRY(auto clip, clips.cut(caller, asked[i]));
    if (clip->hearingId != hearingId) {
      return invalidArgument("clip " + std::to_string(i + 1) + " is of recording " +
                             asked[i].recordingId + ", which is not of hearing " + hearingId);
    }
    char number[24];
    std::snprintf(number, sizeof number, "%02zu_", i + 1);
    const std::string path = "data/clips/" + std::string(number) + clip->fileName;
    listed.push_back({{"file", path},
                      {"recording_id", clip->recordingId},
                      {"source_sha256", clip->sourceSha256},
                      {"asked_from_ms", clip->askedFromMs},
                      {"asked_to_ms", clip->askedToMs},
                      {"start_ms", clip->cut.startMs},
                      {"end_ms", clip->cut.endMs},
                      {"duration_ms", clip->cut.durationMs},
                      {"size_bytes", clip->sizeBytes},
                      {"sha256", clip->sha256}});
    entries.push_back({path, clip->sizeBytes, clip->sha256, {}, {}, {}, clip->file});
    keep.push_back(std::move(clip));
  }
  const nlohmann::json document = {
      {"note",
       "Each clip is a part of a recording of this hearing cut by stream copy (no re-encoding) "
       "from the stored file named by source_sha256, starting on the keyframe at or before the "
       "asked start."},
      {"clips", listed}};
  std::string content = document.dump(2) + "\n";
  const auto size = static_cast<std::int64_t>(content.size());
  entries.push_back(
      {"data/clips.json", size, toHex(Sha256::of(content)), {}, {}, std::move(content), {}});
  return entries;
}

Status streamLocalFile(const PackageEntry& entry, std::vector<char>& buffer, Sha512& sha512,
                       PackageSink& sink) {
  posix::UniqueFd fd(::open(entry.localFile.c_str(), O_RDONLY | O_CLOEXEC));
  if (!fd.valid()) return posix::systemError(errno, "cannot open", entry.localFile);
  std::int64_t done = 0;
  while (true) {
    const ssize_t got = ::read(fd.get(), buffer.data(), buffer.size());
    if (got < 0) {
      if (errno == EINTR) continue;
      return posix::systemError(errno, "cannot read", entry.localFile);
    }
    if (got == 0) break;
    const std::string_view chunk(buffer.data(), static_cast<std::size_t>(got));
    sha512.update(chunk);
    AUDIENTIA_TRY_STATUS(sink.write(chunk));
    done += got;
  }
  if (done != entry.sizeBytes) {
    return Error(ErrorCode::kDataLoss, entry.path + " has " + std::to_string(done) +
                                           " bytes where " + std::to_string(entry.sizeBytes) +
                                           " were announced");
  }
  return ok();
}

}  // namespace audientia::app
