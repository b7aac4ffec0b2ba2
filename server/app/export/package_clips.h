#pragma once

// What an evidence package holds besides whole recordings (PackageExport::prepare): the
// recordings chosen, and clips cut into data/clips/ with data/clips.json naming, for each, the
// recording and the stored file it was cut from and where (so that audientia-verify can check
// that every clip names a source of this hearing).

#include <memory>
#include <string>
#include <vector>

#include "app/export/clip_export.h"
#include "app/export/package_export.h"
#include "audientia/base/sha512.h"

namespace audientia::app {

// kInvalidArgument naming a chosen recording that is not one of the hearing's.
Status checkChosenRecordings(const HearingWithRecordings& found,
                             const std::vector<std::string>& chosen);
// Whether a recording's files go in: every one when none was chosen.
bool isChosen(const std::string& recordingId, const std::vector<std::string>& chosen);

// Cuts each clip through `clips` (its permission, range and fixity checks), keeping the cut
// files alive in `keep`; returns their payload entries (data/clips/01_<name>.mp4, ...) and
// data/clips.json. None asked: nothing. kInvalidArgument for a clip of another hearing.
Expected<std::vector<PackageEntry>> cutPackageClips(ClipExport& clips, const domain::User& caller,
                                                    const std::string& hearingId,
                                                    const std::vector<ClipRequest>& asked,
                                                    std::vector<std::unique_ptr<Clip>>& keep);

// A payload entry's local file to the sink, hashed with SHA-512 on the way; its size checked.
Status streamLocalFile(const PackageEntry& entry, std::vector<char>& buffer, Sha512& sha512,
                       PackageSink& sink);

}  // namespace audientia::app
