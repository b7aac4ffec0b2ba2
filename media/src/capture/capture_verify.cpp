// verifyCapture() and recoverCapture() (capture_manifest.h).

#include "audientia/media/capture_verify.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <map>
#include <set>

#include "audientia/base/sha256.h"
#include "audientia/media/capture_manifest.h"
#include "audientia/media/processing.h"
#include "capture/capture_lock.h"
#include "capture/segment_inspector.h"
#include "capture/wall_time.h"

namespace audientia::media {
namespace {

bool isOwnFile(const std::string& name) {
  // manifest.json.tmp-XXXXXXXX: a manifest write cut short (posix::writeFileAtomically).
  return name == kManifestFileName || name == kCaptureLockFileName ||
         name.rfind(std::string(kManifestFileName) + ".tmp", 0) == 0;
}

std::string shortHex(const std::string& hex) {
  return hex.substr(0, 12) + "...";
}

}  // namespace

Expected<CaptureVerification> verifyCapture(const std::filesystem::path& dir) {
  AUDIENTIA_TRY(auto manifest, readManifest(dir));
  CaptureVerification report;
  report.seal = manifest.seal;
  // The manifest's own consistency (seal, order, sequence holes, chain): manifest_check.cpp.
  report.problems = checkManifestChain(manifest);

  std::map<std::string, std::string> fileForDigest;
  for (const auto& s : manifest.segments) fileForDigest.emplace(s.sha256, s.file);
  std::set<std::string> listed;
  for (const auto& segment : manifest.segments) {
    listed.insert(segment.file);
    auto path = dir / segment.file;
    if (!std::filesystem::exists(path)) {
      report.problems.push_back({ProblemKind::kMissing, segment.file,
                                 segment.file + " is listed in the manifest but not on disk"});
      continue;
    }
    ++report.segmentsChecked;
    auto digest = Sha256::ofFile(path);
    if (!digest) {
      report.problems.push_back({ProblemKind::kMissing, segment.file, digest.error().message()});
      continue;
    }
    std::string hex = toHex(*digest);
    if (hex == segment.sha256) continue;
    auto other = fileForDigest.find(hex);
    if (other != fileForDigest.end()) {
      report.problems.push_back(
          {ProblemKind::kReordered, segment.file,
           segment.file + " holds the content recorded for " + other->second});
    } else {
      report.problems.push_back({ProblemKind::kModified, segment.file,
                                 segment.file + ": sha256 is " + shortHex(hex) +
                                     ", the manifest says " + shortHex(segment.sha256)});
    }
  }
  std::vector<std::string> extras;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    std::string name = entry.path().filename().string();
    if (isOwnFile(name) || listed.count(name) != 0) continue;
    extras.push_back(name);
  }
  std::sort(extras.begin(), extras.end());
  for (const auto& name : extras) {
    report.problems.push_back(
        {ProblemKind::kExtra, name, name + " is in the capture directory but not in the manifest"});
  }
  return report;
}

namespace {

Status closeTornSegment(const std::filesystem::path& dir, CaptureManifest& manifest,
                        ManifestSegment segment, CaptureRecovery& recovery) {
  auto path = dir / segment.file;
  AUDIENTIA_TRY(auto scan, scanFragments(path));
  if (!scan.hasHeader || scan.fragments == 0) {
    std::error_code ec;
    std::filesystem::remove(path, ec);
    recovery.discarded.push_back(segment.file);
    return ok();
  }
  if (scan.completeBytes < scan.fileSize) {
    if (::truncate(path.c_str(), static_cast<off_t>(scan.completeBytes)) != 0) {
      return Error(ErrorCode::kInternal,
                   "truncating " + path.string() + ": " + std::strerror(errno));
    }
    recovery.bytesCut += static_cast<std::int64_t>(scan.fileSize - scan.completeBytes);
  }
  AUDIENTIA_TRY(auto span, inspectSegment(path));
  segment.durationMs = span.endMs();
  segment.recovered = true;
  segment.wallEnd = formatWallTime(parseWallTime(segment.wallStart) +
                                   std::chrono::milliseconds(segment.durationMs));
  AUDIENTIA_TRY_STATUS(appendSegment(dir, manifest, std::move(segment)));
  recovery.repaired.push_back(manifest.segments.back().file);
  return ok();
}

}  // namespace

Expected<CaptureRecovery> recoverCapture(const std::filesystem::path& dir, RecoveryMode mode) {
  AUDIENTIA_TRY(auto manifest, readManifest(dir));
  AUDIENTIA_TRY(auto lock, lockCaptureDirectory(dir, "a capture is still running in " +
                                                         dir.string() + " (its lock is held)"));
  CaptureRecovery recovery;
  if (manifest.state != "recording" && manifest.state != "paused") {
    if (mode == RecoveryMode::kSeal && manifest.state == "recovered") sealManifest(manifest);
    if (mode == RecoveryMode::kSeal && manifest.state == "sealed") {
      AUDIENTIA_TRY_STATUS(writeManifestAtomically(dir, manifest));
    }
    return recovery;
  }
  recovery.wasInterrupted = true;
  std::set<std::string> listed;
  for (const auto& s : manifest.segments) listed.insert(s.file);
  auto open = manifest.openSegments;
  std::sort(open.begin(), open.end(),
            [](const auto& a, const auto& b) { return a.sequence < b.sequence; });
  manifest.openSegments.clear();
  for (auto& segment : open) {
    if (listed.count(segment.file) != 0 || !std::filesystem::exists(dir / segment.file)) continue;
    AUDIENTIA_TRY_STATUS(closeTornSegment(dir, manifest, segment, recovery));
  }
  std::string lastEnd = manifest.runs.empty() ? std::string() : manifest.runs.back().wallStart;
  for (const auto& s : manifest.segments) lastEnd = std::max(lastEnd, s.wallEnd);
  for (auto& pause : manifest.pauses) {
    if (pause.mediaEndMs < 0) pause.wallEnd = lastEnd;  // paused when the process died
  }
  if (!manifest.runs.empty()) manifest.runs.back().wallEnd = lastEnd;
  recovery.gapStart = lastEnd;
  manifest.gaps.push_back({lastEnd, "",
                           "capture process interrupted (recovered " +
                               formatWallTime(std::chrono::system_clock::now()) + ")"});
  manifest.state = "recovered";
  if (mode == RecoveryMode::kSeal) sealManifest(manifest);
  AUDIENTIA_TRY_STATUS(writeManifestAtomically(dir, manifest));
  return recovery;
}

}  // namespace audientia::media
