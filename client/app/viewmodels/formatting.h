#pragma once

// How API values read in the client: the words a clerk expects, not enum names or raw numbers,
// in the language installed (services/language.h) and the default QLocale's formats.

#include <QDateTime>
#include <QString>
#include <cstdint>

#include "audientia/v1/common.pb.h"
#include "audientia/v1/hearings.pb.h"
#include "audientia/v1/recordings.pb.h"

namespace audientia::gui {

QString kindName(v1::HearingKind kind);        // "Witness"
QString statusName(v1::HearingStatus status);  // "Open"
QString roleName(v1::Role role);               // "Prosecutor"
QString durationText(std::int64_t ms);         // "1:02:03"; "–" when unknown (0 or less)
QString clockText(std::int64_t ms);            // a running clock: "0:00:00", "1:02:03"
// A clock with tenths of a second, for cut points: "0:00:06.5" (the locale's decimal point).
QString preciseClockText(std::int64_t ms);
// The local time of day with seconds in the locale's way, without the time zone: "14:03:07".
QString wallClockText(const QDateTime& time);
QString sizeText(std::int64_t bytes);              // "512 bytes", "1.4 MiB"
QString exactSizeText(std::int64_t bytes);         // "1,468,006 bytes" (in the locale)
QString timestampText(std::int64_t unixMs);        // local time, "5/1/2024 2:03 PM"
QString codecName(const std::string& ffmpegName);  // "h264" -> "H.264"
// "H.264 1280×720, 30 fps"; several video streams are joined with "; ". Empty when none.
QString videoSummary(const v1::MediaInfo& info);
// "AAC, 48 kHz, stereo". Empty when none.
QString audioSummary(const v1::MediaInfo& info);
// A participant's role as the client records it ("witness", "legal guardian", the keys of
// CaptureViewModel::participantRoles()) in words: "Witness"; another role as it is.
QString participantRoleName(const QString& role);
// "Witness: Jane Roe; Interpreter: John Doe".
QString participantsText(const v1::Hearing& hearing);
// Case numbers, ids, hashes, addresses and file names read left to right in every language: in a
// right-to-left layout they are isolated as left-to-right text ("1234/P/2026", not "P/2026/1234");
// otherwise returned as they are.
QString leftToRight(const QString& text);
// The start of a suggested file name made from a case number: letters, digits and '-' kept,
// anything else '-' ("808/P/2026" -> "808-P-2026"); `fallback` when nothing is left.
QString caseFileStem(const QString& caseNumber, const QString& fallback);

}  // namespace audientia::gui
