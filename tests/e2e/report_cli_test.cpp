// The hearing report through the real binaries: a hearing with participants whose names carry
// Romanian diacritics (comma-below and cedilla), a processed recording and an annotation; the
// report in Romanian and in English is a PDF whose text (pdftotext) has the case number, the
// office, the participants with their roles, the recording's SHA-256, the annotation at its time
// and one picture per camera (pdfimages); its SHA-256 is the one the server audited. The
// evidence package carries it as data/report.pdf. Refused, with nothing written: another
// office's clerk, an admin, a language the report is not written in.

#include <fstream>

#include "export_cli_fixture.h"

namespace audientia::e2e::export_cli {
namespace {

std::string pdfText(const fs::path& pdf) {
  auto text = testing::runCommand({"/usr/bin/pdftotext", "-enc", "UTF-8", pdf.string(), "-"});
  EXPECT_TRUE(text && text->exitCode == 0) << (text ? text->err : text.error().toString());
  return text ? text->out : "";
}

std::string sha256Of(const fs::path& file) {
  auto sum = testing::runCommand({"/usr/bin/sha256sum", file.string()});
  return sum && sum->exitCode == 0 ? sum->out.substr(0, 64) : "";
}

// A hearing of the scene's office with participants and the scene's recording uploaded again,
// processed, annotated by the clerk at 0:00:05. Made once.
class ReportCli : public ExportCli {
 protected:
  struct Annotated {
    std::string hearingId;
    std::string recordingSha256;
  };

