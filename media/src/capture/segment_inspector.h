#pragma once

// Reading back what the capture wrote: the time span of each track of a segment (by demuxing
// every packet, no decoding) and the fragment structure of a fragmented MP4 file.

#include <cstdint>
#include <filesystem>
#include <vector>

#include "audientia/base/expected.h"
#include "audientia/media/media_info.h"

namespace audientia::media {

struct TrackSpan {
  StreamType type = StreamType::kUnspecified;
  std::int64_t startMs = 0;  // first presentation time
  std::int64_t endMs = 0;    // last presentation time + its duration
  std::int64_t packets = 0;
};

struct SegmentSpan {
  std::vector<TrackSpan> tracks;
  std::int64_t startMs() const;  // earliest track start
  std::int64_t endMs() const;    // latest track end
};

// Demuxes the whole file. Errors as openInput (kNotFound, kInvalidArgument).
Expected<SegmentSpan> inspectSegment(const std::filesystem::path& path);

struct FragmentScan {
  std::uint64_t fileSize = 0;
  std::uint64_t completeBytes = 0;  // up to the end of the last complete top-level box pair
  int fragments = 0;                // complete moof+mdat pairs
  bool hasHeader = false;           // ftyp+moov present
};

// Walks the top-level ISO-BMFF boxes; an incomplete box or a moof without its complete mdat
// ends the usable part.
Expected<FragmentScan> scanFragments(const std::filesystem::path& path);

}  // namespace audientia::media
