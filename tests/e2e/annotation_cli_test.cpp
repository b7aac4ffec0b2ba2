// Annotations through the real binaries: a capture's markers become annotations that keep
// their history; a clerk adds one that search finds, then deletes it.

#include "annotation_search_cli_fixture.h"

namespace audientia::e2e::annotation_search_cli {

TEST_F(AnnotationSearchCli, CaptureMarkersBecomeAnnotationsThatKeepTheirHistory) {
  const Scene& s = scene();
  ASSERT_TRUE(s.ready) << "the capture could not be recorded and uploaded";
  EXPECT_LT(s.sealedSeconds, 15.0) << "'stop' on stdin did not end the capture";

  loginAs(s.prosecutor);
  const auto shownRecording = ctlJson({"recording", "show", s.recordingId});
  EXPECT_EQ(shownRecording["recording"]["hearing_id"], s.hearingId) << shownRecording.dump(2);
  EXPECT_EQ(shownRecording["recording"]["kind"], "RECORDING_KIND_CAPTURE");
  EXPECT_NE(shownRecording["recording"]["state"], "RECORDING_STATE_UPLOADING")
      << shownRecording.dump(2);

  // Annotations exist as soon as the capture is completed (no waiting for processing).
  const auto listed = ctlJson({"annotation", "list", "--hearing", s.hearingId});
  ASSERT_EQ(listed["annotations"].size(), 2u) << listed.dump(2);
  const auto& question = listed["annotations"][0];  // in media-time order
  const auto& exhibit = listed["annotations"][1];
  struct Want {
    const nlohmann::json& annotation;
    std::string kind, text;
    int index;
    std::int64_t typedMs;
  };
  for (const Want& e : {Want{question, "question", kQuestionText, 0, s.questionTypedMs},
                        Want{exhibit, "exhibit", kExhibitText, 1, s.exhibitTypedMs}}) {
    const auto& a = e.annotation;
    SCOPED_TRACE(e.kind + ": " + a.dump(2));
    EXPECT_EQ(a["kind"], e.kind);
    EXPECT_EQ(a["text"], e.text);
    EXPECT_TRUE(a["from_capture"].get<bool>());
    EXPECT_EQ(a["capture_index"].get<int>(), e.index);
    EXPECT_EQ(a["recording_id"], s.recordingId);
    EXPECT_EQ(a["hearing_id"], s.hearingId);
    EXPECT_EQ(a["revision"].get<int>(), 1);
    EXPECT_FALSE(a["deleted"].get<bool>());
    EXPECT_EQ(a["end_ms"].get<std::int64_t>(), 0);
    EXPECT_EQ(a["author_username"], s.prosecutor);
    EXPECT_GT(a["wall_time_unix_ms"].get<std::int64_t>(), 0);
    // Where it was typed: the media clock runs from before the capture said it was recording,
    // and a typed line is applied at the CLI's next 50 ms poll (stamped before it is saved).
    const auto startMs = a["start_ms"].get<std::int64_t>();
    EXPECT_GE(startMs, e.typedMs - 50);
    EXPECT_LE(startMs, e.typedMs + 1500);
    // And where the CLI said it put it (it prints tenths of a second, truncated).
    const std::int64_t reported = reportedMarkerMs(s.captureErr, e.kind);
    ASSERT_GE(reported, 0) << s.captureErr;
    EXPECT_GE(startMs, reported);
    EXPECT_LT(startMs, reported + 150);
  }
  const auto gap =
      exhibit["start_ms"].get<std::int64_t>() - question["start_ms"].get<std::int64_t>();
  EXPECT_NEAR(static_cast<double>(gap), static_cast<double>(s.exhibitTypedMs - s.questionTypedMs),
              800.0);

  // A clerk of the office corrects the question: revision 2, by the clerk.
  const std::string questionId = question["id"];
  const std::string corrected = "Unde erați pe 3 martie 2026, seara?";
  loginAs(s.clerk);
  const auto edited =
      ctlJson({"annotation", "edit", questionId, "--text", corrected, "--revision", "1"});
  EXPECT_EQ(edited["annotation"]["id"], questionId) << edited.dump(2);
  EXPECT_EQ(edited["annotation"]["revision"].get<int>(), 2) << edited.dump(2);
  EXPECT_EQ(edited["annotation"]["text"], corrected);
  EXPECT_EQ(edited["annotation"]["kind"], "question");
  EXPECT_EQ(edited["annotation"]["start_ms"], question["start_ms"]);
  EXPECT_TRUE(edited["annotation"]["from_capture"].get<bool>());
  EXPECT_EQ(edited["annotation"]["author_username"], s.prosecutor);
  EXPECT_EQ(edited["annotation"]["updated_by_username"], s.clerk);

  // An edit made against the revision the editor saw before is refused, not applied.
  const auto stale =
      checkedCtl({"annotation", "edit", questionId, "--text", "x", "--revision", "1"});
  EXPECT_EQ(stale.exitCode, 1) << stale.out;
  EXPECT_NE(stale.err.find("FAILED_PRECONDITION"), std::string::npos) << stale.err;
  EXPECT_NE(stale.err.find("revision 2"), std::string::npos) << stale.err;

  const auto history = ctlJson({"annotation", "history", questionId});
  EXPECT_EQ(history["annotation"]["text"], corrected) << history.dump(2);
  EXPECT_EQ(history["annotation"]["revision"].get<int>(), 2);
  ASSERT_EQ(history["revisions"].size(), 2u) << history.dump(2);
  const auto& created = history["revisions"][0];
  const auto& changed = history["revisions"][1];
  EXPECT_EQ(created["revision"].get<int>(), 1);
  EXPECT_EQ(created["change"], "ANNOTATION_CHANGE_CREATE");
  EXPECT_EQ(created["text"], kQuestionText);
  EXPECT_EQ(created["kind"], "question");
  EXPECT_EQ(created["start_ms"], question["start_ms"]);
  EXPECT_EQ(created["changed_by_username"], s.prosecutor);
  EXPECT_EQ(changed["revision"].get<int>(), 2);
  EXPECT_EQ(changed["change"], "ANNOTATION_CHANGE_EDIT");
  EXPECT_EQ(changed["text"], corrected);
  EXPECT_EQ(changed["changed_by_username"], s.clerk);
  EXPECT_GE(changed["changed_at_unix_ms"].get<std::int64_t>(),
            created["changed_at_unix_ms"].get<std::int64_t>());

  // The list shows the edit; the other annotation is untouched.
  const auto relisted =
      ctlJson({"annotation", "list", "--hearing", s.hearingId, "--recording", s.recordingId});
  ASSERT_EQ(relisted["annotations"].size(), 2u) << relisted.dump(2);
  EXPECT_EQ(relisted["annotations"][0]["text"], corrected);
  EXPECT_EQ(relisted["annotations"][1]["text"], kExhibitText);
  EXPECT_EQ(relisted["annotations"][1]["revision"].get<int>(), 1);

  // The sealed markers are as they were recorded.
  const auto hearing = ctlJson({"hearing", "show", s.hearingId});
  ASSERT_EQ(hearing["recordings"].size(), 1u) << hearing.dump(2);
  const auto& markers = hearing["recordings"][0]["markers"];
  ASSERT_EQ(markers.size(), 2u) << hearing.dump(2);
  EXPECT_EQ(markers[0]["kind"], "question");
  EXPECT_EQ(markers[0]["text"], kQuestionText);
  EXPECT_EQ(markers[0]["media_time_ms"], question["start_ms"]);
  EXPECT_EQ(markers[1]["kind"], "exhibit");
  EXPECT_EQ(markers[1]["text"], kExhibitText);
  const auto manifest =
      nlohmann::json::parse(fileText(workDir_ / "capture-with-markers" / "manifest.json"));
  EXPECT_EQ(hearing["recordings"][0]["capture_seal"], manifest["seal"]);
  const auto text = ctl({"hearing", "show", s.hearingId});
  EXPECT_NE(text.out.find(kQuestionText), std::string::npos) << text.out;
}

TEST_F(AnnotationSearchCli, AClerkAddsAnAnnotationThatSearchFindsAndDeletesIt) {
  const Scene& s = scene();
  ASSERT_TRUE(s.ready) << "the capture could not be recorded and uploaded";
  loginAs(s.clerk);
  const auto added = ctlJson({"annotation", "add", "--recording", s.recordingId, "--at", "1.5",
                              "--kind", "note", "--text", "Notă adăugată"});
  const auto& annotation = added["annotation"];
  const std::string id = annotation.value("id", "");
  ASSERT_FALSE(id.empty()) << added.dump(2);
  EXPECT_EQ(annotation["start_ms"].get<std::int64_t>(), 1500);
  EXPECT_EQ(annotation["end_ms"].get<std::int64_t>(), 0);
  EXPECT_EQ(annotation["kind"], "note");
  EXPECT_EQ(annotation["text"], "Notă adăugată");
  EXPECT_FALSE(annotation["from_capture"].get<bool>());
  EXPECT_EQ(annotation["revision"].get<int>(), 1);
  EXPECT_EQ(annotation["recording_id"], s.recordingId);
  EXPECT_EQ(annotation["hearing_id"], s.hearingId);
  EXPECT_EQ(annotation["author_username"], s.clerk);

  auto listedIds = [&] {
    std::vector<std::string> ids;
    const auto listed = ctlJson({"annotation", "list", "--hearing", s.hearingId});
    for (const auto& a : listed["annotations"]) ids.push_back(a["id"]);
    return ids;
  };
  auto listedHere = [&] {
    const auto ids = listedIds();
    return std::find(ids.begin(), ids.end(), id) != ids.end();
  };
  EXPECT_TRUE(listedHere());

  auto foundBySearch = [&] {
    const auto found = ctlJson({"search", "nota adaugata"});
    for (const auto& hit : found["hits"]) {
      if (hit["annotation_id"] == id) {
        EXPECT_EQ(hit["field"], "SEARCH_FIELD_ANNOTATION");
        EXPECT_EQ(hit["at_ms"].get<std::int64_t>(), 1500);
        EXPECT_EQ(hit["recording_id"], s.recordingId);
        return true;
      }
    }
    return false;
  };
  EXPECT_TRUE(foundBySearch());

  const auto deleted = ctlJson({"annotation", "delete", id});
  EXPECT_TRUE(deleted["annotation"]["deleted"].get<bool>()) << deleted.dump(2);
  EXPECT_EQ(deleted["annotation"]["revision"].get<int>(), 2);
  EXPECT_FALSE(listedHere());
  EXPECT_FALSE(foundBySearch()) << "a deleted annotation is still found";

  const auto history = ctlJson({"annotation", "history", id});
  EXPECT_TRUE(history["annotation"]["deleted"].get<bool>()) << history.dump(2);
  ASSERT_EQ(history["revisions"].size(), 2u) << history.dump(2);
  EXPECT_EQ(history["revisions"][0]["change"], "ANNOTATION_CHANGE_CREATE");
  EXPECT_EQ(history["revisions"][0]["text"], "Notă adăugată");
  EXPECT_EQ(history["revisions"][0]["start_ms"].get<std::int64_t>(), 1500);
  EXPECT_EQ(history["revisions"][0]["changed_by_username"], s.clerk);
  EXPECT_EQ(history["revisions"][1]["change"], "ANNOTATION_CHANGE_DELETE");
  EXPECT_EQ(history["revisions"][1]["revision"].get<int>(), 2);
  EXPECT_EQ(history["revisions"][1]["changed_by_username"], s.clerk);

  // Deleted is final: neither edited nor deleted again.
  const auto again = checkedCtl({"annotation", "delete", id});
  EXPECT_EQ(again.exitCode, 1);
  EXPECT_NE(again.err.find("was deleted"), std::string::npos) << again.err;
  const auto editDeleted = checkedCtl({"annotation", "edit", id, "--text", "iar"});
  EXPECT_EQ(editDeleted.exitCode, 1);
  EXPECT_NE(editDeleted.err.find("was deleted"), std::string::npos) << editDeleted.err;
}

// The capture's evidence package: audientia-verify checks its sealed manifest (chain, seal,
// every segment in order with its digest); two segments swapped are named.
TEST_F(AnnotationSearchCli, ACapturesPackageKeepsItsSealAndSegmentOrder) {
  const Scene& s = scene();
  ASSERT_TRUE(s.ready);
  loginAs(s.prosecutor);
  const fs::path bag = workDir_ / "capture-package";
  fs::remove_all(bag);
  ASSERT_EQ(ctl({"export", "package", s.hearingId, "--out", bag.string(), "--reason",
                 "Trimitere în judecată"})
                .exitCode,
            0);
  const fs::path verify = fs::path(testing::binDir()) / "audientia-verify";
  auto verified = testing::runCommand({verify.string(), bag.string()});
  ASSERT_TRUE(verified);
  EXPECT_EQ(verified->exitCode, 0) << verified->out;
  EXPECT_NE(verified->out.find("capture " + s.recordingId + ": "), std::string::npos)
      << verified->out;
  EXPECT_NE(verified->out.find("present in order, chain and seal"), std::string::npos)
      << verified->out;

  const fs::path segments = bag / "data" / "recordings" / s.recordingId;
  ASSERT_TRUE(fs::exists(segments / "segment-00002.mp4")) << "the capture has two segments";
  fs::rename(segments / "segment-00001.mp4", segments / "swap.mp4");
  fs::rename(segments / "segment-00002.mp4", segments / "segment-00001.mp4");
  fs::rename(segments / "swap.mp4", segments / "segment-00002.mp4");
  auto reordered = testing::runCommand({verify.string(), bag.string()});
  ASSERT_TRUE(reordered);
  EXPECT_EQ(reordered->exitCode, 1) << reordered->out;
  EXPECT_NE(reordered->out.find("segment-00001.mp4: SHA-256 is"), std::string::npos)
      << reordered->out;
  fs::remove_all(bag);
}

}  // namespace audientia::e2e::annotation_search_cli