  static const Annotated& annotated(const Scene& s) {
    static std::string madeFor;
    static Annotated made;
    if (madeFor == server_->dataDir().string()) return made;
    madeFor = server_->dataDir().string();
    loginAs(s.prosecutor);
    made.hearingId = ctlJson({"hearing", "create", "--office", s.officeId, "--case", "4521/P/2026",
                              "--kind", "witness", "--title", "Audierea martorului",
                              "--participant", "witness:Ștefănescu Ion", "--participant",
                              "lawyer:Ţepeş Ana-Maria"})["hearing"]["id"];
    const auto uploaded = ctlJson({"recording", "upload", "--hearing", made.hearingId,
                                   (workDir_ / "clip-source.mp4").string()});
    const std::string recordingId = uploaded["recordings"][0]["id"];
    made.recordingSha256 = uploaded["recordings"][0]["sha256"];
    const auto until = std::chrono::steady_clock::now() + 90s;
    while (std::chrono::steady_clock::now() < until) {
      const auto shown = ctlJson({"recording", "show", recordingId})["recording"];
      if (shown["state"] == "RECORDING_STATE_AVAILABLE") break;
      std::this_thread::sleep_for(200ms);
    }
    loginAs(s.clerk);
    const auto added = ctl({"annotation", "add", "--recording", recordingId, "--at", "5", "--kind",
                            "question", "--text", "Unde vă aflați în seara zilei de 3 martie?"});
    EXPECT_EQ(added.exitCode, 0) << added.err;
    return made;
  }
};

TEST_F(ReportCli, RomanianReportHasTheHearingItsRecordingAndItsAnnotations) {
  const Scene& s = scene();
  ASSERT_TRUE(s.ready);
  const Annotated& h = annotated(s);
  loginAs(s.clerk);
  const fs::path out = workDir_ / "raport.pdf";
  const auto made = ctlJson({"report", h.hearingId, "--out", out.string(), "--lang", "ro"});
  ASSERT_TRUE(fs::exists(out));
  EXPECT_FALSE(fs::exists(out.string() + ".partial"));
  EXPECT_EQ(made["language"], "ro");
  EXPECT_EQ(made["sha256"], sha256Of(out));
  const std::string text = pdfText(out);
  for (const char* expected :
       {"Proces-verbal de audiere", "4521/P/2026", "Parchetul Brașov", "Ștefănescu Ion",
        "Ţepeş Ana-Maria", "martor", "avocat", "procuror.clip", "Înregistrarea 1",
        "Unde vă aflați în seara zilei de 3 martie?", "0:00:05", "întrebare", "grefier.clip",
        "Imagini", "camera 1", "pagina 1 din"}) {
    EXPECT_NE(text.find(expected), std::string::npos) << expected << "\n" << text;
  }
  EXPECT_NE(text.find(h.recordingSha256), std::string::npos) << text;
  // One picture: the recording has one camera.
  auto images = testing::runCommand({"/usr/bin/pdfimages", "-list", out.string()});
  ASSERT_TRUE(images && images->exitCode == 0);
  EXPECT_NE(images->out.find("jpeg"), std::string::npos) << images->out;

  // The report is in the audit trail with the digest of what left.
  createUser("auditor.report", "auditor", s.officeId);
  loginAs("auditor.report");
  const auto trail = ctlJson({"audit", "list", "--object", h.hearingId});
  bool sawReport = false;
  for (const auto& event : trail["events"]) {
    sawReport =
        sawReport || (event["action"] == "export.report" &&
                      event.value("details_json", "").find(made["sha256"].get<std::string>()) !=
                          std::string::npos);
  }
  EXPECT_TRUE(sawReport) << trail.dump(2);
}

TEST_F(ReportCli, EnglishReportAndTextOutput) {
  const Scene& s = scene();
  ASSERT_TRUE(s.ready);
  const Annotated& h = annotated(s);
  loginAs(s.prosecutor);
  const fs::path out = workDir_ / "report-en.pdf";
  const auto made = ctl({"report", h.hearingId, "--out", out.string()});
  ASSERT_EQ(made.exitCode, 0) << made.err;
  EXPECT_NE(made.out.find("wrote the hearing report of case 4521/P/2026"), std::string::npos)
      << made.out;
  EXPECT_NE(made.out.find("(verified)"), std::string::npos) << made.out;
  const std::string text = pdfText(out);
  for (const char* expected : {"Hearing report", "4521/P/2026", "Ștefănescu Ion", "witness",
                               "Recording 1", "question", "Pictures", "page 1 of"}) {
    EXPECT_NE(text.find(expected), std::string::npos) << expected << "\n" << text;
  }
  EXPECT_NE(text.find(h.recordingSha256), std::string::npos) << text;
}

TEST_F(ReportCli, RefusedWithNothingWritten) {
  const Scene& s = scene();
  ASSERT_TRUE(s.ready);
  const fs::path out = workDir_ / "refused-report.pdf";
  loginAs(s.clerk);
  const auto language = ctl({"report", s.hearingId, "--out", out.string(), "--lang", "fr"});
  EXPECT_EQ(language.exitCode, 2);
  EXPECT_NE(language.err.find("English (en) or Romanian (ro)"), std::string::npos) << language.err;
  expectNothingWritten(out);
  loginAs(s.otherClerk);
  const auto otherOffice = ctl({"report", s.hearingId, "--out", out.string()});
  EXPECT_EQ(otherOffice.exitCode, 1);
  EXPECT_NE(otherOffice.err.find("does not exist"), std::string::npos) << otherOffice.err;
  expectNothingWritten(out);
  loginAsAdmin();
  const auto admin = ctl({"report", s.hearingId, "--out", out.string()});
  EXPECT_EQ(admin.exitCode, 1);
  EXPECT_NE(admin.err.find("make hearing reports"), std::string::npos) << admin.err;
  expectNothingWritten(out);
}

TEST_F(ReportCli, ThePackageCarriesTheReport) {
  const Scene& s = scene();
  ASSERT_TRUE(s.ready);
  const Annotated& h = annotated(s);
  loginAs(s.clerk);
  const fs::path bag = workDir_ / "report-package";
  const auto exported = ctl({"export", "package", h.hearingId, "--out", bag.string(), "--reason",
                             "cerere instanță", "--lang", "ro"});
  ASSERT_EQ(exported.exitCode, 0) << exported.err;
  const fs::path report = bag / "data" / "report.pdf";
  ASSERT_TRUE(fs::exists(report));
  std::ifstream manifest(bag / "manifest-sha256.txt");
  const std::string listed{std::istreambuf_iterator<char>(manifest), {}};
  EXPECT_NE(listed.find(sha256Of(report) + "  data/report.pdf\n"), std::string::npos) << listed;
  const std::string text = pdfText(report);
  EXPECT_NE(text.find("Proces-verbal de audiere"), std::string::npos);
  EXPECT_NE(text.find(h.recordingSha256), std::string::npos);
  auto verified = testing::runCommand(
      {(fs::path(testing::binDir()) / "audientia-verify").string(), bag.string()});
  ASSERT_TRUE(verified);
  EXPECT_EQ(verified->exitCode, 0) << verified->out << verified->err;
}

}  // namespace
}  // namespace audientia::e2e::export_cli
