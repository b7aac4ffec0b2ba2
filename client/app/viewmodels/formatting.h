#pragma once

// How API values read in the client: the words a clerk expects, not enum names or raw numbers.

#include <QString>
#include <cstdint>

#include "audientia/v1/common.pb.h"
#include "audientia/v1/hearings.pb.h"
#include "audientia/v1/recordings.pb.h"

namespace audientia::gui {

QString kindName(v1::HearingKind kind);            // "Witness"
QString statusName(v1::HearingStatus status);      // "Open"
QString roleName(v1::Role role);                   // "Prosecutor"
QString durationText(std::int64_t ms);             // "1:02:03"; "–" when unknown (0 or less)
QString sizeText(std::int64_t bytes);              // "512 bytes", "1.4 MiB"
QString exactSizeText(std::int64_t bytes);         // "1,468,006 bytes"
QString timestampText(std::int64_t unixMs);        // local time, "2024-05-01 14:03"
QString codecName(const std::string& ffmpegName);  // "h264" -> "H.264"
// "H.264 1280×720, 30 fps"; several video streams are joined with "; ". Empty when none.
QString videoSummary(const v1::MediaInfo& info);
// "AAC, 48 kHz, stereo". Empty when none.
QString audioSummary(const v1::MediaInfo& info);
// "witness: Jane Roe; interpreter: John Doe".
QString participantsText(const v1::Hearing& hearing);

}  // namespace audientia::gui
