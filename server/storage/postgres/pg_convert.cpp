#include "pg_convert.h"

#include <array>
#include <cctype>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "domain/rules.h"

namespace audientia::storage::postgres {

using namespace std::chrono;

std::int64_t toMicros(domain::Timestamp t) {
  return duration_cast<microseconds>(t.time_since_epoch()).count();
}

std::string toPgTimestamp(domain::Timestamp t) {
  const auto us = floor<microseconds>(t);
  const auto day = floor<days>(us);
  const year_month_day ymd{day};
  const hh_mm_ss hms{us - day};
  std::array<char, 64> buf{};
  std::snprintf(buf.data(), buf.size(), "%04d-%02u-%02u %02d:%02d:%02d.%06lld+00",
                static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                static_cast<unsigned>(ymd.day()), static_cast<int>(hms.hours().count()),
                static_cast<int>(hms.minutes().count()), static_cast<int>(hms.seconds().count()),
                static_cast<long long>(hms.subseconds().count()));
  return buf.data();
}

domain::Timestamp fromPgTimestamp(std::string_view text) {
  // Session is UTC, so the text is "YYYY-MM-DD HH:MM:SS[.ffffff]+00".
  int y = 0;
  unsigned mo = 0;
  unsigned d = 0;
  int h = 0;
  int mi = 0;
  int s = 0;
  std::string copy(text);
  if (std::sscanf(copy.c_str(), "%d-%u-%u %d:%d:%d", &y, &mo, &d, &h, &mi, &s) != 6) {
    return {};
  }
  std::int64_t micros = 0;
  const auto dot = copy.find('.', 19);
  if (dot != std::string::npos) {
    int digits = 0;
    for (std::size_t i = dot + 1; i < copy.size() && std::isdigit(copy[i]) != 0; ++i, ++digits) {
      micros = micros * 10 + (copy[i] - '0');
    }
    for (; digits < 6; ++digits) micros *= 10;
  }
  const sys_days day = year_month_day{year{y}, month{mo}, std::chrono::day{d}};
  return time_point_cast<domain::Timestamp::duration>(day + hours{h} + minutes{mi} + seconds{s} +
                                                      microseconds{micros});
}

namespace {

template <class E, std::size_t N>
std::string enumToText(E value, const std::array<std::pair<E, const char*>, N>& table) {
  for (const auto& [e, t] : table) {
    if (e == value) return t;
  }
  return "";
}

template <class E, std::size_t N>
E enumFromText(std::string_view text, const std::array<std::pair<E, const char*>, N>& table) {
  for (const auto& [e, t] : table) {
    if (text == t) return e;
  }
  return E::kUnspecified;
}

using domain::HearingKind;
using domain::HearingStatus;
using domain::RecordingState;
using domain::Role;
constexpr std::array<std::pair<HearingStatus, const char*>, 2> kStatuses{
    {{HearingStatus::kOpen, "open"}, {HearingStatus::kClosed, "closed"}}};
constexpr std::array<std::pair<RecordingState, const char*>, 5> kStates{
    {{RecordingState::kUploading, "uploading"},
     {RecordingState::kVerifying, "verifying"},
     {RecordingState::kProcessing, "processing"},
     {RecordingState::kAvailable, "available"},
     {RecordingState::kFailed, "failed"}}};
constexpr std::array<std::pair<domain::RecordingKind, const char*>, 2> kKinds{
    {{domain::RecordingKind::kFile, "file"}, {domain::RecordingKind::kCapture, "capture"}}};
constexpr std::array<std::pair<domain::FileRole, const char*>, 6> kFileRoles{
    {{domain::FileRole::kOriginal, "original"},
     {domain::FileRole::kSegment, "segment"},
     {domain::FileRole::kManifest, "manifest"},
     {domain::FileRole::kMaster, "master"},
     {domain::FileRole::kThumbnail, "thumbnail"},
     {domain::FileRole::kWaveform, "waveform"}}};
constexpr std::array<std::pair<domain::UploadState, const char*>, 4> kUploadStates{
    {{domain::UploadState::kReceiving, "receiving"},
     {domain::UploadState::kComplete, "complete"},
     {domain::UploadState::kExpired, "expired"},
     {domain::UploadState::kAborted, "aborted"}}};
constexpr std::array<std::pair<domain::JobState, const char*>, 4> kJobStates{
    {{domain::JobState::kQueued, "queued"},
     {domain::JobState::kRunning, "running"},
     {domain::JobState::kDone, "done"},
     {domain::JobState::kFailed, "failed"}}};
constexpr std::array<std::pair<domain::StreamType, const char*>, 4> kStreamTypes{
    {{domain::StreamType::kVideo, "video"},
     {domain::StreamType::kAudio, "audio"},
     {domain::StreamType::kSubtitle, "subtitle"},
     {domain::StreamType::kData, "data"}}};

}  // namespace

// Roles and hearing kinds are stored under their domain names (domain/rules.h).
std::string roleToText(domain::Role role) {
  return std::string(domain::roleName(role));
}
domain::Role roleFromText(std::string_view text) {
  return domain::parseRole(text).value_or(Role::kUnspecified);
}
std::string hearingKindToText(domain::HearingKind kind) {
  return std::string(domain::hearingKindName(kind));
}
domain::HearingKind hearingKindFromText(std::string_view text) {
  return domain::parseHearingKind(text).value_or(HearingKind::kUnspecified);
}
std::string hearingStatusToText(domain::HearingStatus status) {
  return enumToText(status, kStatuses);
}
domain::HearingStatus hearingStatusFromText(std::string_view text) {
  return enumFromText(text, kStatuses);
}
std::string recordingStateToText(domain::RecordingState state) {
  return enumToText(state, kStates);
}
domain::RecordingState recordingStateFromText(std::string_view text) {
  return enumFromText(text, kStates);
}

std::string recordingKindToText(domain::RecordingKind kind) {
  return enumToText(kind, kKinds);
}
domain::RecordingKind recordingKindFromText(std::string_view text) {
  return enumFromText(text, kKinds);
}
std::string fileRoleToText(domain::FileRole role) {
  return enumToText(role, kFileRoles);
}
domain::FileRole fileRoleFromText(std::string_view text) {
  return enumFromText(text, kFileRoles);
}
std::string uploadStateToText(domain::UploadState state) {
  return enumToText(state, kUploadStates);
}
domain::UploadState uploadStateFromText(std::string_view text) {
  return enumFromText(text, kUploadStates);
}
std::string jobStateToText(domain::JobState state) {
  return enumToText(state, kJobStates);
}
domain::JobState jobStateFromText(std::string_view text) {
  return enumFromText(text, kJobStates);
}

std::string gapsToJson(const std::vector<domain::RecordingGap>& gaps) {
  nlohmann::json doc = nlohmann::json::array();
  for (const auto& g : gaps) {
    doc.push_back({{"wall_start", g.wallStart},
                   {"wall_end", g.wallEnd},
                   {"reason", g.reason},
                   {"kind", g.kind == domain::GapKind::kPause ? "pause" : "interruption"},
                   {"media_time_ms", g.mediaTimeMs}});
  }
  return doc.dump();
}

Expected<std::vector<domain::RecordingGap>> gapsFromJson(std::string_view json) {
  try {
    std::vector<domain::RecordingGap> gaps;
    for (const auto& g : nlohmann::json::parse(json)) {
      // Rows written before gaps had a kind hold interruptions only.
      gaps.push_back({g.value("wall_start", ""), g.value("wall_end", ""), g.value("reason", ""),
                      g.value("kind", "") == "pause" ? domain::GapKind::kPause
                                                     : domain::GapKind::kInterruption,
                      g.value("media_time_ms", std::int64_t{-1})});
    }
    return gaps;
  } catch (const nlohmann::json::exception& e) {
    return internalError(std::string("reading stored gaps: ") + e.what());
  }
}

std::string markersToJson(const std::vector<domain::RecordingMarker>& markers) {
  nlohmann::json doc = nlohmann::json::array();
  for (const auto& m : markers) {
    doc.push_back({{"kind", m.kind},
                   {"text", m.text},
                   {"media_time_ms", m.mediaTimeMs},
                   {"wall_time", m.wallTime},
                   {"run", m.run}});
  }
  return doc.dump();
}

Expected<std::vector<domain::RecordingMarker>> markersFromJson(std::string_view json) {
  try {
    std::vector<domain::RecordingMarker> markers;
    for (const auto& m : nlohmann::json::parse(json)) {
      markers.push_back({m.value("kind", ""), m.value("text", ""),
                         m.value("media_time_ms", std::int64_t{0}), m.value("wall_time", ""),
                         m.value("run", 1)});
    }
    return markers;
  } catch (const nlohmann::json::exception& e) {
    return internalError(std::string("reading stored markers: ") + e.what());
  }
}

std::string toPgTextArray(const std::vector<std::string>& values) {
  std::string out = "{";
  for (const auto& v : values) {
    if (out.size() > 1) out += ',';
    out += '"';
    for (char c : v) {
      if (c == '"' || c == '\\') out += '\\';
      out += c;
    }
    out += '"';
  }
  out += '}';
  return out;
}

std::string mediaInfoToJson(const domain::MediaInfo& info) {
  nlohmann::json streams = nlohmann::json::array();
  for (const auto& s : info.streams) {
    std::string type = enumToText(s.type, kStreamTypes);
    streams.push_back({{"index", s.index},
                       {"type", type.empty() ? "unknown" : type},
                       {"codec", s.codec},
                       {"width", s.width},
                       {"height", s.height},
                       {"frame_rate", s.frameRate},
                       {"sample_rate", s.sampleRate},
                       {"channels", s.channels},
                       {"duration_ms", s.duration.count()},
                       {"bit_rate", s.bitRate}});
  }
  nlohmann::json doc = {{"container", info.container},
                        {"duration_ms", info.duration.count()},
                        {"bit_rate", info.bitRate},
                        {"streams", std::move(streams)}};
  return doc.dump();
}

Expected<domain::MediaInfo> mediaInfoFromJson(std::string_view json) {
  try {
    const auto doc = nlohmann::json::parse(json);
    domain::MediaInfo info;
    info.container = doc.value("container", "");
    info.duration = milliseconds{doc.value("duration_ms", std::int64_t{0})};
    info.bitRate = doc.value("bit_rate", std::int64_t{0});
    for (const auto& s : doc.value("streams", nlohmann::json::array())) {
      domain::StreamInfo stream;
      stream.index = s.value("index", 0);
      stream.type = enumFromText(s.value("type", std::string()), kStreamTypes);
      stream.codec = s.value("codec", "");
      stream.width = s.value("width", 0);
      stream.height = s.value("height", 0);
      stream.frameRate = s.value("frame_rate", 0.0);
      stream.sampleRate = s.value("sample_rate", 0);
      stream.channels = s.value("channels", 0);
      stream.duration = milliseconds{s.value("duration_ms", std::int64_t{0})};
      stream.bitRate = s.value("bit_rate", std::int64_t{0});
      info.streams.push_back(std::move(stream));
    }
    return info;
  } catch (const nlohmann::json::exception& e) {
    return internalError(std::string("reading stored media_info: ") + e.what());
  }
}

namespace {
constexpr std::string_view kHex = "0123456789abcdef";
}

std::string opaqueToken(std::string_view plain) {
  std::string out;
  for (unsigned char c : plain) {
    out.push_back(kHex[c >> 4]);
    out.push_back(kHex[c & 0xf]);
  }
  return out;
}

std::optional<std::string> fromOpaqueToken(std::string_view token, std::size_t maxChars) {
  if (token.size() % 2 != 0 || token.size() > maxChars) return std::nullopt;
  std::string plain;
  for (std::size_t i = 0; i < token.size(); i += 2) {
    const auto hi = kHex.find(token[i]);
    const auto lo = kHex.find(token[i + 1]);
    if (hi == std::string_view::npos || lo == std::string_view::npos) return std::nullopt;
    plain.push_back(static_cast<char>(hi * 16 + lo));
  }
  return plain;
}

std::string encodePageToken(const KeysetPosition& position) {
  return opaqueToken("k1:" + std::to_string(position.createdAtMicros) + ":" + position.id);
}

Expected<KeysetPosition> decodePageToken(std::string_view token) {
  const Error bad = invalidArgument("page_token is not a token this server issued");
  const auto decoded = fromOpaqueToken(token, 200);
  if (!decoded) return bad;
  const std::string& plain = *decoded;
  if (plain.rfind("k1:", 0) != 0) return bad;
  const auto colon = plain.find(':', 3);
  if (colon == std::string::npos) return bad;
  KeysetPosition position;
  const std::string micros = plain.substr(3, colon - 3);
  if (micros.empty() || micros.size() > 19) return bad;
  for (std::size_t i = 0; i < micros.size(); ++i) {
    if (std::isdigit(static_cast<unsigned char>(micros[i])) == 0) return bad;
  }
  position.createdAtMicros = std::stoll(micros);
  position.id = plain.substr(colon + 1);
  if (!isUuid(position.id)) return bad;
  return position;
}

int clampPageLimit(int limit) {
  if (limit <= 0) return 100;
  return limit > 1000 ? 1000 : limit;
}

}  // namespace audientia::storage::postgres
