#include "audientia/media/capture_manifest.h"

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fstream>
#include <limits>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>
#include <type_traits>

#include "audientia/base/posix_file.h"
#include "audientia/base/sha256.h"

namespace audientia::media {
namespace {

using nlohmann::json;

bool hexToDigest(const std::string& hex, Sha256Digest& digest) {
  if (!isSha256Hex(hex)) return false;
  for (std::size_t i = 0; i < digest.size(); ++i) {
    digest[i] = static_cast<std::uint8_t>(std::stoi(hex.substr(i * 2, 2), nullptr, 16));
  }
  return true;
}

std::string_view digestView(const Sha256Digest& digest) {
  return {reinterpret_cast<const char*>(digest.data()), digest.size()};
}

json segmentJson(const ManifestSegment& s) {
  return json{{"sequence", s.sequence},       {"file", s.file},
              {"sizeBytes", s.sizeBytes},     {"sha256", s.sha256},
              {"chainSha256", s.chainSha256}, {"mediaStartMs", s.mediaStartMs},
              {"durationMs", s.durationMs},   {"wallStart", s.wallStart},
              {"wallEnd", s.wallEnd},         {"run", s.run},
              {"recovered", s.recovered}};
}

json manifestJsonWithoutSeal(const CaptureManifest& m) {
  json j;
  j["format"] = "audientia.capture";
  j["version"] = m.version;
  j["sessionId"] = m.sessionId;
  if (!m.hearingId.empty()) j["hearingId"] = m.hearingId;
  j["title"] = m.title;
  j["state"] = m.state;
  j["segmentLengthMs"] = m.segmentLengthMs;
  j["sealedAt"] = m.sealedAt;
  j["tracks"] = json::array();
  for (const auto& t : m.tracks) {
    j["tracks"].push_back(
        {{"index", t.index}, {"media", t.media}, {"spec", t.spec}, {"codec", t.codec}});
  }
  j["runs"] = json::array();
  for (const auto& r : m.runs) {
    j["runs"].push_back({{"run", r.run}, {"wallStart", r.wallStart}, {"wallEnd", r.wallEnd}});
  }
  j["segments"] = json::array();
  for (const auto& s : m.segments) j["segments"].push_back(segmentJson(s));
  j["openSegments"] = json::array();
  for (const auto& s : m.openSegments) j["openSegments"].push_back(segmentJson(s));
  j["pauses"] = json::array();
  for (const auto& p : m.pauses) {
    j["pauses"].push_back({{"run", p.run},
                           {"reason", p.reason},
                           {"mediaStartMs", p.mediaStartMs},
                           {"mediaEndMs", p.mediaEndMs},
                           {"wallStart", p.wallStart},
                           {"wallEnd", p.wallEnd}});
  }
  j["gaps"] = json::array();
  for (const auto& g : m.gaps) {
    j["gaps"].push_back({{"wallStart", g.wallStart}, {"wallEnd", g.wallEnd}, {"reason", g.reason}});
  }
  j["events"] = json::array();
  for (const auto& e : m.events) {
    j["events"].push_back({{"run", e.run},
                           {"kind", e.kind},
                           {"input", e.input},
                           {"inputSpec", e.inputSpec},
                           {"detail", e.detail},
                           {"mediaTimeMs", e.mediaTimeMs},
                           {"wallTime", e.wallTime}});
  }
  j["markers"] = json::array();
  for (const auto& k : m.markers) {
    j["markers"].push_back({{"run", k.run},
                            {"kind", k.kind},
                            {"text", k.text},
                            {"mediaTimeMs", k.mediaTimeMs},
                            {"wallTime", k.wallTime}});
  }
  return j;
}

// A number member must be a JSON integer that fits its field: nlohmann converts a double such as
// 1e300 (or an unsigned 2^64-1) to an integer without a check, which is undefined behaviour.
template <class T>
void take(const json& j, const char* key, T& out) {
  const json& value = j.at(key);
  if constexpr (std::is_integral_v<T> && !std::is_same_v<T, bool>) {
    bool fits = false;
    if (value.is_number_unsigned()) {
      fits =
          value.get<std::uint64_t>() <= static_cast<std::uint64_t>(std::numeric_limits<T>::max());
    } else if (value.is_number_integer()) {
      const auto n = value.get<std::int64_t>();
      fits = n >= static_cast<std::int64_t>(std::numeric_limits<T>::min()) &&
             (n < 0 || static_cast<std::uint64_t>(n) <=
                           static_cast<std::uint64_t>(std::numeric_limits<T>::max()));
    }
    if (!fits) {
      throw std::out_of_range(std::string("member \"") + key + "\" is not an integer in range");
    }
  }
  out = value.get<T>();
}

}  // namespace

std::string segmentFileName(int sequence) {
  char name[32];
  std::snprintf(name, sizeof name, "segment-%05d.mp4", sequence);
  return name;
}

std::string formatWallTime(std::chrono::system_clock::time_point time) {
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(time.time_since_epoch()).count();
  std::time_t seconds = static_cast<std::time_t>(ms / 1000);
  std::tm tm{};
  gmtime_r(&seconds, &tm);
  char text[96];
  std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900,
                tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
                static_cast<int>(ms % 1000));
  return text;
}

