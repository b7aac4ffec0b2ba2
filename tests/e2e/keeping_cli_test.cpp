// Keeping what was recorded, through the real binaries: an admin runs a fixity sweep that finds a
// byte flipped on disk and raises an alert; a legal hold keeps a hearing that retention deletes
// otherwise, and the deletion leaves its certificate in the audit trail.

#include <fstream>
#include <random>

#include "e2e_fixture.h"

namespace audientia::e2e {
namespace {

using KeepingCli = EndToEndTest;

// The suite's server, for the helpers below.
struct Suite : EndToEndTest {
  using EndToEndTest::server_;
};

std::string uniqueText(const std::string& what) {
  std::random_device random;
  return what + " " + std::to_string(random()) + std::to_string(random()) + "\n";
}

std::filesystem::path storedObject(const std::string& sha256) {
  return storedObjectOf(*Suite::server_, sha256);
}

// SQL against the server's embedded PostgreSQL, for what no API may do (age a hearing).
testing::CommandResult psql(const std::string& sql) {
  const auto run = Suite::server_->dataDir() / "postgres" / "run";
  auto result = testing::runCommand({"/usr/bin/psql",
                                     "host=" + run.string() +
                                         " port=5432 dbname=audientia "
                                         "user=postgres",
                                     "-v", "ON_ERROR_STOP=1", "-qAt", "-c", sql});
  EXPECT_TRUE(result) << result.error().toString();
  return result ? *result : testing::CommandResult{};
}

TEST_F(KeepingCli, FixitySweepFindsAFlippedByteAndRaisesAnAlert) {
  loginAsAdmin();
  const std::string officeId =
      ctlJson({"office", "create", "Parchetul Local Sector 3"})["office"]["id"];
  loginAsNewUser("prosecutor", officeId);
  const std::string hearingId = ctlJson({"hearing", "create", "--office", officeId, "--case",
                                         "310/P/2026", "--kind", "witness"})["hearing"]["id"];
  const auto notes = workDir_ / "fixity-notes.txt";
  std::ofstream(notes) << uniqueText("A statement kept for the fixity sweep.");
  const auto uploaded = ctlJson({"recording", "upload", "--hearing", hearingId, notes.string()});
  ASSERT_EQ(uploaded["recordings"].size(), 1u) << uploaded.dump(2);
  const std::string sha = uploaded["recordings"][0]["sha256"];
  const std::string recordingId = uploaded["recordings"][0]["id"];

  loginAsAdmin();
  const auto clean = ctlJson({"fixity", "run", "--wait"});
  EXPECT_TRUE(clean["intact"].get<bool>()) << clean.dump(2);

  const auto object = storedObject(sha);
  ASSERT_FALSE(object.empty()) << "no stored object named " << sha;
  flipFirstByte(object);

  const auto broken = ctl({"fixity", "run", "--wait"});
  EXPECT_NE(broken.exitCode, 0) << broken.out;
  EXPECT_NE(broken.err.find("do not match their SHA-256"), std::string::npos) << broken.err;
  EXPECT_NE(broken.out.find(sha), std::string::npos) << broken.out;

  const auto status = ctlJson({"fixity", "status"});
  bool listed = false;
  for (const auto& failure : status["failures"]) {
    if (failure["sha256"] != sha) continue;
    listed = true;
    EXPECT_EQ(failure["recording_id"], recordingId);
    EXPECT_FALSE(failure["actual_sha256"].get<std::string>().empty());
    EXPECT_NE(failure["actual_sha256"], sha);
  }
  EXPECT_TRUE(listed) << status.dump(2);
  const auto failedAlerts = ctlJson({"alert", "list"});

  std::string alertId;
  for (const auto& alert : failedAlerts["alerts"]) {
    if (alert["subject"] == sha && alert["kind"] == "fixity_mismatch") {
      alertId = alert["id"].is_string() ? alert["id"].get<std::string>() : alert["id"].dump();
    }
  }
  ASSERT_FALSE(alertId.empty()) << "no open fixity_mismatch alert for " << sha;
  loginAsNewUser("auditor", officeId);
  bool audited = false;
  const auto trail = ctlJson({"audit", "list", "--object", recordingId});
  for (const auto& event : trail["events"]) {
    if (event["action"] == "fixity.mismatch") {
      audited = true;
      EXPECT_NE(event["details_json"].get<std::string>().find(sha), std::string::npos);
    }
  }
  EXPECT_TRUE(audited) << "no fixity.mismatch event for recording " << recordingId << ": "
                       << trail.dump(2);

  // A prosecutor neither runs sweeps nor sees alerts.
  loginAsNewUser("prosecutor", officeId);
  EXPECT_NE(ctl({"fixity", "run"}).exitCode, 0);
  EXPECT_NE(ctl({"alert", "list"}).exitCode, 0);

  loginAsAdmin();
  const auto acked = ctl({"alert", "ack", alertId});
  EXPECT_EQ(acked.exitCode, 0) << acked.err;
  // (Named: a range-for over a member of a temporary would read a destroyed object.)
  const auto open = ctlJson({"alert", "list"});
  for (const auto& alert : open["alerts"]) EXPECT_NE(alert["subject"], sha);

  flipFirstByte(object);  // put it back for the tests that follow
  EXPECT_TRUE(ctlJson({"fixity", "run", "--wait"})["intact"].get<bool>());
}

TEST_F(KeepingCli, ALegalHoldKeepsAHearingRetentionDeletesWithACertificate) {
  loginAsAdmin();
  const std::string officeId =
      ctlJson({"office", "create", "Parchetul Local Sector 4"})["office"]["id"];
  loginAsNewUser("prosecutor", officeId);
  auto hearing = [&](const std::string& caseNumber) -> std::string {
    return ctlJson({"hearing", "create", "--office", officeId, "--case", caseNumber, "--kind",
                    "victim"})["hearing"]["id"];
  };
  const std::string held = hearing("401/P/2026");
  const std::string expiring = hearing("402/P/2026");
  const auto notes = workDir_ / "retention-notes.txt";
  std::ofstream(notes) << uniqueText("A statement that retention deletes.");
  const auto uploaded = ctlJson({"recording", "upload", "--hearing", expiring, notes.string()});
  const std::string sha = uploaded["recordings"][0]["sha256"];
  const std::string recordingId = uploaded["recordings"][0]["id"];

  const auto placed = ctlJson({"hold", "place", held, "--reason", "appeal pending"});
  EXPECT_EQ(placed["hearing_id"], held) << placed.dump(2);
  EXPECT_NE(ctl({"hold", "place", held, "--reason", "twice"}).exitCode, 0);
  EXPECT_NE(ctl({"hold", "place", expiring, "--reason", ""}).exitCode, 0);

  loginAsAdmin();
  EXPECT_NE(ctl({"retention", "set", "--office", officeId, "--days", "0"}).exitCode, 0);
  const auto policy =
      ctlJson({"retention", "set", "--office", officeId, "--kind", "victim", "--days", "30"});
  const std::string policyId = policy["id"];
  bool found = false;
  const auto policies = ctlJson({"retention", "list"});
  for (const auto& p : policies["policies"]) found |= p["id"] == policyId;
  EXPECT_TRUE(found) << policyId << " not in " << policies.dump(2);

  // Nothing has expired yet.
  const auto early = ctlJson({"retention", "run"});
  for (const auto& deleted : early["deleted"]) EXPECT_NE(deleted["hearing_id"], expiring);

  // Both hearings were made 31 days ago.
  const auto aged = psql(
      "UPDATE hearings SET created_at = created_at - interval '31 days' "
      "WHERE id IN ('" +
      held + "', '" + expiring + "')");
  ASSERT_EQ(aged.exitCode, 0) << aged.err;

  const auto swept = ctlJson({"retention", "run"});
  std::string auditSeq;
  for (const auto& deleted : swept["deleted"]) {
    EXPECT_NE(deleted["hearing_id"], held) << swept.dump(2);
    if (deleted["hearing_id"] == expiring) {
      EXPECT_EQ(deleted["policy_id"], policyId);
      auditSeq = deleted["audit_seq"].dump();
    }
  }
  ASSERT_FALSE(auditSeq.empty()) << swept.dump(2);
  EXPECT_GE(swept.value("kept_under_hold", 0), 1) << swept.dump(2);

  // The certificate names what was deleted; the bytes are gone.
  EXPECT_TRUE(storedObject(sha).empty());
  loginAsNewUser("auditor", officeId);
  bool certified = false;
  const auto certificates = ctlJson({"audit", "list", "--object", expiring});
  for (const auto& event : certificates["events"]) {
    if (event["action"] != "retention.delete") continue;
    certified = true;
    const auto details = nlohmann::json::parse(event["details_json"].get<std::string>());
    EXPECT_EQ(details["policy_id"], policyId);
    EXPECT_EQ(details["case_number"], "402/P/2026");
    ASSERT_EQ(details["recordings"].size(), 1u) << details.dump(2);
    EXPECT_EQ(details["recordings"][0]["recording_id"], recordingId);
    EXPECT_EQ(details["recordings"][0]["sha256"], sha);
  }
  EXPECT_TRUE(certified) << "no retention.delete event for hearing " << expiring << ": "
                         << certificates.dump(2);

  // The held hearing stays until the hold is released; then the next sweep deletes it.
  loginAsNewUser("prosecutor", officeId);
  EXPECT_NE(ctl({"hearing", "show", expiring}).exitCode, 0);
  EXPECT_EQ(ctl({"hearing", "show", held}).exitCode, 0);
  const auto holds = ctlJson({"hold", "list", "--hearing", held});
  ASSERT_EQ(holds["holds"].size(), 1u) << holds.dump(2);
  EXPECT_EQ(holds["holds"][0]["reason"], "appeal pending");
  EXPECT_NE(ctl({"hold", "release", held, "--reason", ""}).exitCode, 0);
  ASSERT_EQ(ctl({"hold", "release", held, "--reason", "appeal decided"}).exitCode, 0);
  EXPECT_TRUE(ctlJson({"hold", "list", "--hearing", held})["holds"].empty());
  loginAsAdmin();
  const auto after = ctlJson({"retention", "run"});
  bool deletedHeld = false;
  for (const auto& deleted : after["deleted"]) deletedHeld |= deleted["hearing_id"] == held;
  EXPECT_TRUE(deletedHeld) << after.dump(2);

  ASSERT_EQ(ctl({"retention", "delete", policyId}).exitCode, 0);
  EXPECT_NE(ctl({"retention", "delete", policyId}).exitCode, 0);
}

}  // namespace
}  // namespace audientia::e2e
