// checkManifestChain on manifests built in memory with real chain and seal digests.

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "audientia/base/sha256.h"
#include "audientia/media/capture_manifest.h"
#include "audientia/media/processing.h"

namespace audientia::media {
namespace {

CaptureManifest sealedManifest(int segments) {
  CaptureManifest manifest;
  manifest.sessionId = "3f1c2a9e-session";
  manifest.title = "hearing 42";
  manifest.segmentLengthMs = 60000;
  manifest.tracks = {{0, "video", "lavfi:testsrc2", "h264"}, {1, "audio", "lavfi:sine", "aac"}};
  manifest.runs = {{1, "2026-12-01T09:00:00.000Z", "2026-12-01T09:03:00.000Z"}};
  std::string previous = genesisChainHash(manifest.sessionId);
  for (int i = 1; i <= segments; ++i) {
    ManifestSegment segment;
    segment.sequence = i;
    segment.file = segmentFileName(i);
    segment.sizeBytes = 1000U + static_cast<unsigned>(i);
    segment.sha256 = toHex(Sha256::of("content of segment " + std::to_string(i)));
    segment.mediaStartMs = (i - 1) * 60000;
    segment.durationMs = 60000;
    segment.wallStart = "2026-12-01T09:0" + std::to_string(i - 1) + ":00.000Z";
    segment.wallEnd = "2026-12-01T09:0" + std::to_string(i) + ":00.000Z";
    segment.chainSha256 = chainHash(previous, segment);
    previous = segment.chainSha256;
    manifest.segments.push_back(segment);
  }
  manifest.markers = {{1, "speaker", "Witness A", 61000, "2026-12-01T09:01:01.000Z"}};
  sealManifest(manifest);
  return manifest;
}

bool hasProblem(const std::vector<CaptureProblem>& problems, ProblemKind kind,
                const std::string& file) {
  return std::any_of(problems.begin(), problems.end(),
                     [&](const auto& p) { return p.kind == kind && p.file == file; });
}

std::string describe(const std::vector<CaptureProblem>& problems) {
  std::string text;
  for (const auto& p : problems)
    text += std::string(toString(p.kind)) + " " + p.file + ": " + p.detail + "\n";
  return text;
}

// Found by fuzz_manifest: a number that is not an integer of its field's range (1e300 where an int
// is read) was converted without a check (undefined behaviour). Each is now a malformed manifest.
TEST(ManifestFromJson, NumbersOutsideTheirFieldAreMalformed) {
  const std::string good = toJson(sealedManifest(1));
  ASSERT_TRUE(manifestFromJson(good));
  struct Case {
    std::string field, from, to;
  };
  const std::vector<Case> cases = {
      {"sequence", "\"sequence\": 1", "\"sequence\": 1e300"},
      {"sequence", "\"sequence\": 1", "\"sequence\": 4294967296"},
      {"sequence", "\"sequence\": 1", "\"sequence\": 1.5"},
      {"sizeBytes", "\"sizeBytes\": 1001", "\"sizeBytes\": -1"},
      {"durationMs", "\"durationMs\": 60000", "\"durationMs\": 18446744073709551615"},
      {"mediaTimeMs", "\"mediaTimeMs\": 61000", "\"mediaTimeMs\": -1e30"},
  };
  for (const auto& c : cases) {
    std::string text = good;
    const auto at = text.find(c.from);
    ASSERT_NE(at, std::string::npos) << c.from;
    text.replace(at, c.from.size(), c.to);
    const auto manifest = manifestFromJson(text);
    ASSERT_FALSE(manifest) << c.to;
    EXPECT_EQ(manifest.error().code(), ErrorCode::kInvalidArgument);
    EXPECT_NE(manifest.error().message().find(c.field), std::string::npos)
        << manifest.error().message();
  }
  // The fuzzer's own input (a long run of digits in a float).
  std::ifstream in(AUDIENTIA_FUZZ_REGRESSIONS "/fuzz_manifest/float-into-integer.json");
  const std::string found((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  ASSERT_FALSE(found.empty());
  EXPECT_FALSE(manifestFromJson(found));
}

TEST(CheckManifestChain, IntactSealedManifestHasNoProblems) {
  const auto manifest = sealedManifest(3);
  EXPECT_TRUE(checkManifestChain(manifest).empty()) << describe(checkManifestChain(manifest));
  // The same after a trip through its JSON form.
  auto reread = manifestFromJson(toJson(manifest));
  ASSERT_TRUE(reread) << reread.error().toString();
  EXPECT_TRUE(checkManifestChain(*reread).empty()) << describe(checkManifestChain(*reread));
}

TEST(CheckManifestChain, FlippedSegmentDigestBreaksTheChainAtThatSegment) {
  auto manifest = sealedManifest(3);
  auto& digest = manifest.segments[1].sha256;
  digest[0] = digest[0] == '0' ? '1' : '0';
  const auto problems = checkManifestChain(manifest);
  EXPECT_TRUE(hasProblem(problems, ProblemKind::kManifestTampered, "segment-00002.mp4"))
      << describe(problems);
  EXPECT_FALSE(hasProblem(problems, ProblemKind::kManifestTampered, "segment-00003.mp4"));
}

TEST(CheckManifestChain, ReorderedSegmentsAreNamed) {
  auto manifest = sealedManifest(3);
  std::swap(manifest.segments[1], manifest.segments[2]);
  const auto problems = checkManifestChain(manifest);
  EXPECT_TRUE(hasProblem(problems, ProblemKind::kReordered, "segment-00002.mp4"))
      << describe(problems);
  EXPECT_FALSE(hasProblem(problems, ProblemKind::kMissing, "segment-00002.mp4"));
}

TEST(CheckManifestChain, MissingSequenceIsNamed) {
  auto manifest = sealedManifest(4);
  manifest.segments.erase(manifest.segments.begin() + 1);
  const auto problems = checkManifestChain(manifest);
  EXPECT_TRUE(hasProblem(problems, ProblemKind::kMissing, "segment-00002.mp4"))
      << describe(problems);
  // The entry after the hole no longer chains to its predecessor.
  EXPECT_TRUE(hasProblem(problems, ProblemKind::kManifestTampered, "segment-00003.mp4"));
  EXPECT_FALSE(hasProblem(problems, ProblemKind::kReordered, "segment-00003.mp4"));
}

TEST(CheckManifestChain, MissingFirstSequenceIsNamed) {
  auto manifest = sealedManifest(2);
  manifest.segments.erase(manifest.segments.begin());
  const auto problems = checkManifestChain(manifest);
  EXPECT_TRUE(hasProblem(problems, ProblemKind::kMissing, "segment-00001.mp4"))
      << describe(problems);
}

TEST(CheckManifestChain, MarkerChangedAfterSealingBreaksTheSeal) {
  auto manifest = sealedManifest(3);
  manifest.markers[0].text = "Witness B";
  const auto problems = checkManifestChain(manifest);
  ASSERT_EQ(problems.size(), 1u) << describe(problems);
  EXPECT_EQ(problems[0].kind, ProblemKind::kManifestTampered);
  EXPECT_EQ(problems[0].file, kManifestFileName);
}

// The hearing is in the seal when set, and absent (not "") when not, so that manifests made
// before the field existed keep their seal.
TEST(CheckManifestChain, TheHearingIsSealedAndOnlyWrittenWhenSet) {
  auto without = sealedManifest(2);
  EXPECT_EQ(toJson(without).find("hearingId"), std::string::npos);
  auto with = sealedManifest(2);
  with.hearingId = "5a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
  sealManifest(with);
  auto read = manifestFromJson(toJson(with));
  ASSERT_TRUE(read) << read.error().toString();
  EXPECT_EQ(read->hearingId, with.hearingId);
  EXPECT_TRUE(checkManifestChain(*read).empty()) << describe(checkManifestChain(*read));
  read->hearingId = "00000000-0000-4000-8000-000000000000";
  const auto problems = checkManifestChain(*read);
  ASSERT_EQ(problems.size(), 1u) << describe(problems);
  EXPECT_EQ(problems[0].kind, ProblemKind::kManifestTampered);
}

TEST(CheckManifestChain, UnsealedManifestIsReported) {
  auto manifest = sealedManifest(2);
  manifest.state = "recording";
  manifest.seal.clear();
  manifest.sealedAt.clear();
  const auto problems = checkManifestChain(manifest);
  ASSERT_EQ(problems.size(), 1u) << describe(problems);
  EXPECT_EQ(problems[0].kind, ProblemKind::kNotSealed);
  EXPECT_EQ(problems[0].file, kManifestFileName);
}

TEST(CheckManifestChain, EmptySealedManifestIsIntact) {
  const auto manifest = sealedManifest(0);
  EXPECT_TRUE(checkManifestChain(manifest).empty()) << describe(checkManifestChain(manifest));
}

}  // namespace
}  // namespace audientia::media
