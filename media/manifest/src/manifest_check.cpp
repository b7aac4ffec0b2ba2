// checkManifestChain() (capture_manifest.h): the manifest's own consistency, no files read. Also
// the manifest half of verifyCapture() (capture_verify.cpp), which adds the checks against disk.

#include <set>
#include <string>

#include "audientia/media/capture_manifest.h"

namespace audientia::media {
namespace {

// Past this many missing sequences one problem summarises the rest.
constexpr int kMaxMissingListed = 20;

void checkSeal(const CaptureManifest& manifest, std::vector<CaptureProblem>& problems) {
  if (manifest.seal.empty() || manifest.state != "sealed") {
    problems.push_back({ProblemKind::kNotSealed, kManifestFileName,
                        "the capture is not sealed (state \"" + manifest.state + "\")"});
    return;
  }
  CaptureManifest unsealed = manifest;
  unsealed.seal.clear();
  if (sealHash(unsealed) != manifest.seal) {
    problems.push_back({ProblemKind::kManifestTampered, kManifestFileName,
                        "the seal does not match the manifest's content"});
  }
}

void checkOrder(const CaptureManifest& manifest, std::vector<CaptureProblem>& problems) {
  const auto& segments = manifest.segments;
  for (std::size_t i = 1; i < segments.size(); ++i) {
    if (segments[i].sequence <= segments[i - 1].sequence) {
      problems.push_back({ProblemKind::kReordered, segments[i].file,
                          segments[i].file + " (sequence " + std::to_string(segments[i].sequence) +
                              ") is listed after " + segments[i - 1].file + " (sequence " +
                              std::to_string(segments[i - 1].sequence) + ")"});
    }
  }
}

void checkSequencesComplete(const CaptureManifest& manifest,
                            std::vector<CaptureProblem>& problems) {
  std::set<int> present;
  int highest = 0;
  for (const auto& segment : manifest.segments) {
    present.insert(segment.sequence);
    highest = std::max(highest, segment.sequence);
  }
  int listed = 0;
  for (int sequence = 1; sequence < highest; ++sequence) {
    if (present.count(sequence) != 0) continue;
    const std::string file = segmentFileName(sequence);
    if (++listed > kMaxMissingListed) {
      problems.push_back({ProblemKind::kMissing, file,
                          "more sequences are missing from the manifest after " + file});
      return;
    }
    problems.push_back({ProblemKind::kMissing, file,
                        file + " (sequence " + std::to_string(sequence) +
                            ") is missing from the manifest: sequences must run 1, 2, ..., " +
                            std::to_string(highest)});
  }
}

void checkChain(const CaptureManifest& manifest, std::vector<CaptureProblem>& problems) {
  std::string previous = genesisChainHash(manifest.sessionId);
  for (const auto& segment : manifest.segments) {
    if (chainHash(previous, segment) != segment.chainSha256) {
      // Every later link depends on this one: the first break is the one to report.
      problems.push_back({ProblemKind::kManifestTampered, segment.file,
                          "the digest chain breaks at " + segment.file +
                              ": its entry was changed, inserted or removed"});
      return;
    }
    previous = segment.chainSha256;
  }
}

}  // namespace

std::vector<CaptureProblem> checkManifestChain(const CaptureManifest& manifest) {
  std::vector<CaptureProblem> problems;
  checkSeal(manifest, problems);
  checkOrder(manifest, problems);
  checkSequencesComplete(manifest, problems);
  checkChain(manifest, problems);
  return problems;
}

}  // namespace audientia::media
