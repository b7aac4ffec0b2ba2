// Clips out of the building, through the real binaries: a clerk exports a part of a recording
// with `audientiactl export clip`; the MP4 plays (ffprobe), starts on the keyframe before the
// asked time and says where, carries the case and the source's digest, and its export is in
// the audit trail with the clip's digest. Refused, with nothing written: a range backwards or
// past the end, a clerk of another office, an admin, and a source that failed its fixity check.

#include "export_cli_fixture.h"

namespace audientia::e2e::export_cli {

TEST_F(ExportCli, AClipIsCutOnTheKeyframeBeforeAndSaysWhere) {
  const Scene& s = scene();
  ASSERT_TRUE(s.ready) << "the recording could not be uploaded and processed\n" << server_->log();
  loginAs(s.clerk);
  const fs::path out = workDir_ / "clip.mp4";
  const auto clip =
      ctlJson({"export", "clip", s.recordingId, "--from", "5", "--to", "9", "--out", out.string()});
  EXPECT_EQ(clip["recording_id"], s.recordingId);
  EXPECT_EQ(clip["hearing_id"], s.hearingId);
  EXPECT_EQ(clip["case_number"], kClipCase);
  EXPECT_EQ(clip["asked_from_ms"].get<std::int64_t>(), 5000);
  EXPECT_EQ(clip["asked_to_ms"].get<std::int64_t>(), 9000);
  // Stream copy: the keyframe at or before 5 s (one every 2 s) is at 4 s.
  EXPECT_EQ(clip["start_ms"].get<std::int64_t>(), 4000) << clip.dump(2);
  EXPECT_NEAR(clip["end_ms"].get<double>(), 9000.0, 60.0) << clip.dump(2);
  EXPECT_EQ(clip["source_sha256"], s.masterSha256);
  EXPECT_EQ(clip["sha256"], sha256OfFile(out));
  EXPECT_EQ(clip["size_bytes"].get<std::int64_t>(), static_cast<std::int64_t>(fs::file_size(out)));
  EXPECT_FALSE(fs::exists(out.string() + ".partial"));

  // It plays: both streams, about the 5 s cut (within one GOP of the 4 s asked), and it names
  // the case and its source.
  const auto probed = probe(out);
  ASSERT_TRUE(probed.contains("streams")) << probed.dump(2);
  std::set<std::string> kinds;
  for (const auto& stream : probed["streams"])
    kinds.insert(stream["codec_type"].get<std::string>());
  EXPECT_EQ(kinds, (std::set<std::string>{"video", "audio"})) << probed.dump(2);
  const double seconds = std::stod(probed["format"]["duration"].get<std::string>());
  EXPECT_GE(seconds, 4.0);
  EXPECT_LE(seconds, 6.1);
  const auto& tags = probed["format"]["tags"];
  EXPECT_EQ(tags.value("audientia_case_number", ""), kClipCase) << probed.dump(2);
  EXPECT_EQ(tags.value("audientia_hearing_id", ""), s.hearingId);
  EXPECT_EQ(tags.value("audientia_source_sha256", ""), s.masterSha256);

  // The text form says that the start moved, and why.
  const fs::path again = workDir_ / "clip-again.mp4";
  const auto text = ctl(
      {"export", "clip", s.recordingId, "--from", "0:05", "--to", "0:09", "--out", again.string()});
  EXPECT_EQ(text.exitCode, 0) << text.err;
  EXPECT_NE(text.out.find("asked 0:05.000"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("(verified)"), std::string::npos) << text.out;

  // Past the end: the clip ends with the recording.
  const fs::path tail = workDir_ / "clip-tail.mp4";
  const auto toEnd = ctlJson(
      {"export", "clip", s.recordingId, "--from", "16", "--to", "60", "--out", tail.string()});
  EXPECT_EQ(toEnd["start_ms"].get<std::int64_t>(), 16000);
  EXPECT_NEAR(toEnd["end_ms"].get<double>(), 20000.0, 100.0) << toEnd.dump(2);

  // Each export is in the trail, with the digest of what left.
  loginAsAdmin();
  const std::string auditor = "auditor.clip";
  createUser(auditor, "auditor", s.officeId);
  loginAs(auditor);
  const auto trail = ctlJson({"audit", "list", "--object", s.recordingId});
  int exports = 0;
  bool sawDigest = false;
  for (const auto& event : trail["events"]) {
    if (event["action"] != "export.clip") continue;
    ++exports;
    const std::string details = event.value("details_json", "");
    sawDigest = sawDigest || details.find(clip["sha256"].get<std::string>()) != std::string::npos;
  }
  EXPECT_EQ(exports, 3) << trail.dump(2);
  EXPECT_TRUE(sawDigest) << trail.dump(2);
}

TEST_F(ExportCli, BadRangesOtherOfficesAndAdminsGetAClearNoAndNothingWritten) {
  const Scene& s = scene();
  ASSERT_TRUE(s.ready);
  const fs::path out = workDir_ / "refused.mp4";
  loginAs(s.clerk);
  // Backwards: refused before asking.
  auto backwards =
      ctl({"export", "clip", s.recordingId, "--from", "9", "--to", "5", "--out", out.string()});
  EXPECT_EQ(backwards.exitCode, 2) << backwards.err;
  EXPECT_NE(backwards.err.find("after --from"), std::string::npos) << backwards.err;
  expectNothingWritten(out);
  // Starting after the end of the 20 s recording.
  auto outside =
      ctl({"export", "clip", s.recordingId, "--from", "25", "--to", "30", "--out", out.string()});
  EXPECT_EQ(outside.exitCode, 1);
  EXPECT_NE(outside.err.find("after the end of recording"), std::string::npos) << outside.err;
  expectNothingWritten(out);
  // A clerk of another office: as if it did not exist.
  loginAs(s.otherClerk);
  auto otherOffice =
      ctl({"export", "clip", s.recordingId, "--from", "1", "--to", "3", "--out", out.string()});
  EXPECT_EQ(otherOffice.exitCode, 1);
  EXPECT_NE(otherOffice.err.find("does not exist"), std::string::npos) << otherOffice.err;
  expectNothingWritten(out);
  // Admins have no access to evidence.
  loginAsAdmin();
  auto admin =
      ctl({"export", "clip", s.recordingId, "--from", "1", "--to", "3", "--out", out.string()});
  EXPECT_EQ(admin.exitCode, 1);
  EXPECT_NE(admin.err.find("may not export clips"), std::string::npos) << admin.err;
  expectNothingWritten(out);
}

TEST_F(ExportCli, ASourceThatFailedItsFixityCheckIsNotExported) {
  const Scene& s = scene();
  ASSERT_TRUE(s.ready);
  const fs::path master = storedObjectOf(*server_, s.masterSha256);
  ASSERT_FALSE(master.empty());
  flipFirstByte(master);
  loginAsAdmin();
  const auto broken = ctl({"fixity", "run", "--wait"});
  EXPECT_NE(broken.exitCode, 0) << broken.out;
  loginAs(s.clerk);
  const fs::path out = workDir_ / "after-fixity.mp4";
  auto refused =
      ctl({"export", "clip", s.recordingId, "--from", "1", "--to", "3", "--out", out.string()});
  EXPECT_EQ(refused.exitCode, 1);
  EXPECT_NE(refused.err.find("failed its last fixity check"), std::string::npos) << refused.err;
  expectNothingWritten(out);
  // Repaired (and checked again), it exports again.
  flipFirstByte(master);
  loginAsAdmin();
  EXPECT_TRUE(ctlJson({"fixity", "run", "--wait"})["intact"].get<bool>());
  loginAs(s.clerk);
  EXPECT_EQ(
      ctl({"export", "clip", s.recordingId, "--from", "1", "--to", "3", "--out", out.string()})
          .exitCode,
      0);
  EXPECT_TRUE(fs::exists(out));
}

}  // namespace audientia::e2e::export_cli