std::string genesisChainHash(const std::string& sessionId) {
  return toHex(Sha256::of("audientia.capture.v1:" + sessionId));
}

std::string chainHash(const std::string& previousHex, const ManifestSegment& segment) {
  Sha256Digest previous{};
  Sha256Digest digest{};
  if (!hexToDigest(previousHex, previous) || !hexToDigest(segment.sha256, digest)) return {};
  std::ostringstream metadata;
  metadata << segment.sequence << '|' << segment.file << '|' << segment.sizeBytes << '|'
           << segment.mediaStartMs << '|' << segment.durationMs << '|' << segment.wallStart << '|'
           << segment.wallEnd << '|' << segment.run << '|' << (segment.recovered ? 1 : 0);
  Sha256 hash;
  hash.update(digestView(previous));
  hash.update(digestView(digest));
  hash.update(metadata.str());
  return toHex(hash.finish());
}

std::string sealHash(const CaptureManifest& manifest) {
  std::string last = manifest.segments.empty() ? genesisChainHash(manifest.sessionId)
                                               : manifest.segments.back().chainSha256;
  Sha256 hash;
  hash.update(last);
  hash.update(manifestJsonWithoutSeal(manifest).dump());
  return toHex(hash.finish());
}

std::string toJson(const CaptureManifest& manifest) {
  json j = manifestJsonWithoutSeal(manifest);
  j["seal"] = manifest.seal;
  return j.dump(2) + "\n";
}

