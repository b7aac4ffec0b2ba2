// Search through the real binaries: annotations and case-number parts found only within the
// searcher's office; wrong input refused with a message that says what is wrong.

#include "annotation_search_cli_fixture.h"

namespace audientia::e2e::annotation_search_cli {

TEST_F(AnnotationSearchCli, SearchFindsAnnotationsAndCaseNumbersOnlyWithinTheOffice) {
  const Scene& s = scene();
  ASSERT_TRUE(s.ready) << "the capture could not be recorded and uploaded";
  loginAs(s.clerk);
  const auto listed = ctlJson({"annotation", "list", "--hearing", s.hearingId});
  std::string exhibitId;
  std::int64_t exhibitMs = -1;
  for (const auto& a : listed["annotations"]) {
    if (a["kind"] == "exhibit") {
      exhibitId = a["id"];
      exhibitMs = a["start_ms"].get<std::int64_t>();
    }
  }
  ASSERT_FALSE(exhibitId.empty()) << listed.dump(2);

  // "cutitului" without the comma below finds "cuțitului".
  const auto byWord = ctlJson({"search", "cutitului"});
  const auto* hit = findHit(byWord, s.hearingId, "SEARCH_FIELD_ANNOTATION");
  ASSERT_NE(hit, nullptr) << byWord.dump(2);
  EXPECT_EQ((*hit)["annotation_id"], exhibitId);
  EXPECT_EQ((*hit)["recording_id"], s.recordingId);
  EXPECT_EQ((*hit)["at_ms"].get<std::int64_t>(), exhibitMs);
  EXPECT_EQ((*hit)["annotation_kind"], "exhibit");
  EXPECT_EQ((*hit)["hearing"]["case_number"], kCaseNumber);
  // The match is marked between U+E000 and U+E001.
  EXPECT_NE((*hit)["snippet"].get<std::string>().find("\xEE\x80\x80"
                                                      "cuțitului\xEE\x80\x81"),
            std::string::npos)
      << hit->dump(2);
  // Upper case and diacritics in the query too.
  EXPECT_NE(findHit(ctlJson({"search", "FOTOGRAFIA", "CUȚITULUI"}), s.hearingId,
                    "SEARCH_FIELD_ANNOTATION"),
            nullptr);
  // The table says where.
  const auto table = checkedCtl({"search", "cutitului"});
  EXPECT_EQ(table.exitCode, 0) << table.err;
  EXPECT_NE(table.out.find(kCaseNumber), std::string::npos) << table.out;
  EXPECT_NE(table.out.find("annotation"), std::string::npos) << table.out;
  EXPECT_NE(table.out.find("[cuțitului]"), std::string::npos) << table.out;

  // A part of the case number from its middle.
  const auto byCase = ctlJson({"search", "319/P/20"});
  const auto* caseHit = findHit(byCase, s.hearingId, "SEARCH_FIELD_CASE_NUMBER");
  ASSERT_NE(caseHit, nullptr) << byCase.dump(2);
  EXPECT_EQ((*caseHit)["hearing"]["id"], s.hearingId);
  EXPECT_EQ((*caseHit)["recording_id"], "");
  EXPECT_TRUE(mentionsHearing(ctlJson({"search", "7319"}), s.hearingId));
  // A case number it is not.
  EXPECT_FALSE(mentionsHearing(ctlJson({"search", "7318/P"}), s.hearingId));

  // A clerk of another office finds none of it, by any of the same words.
  loginAs(s.otherClerk);
  const std::vector<std::string> sameWords = {"cutitului", "319/P/20", "7319", "fotografia"};
  for (const auto& words : sameWords) {
    const auto found = ctlJson({"search", words});
    EXPECT_FALSE(mentionsHearing(found, s.hearingId)) << words << ": " << found.dump(2);
  }
  // Nor by naming the office: it is as if the office did not exist.
  const auto other = checkedCtl({"--json", "search", "cutitului", "--office", s.officeId});
  EXPECT_EQ(other.exitCode, 1) << other.out;
  EXPECT_NE(other.err.find("NOT_FOUND"), std::string::npos) << other.err;
  EXPECT_NE(other.err.find("office " + s.officeId + " does not exist"), std::string::npos)
      << other.err;
  EXPECT_EQ(other.out.find(s.hearingId), std::string::npos) << other.out;
  // Their own office, named, is searched.
  const auto own = ctlJson({"search", "cutitului", "--office", s.otherOfficeId});
  EXPECT_TRUE(own["hits"].empty()) << own.dump(2);

  // Each search is in the audit trail: who searched for which words, and how much came back.
  createUser("auditor.search", "auditor", s.otherOfficeId);
  loginAs("auditor.search");
  const auto trail = ctlJson({"audit", "list"});
  int searches = 0;
  for (const auto& event : trail["events"]) {
    if (event["action"] != "search" || event["actor_username"] != s.otherClerk) continue;
    const auto details = nlohmann::json::parse(event["details_json"].get<std::string>());
    if (details.value("query", "") == "fotografia" && event["outcome"] == "AUDIT_OUTCOME_SUCCESS") {
      EXPECT_EQ(details.value("hits", ""), "0") << event.dump(2);
      ++searches;
    }
  }
  EXPECT_EQ(searches, 1) << trail.dump(2).substr(0, 4000);
}

TEST_F(AnnotationSearchCli, BadInputIsRefusedWithAClearMessage) {
  const Scene& s = scene();
  ASSERT_TRUE(s.ready) << "the capture could not be recorded and uploaded";
  loginAs(s.clerk);

  const auto empty = checkedCtl({"search", ""});
  EXPECT_EQ(empty.exitCode, 1) << empty.out;
  EXPECT_NE(empty.err.find("INVALID_ARGUMENT"), std::string::npos) << empty.err;
  EXPECT_NE(empty.err.find("type words to search for"), std::string::npos) << empty.err;
  const auto blank = checkedCtl({"search", "   "});
  EXPECT_EQ(blank.exitCode, 1) << blank.out;
  EXPECT_NE(blank.err.find("INVALID_ARGUMENT"), std::string::npos) << blank.err;

  std::string longQuery;
  while (longQuery.size() < 10000) longQuery += "cuvant ";
  longQuery.resize(10000);
  const auto tooLong = checkedCtl({"search", longQuery});
  EXPECT_EQ(tooLong.exitCode, 1) << tooLong.out;
  EXPECT_NE(tooLong.err.find("INVALID_ARGUMENT"), std::string::npos) << tooLong.err.substr(0, 500);
  EXPECT_NE(tooLong.err.find("at most 500 characters"), std::string::npos)
      << tooLong.err.substr(0, 500);
  // 500 is still a query (of words that match nothing).
  const auto longest = checkedCtl({"--json", "search", longQuery.substr(0, 500)});
  EXPECT_EQ(longest.exitCode, 0) << longest.err.substr(0, 500);

  // Search syntax typed by a user is text, never a syntax error.
  const std::vector<std::string> operators = {"&|!():*'\\", "cutitului & !", "'",
                                              "7319:*",     "%_\\",          "fotografia | (\""};
  for (const auto& query : operators) {
    const auto odd = checkedCtl({"--json", "search", query});
    EXPECT_EQ(odd.exitCode, 0) << query << ": " << odd.err;
    nlohmann::json document;
    EXPECT_NO_THROW(document = nlohmann::json::parse(odd.out)) << query << ": " << odd.out;
    EXPECT_TRUE(document["hits"].is_array()) << query << ": " << odd.out;
  }

  const auto backwards = checkedCtl({"search", "x", "--from", "2026-05-02", "--to", "2026-05-01"});
  EXPECT_EQ(backwards.exitCode, 2) << backwards.out;
  EXPECT_NE(backwards.err.find("--to comes before --from"), std::string::npos) << backwards.err;

  auto add = [&](const std::string& at) {
    return checkedCtl({"annotation", "add", "--recording", s.recordingId, "--at", at, "--kind",
                       "note", "--text", "nu"});
  };
  const std::vector<std::string> badTimes = {"-5", "abc", "", "1:75", "1e3"};
  for (const auto& at : badTimes) {
    const auto bad = add(at);
    EXPECT_EQ(bad.exitCode, 2) << "--at '" << at << "': " << bad.out;
    EXPECT_NE(bad.err.find("bad --at '" + at + "'"), std::string::npos) << bad.err;
  }
  const auto range = checkedCtl({"annotation", "add", "--recording", s.recordingId, "--at", "2",
                                 "--to", "1", "--kind", "note", "--text", "nu"});
  EXPECT_EQ(range.exitCode, 2) << range.out;
  EXPECT_NE(range.err.find("--to comes before --at"), std::string::npos) << range.err;
  const auto kind = checkedCtl({"annotation", "add", "--recording", s.recordingId, "--at", "1",
                                "--kind", "Întrebare", "--text", "nu"});
  EXPECT_EQ(kind.exitCode, 1) << kind.out;
  EXPECT_NE(kind.err.find("INVALID_ARGUMENT"), std::string::npos) << kind.err;
  EXPECT_NE(kind.err.find("is not a kind"), std::string::npos) << kind.err;

  // Past the end of the recording: known once processing has probed the assembled master.
  const auto hearing = hearingWhenProbed(s.hearingId);
  ASSERT_EQ(hearing["recordings"].size(), 1u) << hearing.dump(2);
  const auto& recording = hearing["recordings"][0];
  ASSERT_TRUE(recording.contains("media_info"))
      << "processing did not probe the capture's master: " << recording.dump(2);
  const auto durationMs = recording["media_info"]["duration_ms"].get<std::int64_t>();
  EXPECT_NEAR(static_cast<double>(durationMs), s.sealedSeconds * 1000.0, 1000.0);
  const auto past = add("99999");
  EXPECT_EQ(past.exitCode, 1) << past.out;
  EXPECT_NE(past.err.find("INVALID_ARGUMENT"), std::string::npos) << past.err;
  EXPECT_NE(past.err.find("27:46:39 is past the end of the recording"), std::string::npos)
      << past.err;
  // Nothing of all that was added.
  const auto listed = ctlJson({"annotation", "list", "--hearing", s.hearingId});
  for (const auto& a : listed["annotations"]) EXPECT_NE(a["text"], "nu") << listed.dump(2);
}

}  // namespace audientia::e2e::annotation_search_cli