Expected<CaptureManifest> manifestFromJson(const std::string& text) {
  try {
    json j = json::parse(text);
    if (j.value("format", std::string()) != "audientia.capture") {
      return invalidArgument("not a capture manifest (member \"format\" is not audientia.capture)");
    }
    CaptureManifest m;
    take(j, "version", m.version);
    take(j, "sessionId", m.sessionId);
    if (j.contains("hearingId")) take(j, "hearingId", m.hearingId);
    take(j, "title", m.title);
    take(j, "state", m.state);
    take(j, "segmentLengthMs", m.segmentLengthMs);
    take(j, "sealedAt", m.sealedAt);
    take(j, "seal", m.seal);
    for (const auto& t : j.at("tracks")) {
      ManifestTrack x;
      take(t, "index", x.index), take(t, "media", x.media), take(t, "spec", x.spec);
      take(t, "codec", x.codec);
      m.tracks.push_back(x);
    }
    for (const auto& r : j.at("runs")) {
      ManifestRun x;
      take(r, "run", x.run), take(r, "wallStart", x.wallStart), take(r, "wallEnd", x.wallEnd);
      m.runs.push_back(x);
    }
    auto segmentFrom = [](const json& s) {
      ManifestSegment x;
      take(s, "sequence", x.sequence), take(s, "file", x.file), take(s, "sizeBytes", x.sizeBytes);
      take(s, "sha256", x.sha256), take(s, "chainSha256", x.chainSha256);
      take(s, "mediaStartMs", x.mediaStartMs), take(s, "durationMs", x.durationMs);
      take(s, "wallStart", x.wallStart), take(s, "wallEnd", x.wallEnd), take(s, "run", x.run);
      take(s, "recovered", x.recovered);
      return x;
    };
    for (const auto& s : j.at("segments")) m.segments.push_back(segmentFrom(s));
    for (const auto& s : j.at("openSegments")) m.openSegments.push_back(segmentFrom(s));
    for (const auto& p : j.at("pauses")) {
      ManifestPause x;
      take(p, "run", x.run), take(p, "reason", x.reason), take(p, "mediaStartMs", x.mediaStartMs);
      take(p, "mediaEndMs", x.mediaEndMs), take(p, "wallStart", x.wallStart);
      take(p, "wallEnd", x.wallEnd);
      m.pauses.push_back(x);
    }
    for (const auto& g : j.at("gaps")) {
      ManifestGap x;
      take(g, "wallStart", x.wallStart), take(g, "wallEnd", x.wallEnd), take(g, "reason", x.reason);
      m.gaps.push_back(x);
    }
    for (const auto& e : j.at("events")) {
      ManifestEvent x;
      take(e, "run", x.run), take(e, "kind", x.kind), take(e, "input", x.input);
      take(e, "inputSpec", x.inputSpec), take(e, "detail", x.detail);
      take(e, "mediaTimeMs", x.mediaTimeMs), take(e, "wallTime", x.wallTime);
      m.events.push_back(x);
    }
    for (const auto& k : j.at("markers")) {
      ManifestMarker x;
      take(k, "run", x.run), take(k, "kind", x.kind), take(k, "text", x.text);
      take(k, "mediaTimeMs", x.mediaTimeMs), take(k, "wallTime", x.wallTime);
      m.markers.push_back(x);
    }
    return m;
  } catch (const std::exception& e) {
    return invalidArgument(std::string("capture manifest is malformed: ") + e.what());
  }
}

Expected<CaptureManifest> readManifest(const std::filesystem::path& dir) {
  auto path = dir / kManifestFileName;
  std::ifstream in(path, std::ios::binary);
  if (!in) return notFound("no capture manifest at " + path.string());
  std::ostringstream text;
  text << in.rdbuf();
  auto manifest = manifestFromJson(text.str());
  if (!manifest) return manifest.error().withContext(path.string());
  return manifest;
}

Status writeManifestAtomically(const std::filesystem::path& dir, const CaptureManifest& manifest) {
  return posix::writeFileAtomically(dir / kManifestFileName, toJson(manifest), 0644);
}

Status appendSegment(const std::filesystem::path& dir, CaptureManifest& manifest,
                     ManifestSegment segment) {
  auto path = dir / segment.file;
  AUDIENTIA_TRY(auto digest, Sha256::ofFile(path));
  std::error_code ec;
  segment.sizeBytes = std::filesystem::file_size(path, ec);
  if (ec) return Error(ErrorCode::kInternal, "size of " + path.string() + ": " + ec.message());
  segment.sha256 = toHex(digest);
  std::string previous = manifest.segments.empty() ? genesisChainHash(manifest.sessionId)
                                                   : manifest.segments.back().chainSha256;
  segment.chainSha256 = chainHash(previous, segment);
  manifest.segments.push_back(std::move(segment));
  return ok();
}

void sealManifest(CaptureManifest& manifest) {
  manifest.state = "sealed";
  manifest.sealedAt = formatWallTime(std::chrono::system_clock::now());
  manifest.seal.clear();
  manifest.seal = sealHash(manifest);
}

const char* toString(ProblemKind kind) {
  switch (kind) {
    case ProblemKind::kModified:
      return "modified";
    case ProblemKind::kMissing:
      return "missing";
    case ProblemKind::kReordered:
      return "reordered";
    case ProblemKind::kExtra:
      return "extra";
    case ProblemKind::kManifestTampered:
      return "manifest-tampered";
    case ProblemKind::kNotSealed:
      return "not-sealed";
    case ProblemKind::kUnspecified:
      break;
  }
  return "unspecified";
}

}  // namespace audientia::media
