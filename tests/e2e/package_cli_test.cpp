// The evidence package through the real binaries: a clerk annotates a recording and exports the
// hearing's package; with the server stopped, audientia-verify finds it intact and signed, the
// openssl tool alone accepts its signature and sha256sum its payload; then each tampering (a
// changed byte, an added file, a missing file, an edited tag file, a swapped signature, another
// CA pinned) makes it fail and name the problem. Before that, a package of the chosen
// recordings with two clips lists them with their sources, and the verifier checks them.
// Refused, with nothing written: no reason, a clerk of another office, an admin, a directory that
// exists, a recording of no such hearing, a clip written wrong. A disk that fills during the
// export leaves nothing behind, and the same command works once there is space. A stored file
// that changed is caught when the export is asked to re-verify.

#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <functional>
#include <sstream>

#include "export_cli_fixture.h"

namespace audientia::e2e::export_cli {
namespace {

using PackageCli = ExportCli;

std::string fileText(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

testing::CommandResult run(const std::vector<std::string>& argv, const fs::path& cwd = {}) {
  std::vector<std::string> command = argv;
  if (!cwd.empty()) command = {"/bin/sh", "-c", "cd '" + cwd.string() + "' && \"$@\"", "sh"};
  if (!cwd.empty()) command.insert(command.end(), argv.begin(), argv.end());
  auto result = testing::runCommand(command);
  EXPECT_TRUE(result) << result.error().toString();
  return result ? *result : testing::CommandResult{};
}

fs::path verifier() {
  return fs::path(testing::binDir()) / "audientia-verify";
}

// A copy of the bag to tamper with.
fs::path copyOf(const fs::path& bag, const std::string& name) {
  const fs::path copy = bag.parent_path() / name;
  fs::remove_all(copy);
  fs::copy(bag, copy, fs::copy_options::recursive);
  return copy;
}

TEST_F(PackageCli, RefusedWithAReasonAndNothingWritten) {
  const Scene& s = scene();
  ASSERT_TRUE(s.ready);
  const fs::path out = workDir_ / "refused-package";
  loginAs(s.clerk);
  auto noReason = ctl({"export", "package", s.hearingId, "--out", out.string(), "--reason", " "});
  EXPECT_EQ(noReason.exitCode, 1);
  EXPECT_NE(noReason.err.find("say why"), std::string::npos) << noReason.err;
  EXPECT_FALSE(fs::exists(out));
  EXPECT_FALSE(fs::exists(out.string() + ".partial"));
  loginAs(s.otherClerk);
  auto otherOffice =
      ctl({"export", "package", s.hearingId, "--out", out.string(), "--reason", "r"});
  EXPECT_EQ(otherOffice.exitCode, 1);
  EXPECT_NE(otherOffice.err.find("does not exist"), std::string::npos) << otherOffice.err;
  EXPECT_FALSE(fs::exists(out));
  loginAsAdmin();
  auto admin = ctl({"export", "package", s.hearingId, "--out", out.string(), "--reason", "r"});
  EXPECT_EQ(admin.exitCode, 1);
  EXPECT_NE(admin.err.find("may not export evidence packages"), std::string::npos) << admin.err;
  EXPECT_FALSE(fs::exists(out));
  loginAs(s.clerk);
  fs::create_directories(out);
  auto exists = ctl({"export", "package", s.hearingId, "--out", out.string(), "--reason", "r"});
  EXPECT_EQ(exists.exitCode, 1);
  EXPECT_NE(exists.err.find("already exists"), std::string::npos) << exists.err;
  fs::remove_all(out);
}

// Last in the suite: it stops the server.
TEST_F(PackageCli, ChosenRecordingsAndClipsGoInAndNameTheirSource) {
  const Scene& s = scene();
  ASSERT_TRUE(s.ready);
  loginAs(s.clerk);
  const fs::path bag = workDir_ / "clips-package";
  const auto exported =
      ctlJson({"export", "package", s.hearingId, "--out", bag.string(), "--reason",
               "extras for the court", "--recording", s.recordingId, "--clip",
               s.recordingId + ":5-9", "--clip", s.recordingId + ":0:00:12-0:00:14"});
  ASSERT_TRUE(fs::exists(bag / "bagit.txt")) << exported.dump(2);
  const auto clips = nlohmann::json::parse(fileText(bag / "data" / "clips.json"));
  ASSERT_EQ(clips["clips"].size(), 2u) << clips.dump(2);
  for (const auto& clip : clips["clips"]) {
    EXPECT_EQ(clip["recording_id"], s.recordingId);
    EXPECT_EQ(clip["source_sha256"], s.masterSha256);
    const fs::path file = bag / clip["file"].get<std::string>();
    ASSERT_TRUE(fs::exists(file)) << file;
    const auto sum = run({"/usr/bin/sha256sum", file.string()});
    EXPECT_EQ(sum.out.substr(0, 64), clip["sha256"].get<std::string>());
  }
  // Cut on keyframes (every 2 s): 5 s starts at 4 s, 12 s at 12 s.
  EXPECT_EQ(clips["clips"][0]["start_ms"].get<std::int64_t>(), 4000) << clips.dump(2);
  EXPECT_EQ(clips["clips"][1]["start_ms"].get<std::int64_t>(), 12000) << clips.dump(2);
  EXPECT_EQ(clips["clips"][0]["file"].get<std::string>().rfind("data/clips/01_", 0), 0u);
  const auto verified = run({verifier().string(), bag.string()});
  EXPECT_EQ(verified.exitCode, 0) << verified.out << verified.err;
  EXPECT_NE(verified.out.find("2 clips, each in the payload and naming its source"),
            std::string::npos)
      << verified.out;

  // Refused before anything is written: a recording of no such hearing, a clip written wrong.
  const fs::path refused = workDir_ / "clips-refused";
  const auto stranger =
      ctl({"export", "package", s.hearingId, "--out", refused.string(), "--reason", "r",
           "--recording", "00000000-0000-4000-8000-000000000000"});
  EXPECT_EQ(stranger.exitCode, 1);
  EXPECT_NE(stranger.err.find("is not one of the recordings"), std::string::npos) << stranger.err;
  const auto malformed = ctl({"export", "package", s.hearingId, "--out", refused.string(),
                              "--reason", "r", "--clip", s.recordingId + ":9-5"});
  EXPECT_EQ(malformed.exitCode, 2);
  EXPECT_NE(malformed.err.find("ends after it starts"), std::string::npos) << malformed.err;
  EXPECT_FALSE(fs::exists(refused));
  EXPECT_FALSE(fs::exists(refused.string() + ".partial"));
}

// A stored file whose copy changed after it was recorded (its last byte flipped on the disk, in
// the media data, before any fixity run caught it): the export trusts the store's digests and the
// package it writes fails audientia-verify on that file; asked to --reverify, the server hashes
// what it sends, ends the export with DATA_LOSS naming the file, and nothing is written. Repaired,
// it exports.
void flipLastByte(const fs::path& path) {
  std::fstream file(path, std::ios::in | std::ios::out | std::ios::binary);
  file.seekg(-1, std::ios::end);
  char byte = 0;
  file.read(&byte, 1);
  file.seekp(-1, std::ios::end);
  file.put(static_cast<char>(byte ^ 0x01));
}

TEST_F(PackageCli, AStoredFileThatChangedIsCaughtWhenAskedToReverify) {
  const Scene& s = scene();
  ASSERT_TRUE(s.ready);
  loginAs(s.clerk);
  const auto exportTo = [&](const fs::path& out, bool reverify) {
    std::vector<std::string> command = {"export",        "package",     s.hearingId,
                                        "--out",         out.string(),  "--reason",
                                        "checked again", "--recording", s.recordingId};
    if (reverify) command.push_back("--reverify");
    return ctl(command);
  };

  // The recording's stored file, by the digest the package lists for it.
  const fs::path before = workDir_ / "package-before";
  ASSERT_EQ(exportTo(before, false).exitCode, 0);
  std::string storedSha256;
  std::istringstream manifest(fileText(before / "manifest-sha256.txt"));
  for (std::string line; std::getline(manifest, line);) {
    if (line.find("  data/recordings/") == 64) storedSha256 = line.substr(0, 64);
  }
  fs::remove_all(before);
  const fs::path stored = storedObjectOf(*server_, storedSha256);
  ASSERT_FALSE(storedSha256.empty() || stored.empty()) << storedSha256;
  // Its first byte flipped, it no longer reads as media: the report in the package cannot
  // picture it, which is said with the recording, not the server's paths.
  flipFirstByte(stored);
  const auto unreadable = exportTo(before, false);
  flipFirstByte(stored);
  EXPECT_EQ(unreadable.exitCode, 1);
  EXPECT_NE(unreadable.err.find("FAILED_PRECONDITION: recording " + s.recordingId +
                                " cannot be read for the report"),
            std::string::npos)
      << unreadable.err;
  EXPECT_NE(unreadable.err.find("fixity"), std::string::npos) << unreadable.err;
  EXPECT_EQ(unreadable.err.find("/objects/"), std::string::npos) << unreadable.err;
  expectNothingWritten(before);
  flipLastByte(stored);
  struct Repair {  // the next tests need the store whole, also when an assertion ends this one
    fs::path file;
    bool done = false;
    ~Repair() {
      if (!done) flipLastByte(file);
    }
  } repair{stored};

  const fs::path trusted = workDir_ / "trusted-package";
  const auto trustedExport = exportTo(trusted, false);
  ASSERT_EQ(trustedExport.exitCode, 0) << trustedExport.err;
  const auto unverified = run({verifier().string(), trusted.string()});
  EXPECT_NE(unverified.exitCode, 0);
  EXPECT_NE(unverified.out.find("data/recordings/" + s.recordingId + "/"), std::string::npos)
      << unverified.out;
  fs::remove_all(trusted);

  const fs::path checked = workDir_ / "reverified-package";
  const auto caught = exportTo(checked, true);
  EXPECT_EQ(caught.exitCode, 1);
  EXPECT_NE(caught.err.find("DATA_LOSS"), std::string::npos) << caught.err;
  EXPECT_NE(caught.err.find("data/recordings/" + s.recordingId + "/"), std::string::npos)
      << caught.err;
  EXPECT_NE(caught.err.find("no longer matches its SHA-256"), std::string::npos) << caught.err;
  expectNothingWritten(checked);

  flipLastByte(stored);  // repaired
  repair.done = true;
  ASSERT_EQ(exportTo(checked, true).exitCode, 0);
  const auto verified = run({verifier().string(), checked.string()});
  EXPECT_EQ(verified.exitCode, 0) << verified.out;
  fs::remove_all(checked);
}

// The disk the package goes to fills while it is written (a real tmpfs of 128 KiB: mounting
// needs root, the test skips otherwise), in both forms: the export fails and says the disk is
// full, and nothing is left that looks like a package, not even a partial one. Once there is
// space (the tmpfs grown, as an operator frees some), the same command writes a package that
// verifies.
TEST_F(PackageCli, ADiskThatFillsLeavesNothingBehindAndTheSameCommandWorksWithSpace) {
  const Scene& s = scene();
  ASSERT_TRUE(s.ready);
  const fs::path disk = workDir_ / "small-disk";
  fs::create_directories(disk);
  if (::geteuid() != 0 ||
      std::system(
          ("mount -t tmpfs -o size=128k tmpfs '" + disk.string() + "' 2>/dev/null").c_str()) != 0) {
    GTEST_SKIP() << "cannot mount a small tmpfs here (needs root)";
  }
  struct Unmount {  // also when an assertion ends the test early
    fs::path disk;
    ~Unmount() { EXPECT_EQ(std::system(("umount '" + disk.string() + "'").c_str()), 0); }
  } unmount{disk};
  loginAs(s.clerk);
  for (const bool zip : {false, true}) {
    SCOPED_TRACE(zip ? "ZIP" : "directory");
    const fs::path out = disk / (zip ? "package.zip" : "package");
    std::vector<std::string> command = {"export",
                                        "package",
                                        s.hearingId,
                                        "--out",
                                        out.string(),
                                        "--reason",
                                        "to the court on a small disk"};
    if (zip) command.push_back("--zip");
    const auto full = ctl(command);
    EXPECT_EQ(full.exitCode, 1) << full.out << full.err;
    EXPECT_NE(full.err.find("No space left on device"), std::string::npos) << full.err;
    EXPECT_NE(full.err.find(out.string()), std::string::npos) << "names where: " << full.err;
    expectNothingWritten(out);
    EXPECT_TRUE(fs::is_empty(disk)) << "the partial package is removed";

    ASSERT_EQ(std::system(("mount -o remount,size=64m '" + disk.string() + "'").c_str()), 0);
    const auto roomy = ctl(command);
    EXPECT_EQ(roomy.exitCode, 0) << roomy.err;
    const auto verified = run({verifier().string(), out.string()});
    EXPECT_EQ(verified.exitCode, 0) << verified.out << verified.err;
    fs::remove_all(out);
    ASSERT_EQ(std::system(("mount -o remount,size=128k '" + disk.string() + "'").c_str()), 0);
  }
}

TEST_F(PackageCli, ExportedVerifiedOfflineAndEveryTamperingNamed) {
  const Scene& s = scene();
  ASSERT_TRUE(s.ready) << server_->log();
  loginAs(s.clerk);
  const auto added = ctlJson({"annotation", "add", "--recording", s.recordingId, "--at", "3",
                              "--kind", "question", "--text", "Unde erați în seara de 12 martie?"});
  const std::string annotationId = added["annotation"]["id"];
  ctlJson({"annotation", "edit", annotationId, "--text", "Unde erați pe 12 martie, seara?",
           "--revision", "1"});

  const fs::path dir = workDir_ / "packages";
  fs::create_directories(dir);
  const fs::path bag = dir / "808-P-2026";
  const auto exported = ctlJson({"export", "package", s.hearingId, "--out", bag.string(),
                                 "--reason", "Cererea Judecătoriei Brașov din 3 decembrie"});
  EXPECT_EQ(exported["case_number"], kClipCase);
  const auto sequence = exported["audit_sequence"].get<std::int64_t>();
  EXPECT_GT(sequence, 0);
  EXPECT_FALSE(fs::exists(bag.string() + ".partial"));
  const fs::path second = dir / "second";
  ASSERT_EQ(
      ctl({"export", "package", s.hearingId, "--out", second.string(), "--reason", "A second copy"})
          .exitCode,
      0);

  // What the package holds.
  const std::string info = fileText(bag / "bag-info.txt");
  EXPECT_NE(info.find("External-Identifier: 808/P/2026"), std::string::npos) << info;
  EXPECT_NE(info.find("Contact-Name: " + s.clerk), std::string::npos) << info;
  EXPECT_NE(info.find("Internal-Sender-Description: Cererea Judecătoriei Brașov din 3 decembrie"),
            std::string::npos);
  EXPECT_NE(info.find("Audientia-Audit-Sequence: " + std::to_string(sequence)), std::string::npos);
  EXPECT_EQ(sha256OfFile(bag / "manifest-sha256.txt"), exported["payload_manifest_sha256"]);
  const auto annotations = nlohmann::json::parse(fileText(bag / "data" / "annotations.json"));
  ASSERT_EQ(annotations["annotations"].size(), 1u) << annotations.dump(2);
  EXPECT_EQ(annotations["annotations"][0]["history"].size(), 2u);
  const auto trail = nlohmann::json::parse(fileText(bag / "data" / "audit.json"));
  EXPECT_GE(trail["events"].size(), 3u);  // the hearing made, the upload, the annotation...
  const auto hearing = nlohmann::json::parse(fileText(bag / "data" / "hearing.json"));
  EXPECT_EQ(hearing["case_number"], kClipCase);
  EXPECT_EQ(hearing["recordings"][0]["id"], s.recordingId);
  bool original = false;
  for (const auto& entry : fs::directory_iterator(bag / "data" / "recordings" / s.recordingId)) {
    original = original || sha256OfFile(entry.path()) == hearing["recordings"][0]["sha256"];
  }
  EXPECT_TRUE(original) << "the recording as uploaded is in the package";

  // Checked with nothing but the package: the server is stopped.
  EXPECT_EQ(server_->stop(), 0);
  auto verified = run({verifier().string(), bag.string()});
  EXPECT_EQ(verified.exitCode, 0) << verified.out << verified.err;
  EXPECT_NE(verified.out.find("INTACT AND SIGNED"), std::string::npos) << verified.out;
  EXPECT_NE(verified.out.find("Audientia evidence signing"), std::string::npos) << verified.out;
  auto asJson = run({verifier().string(), bag.string(), "--json"});
  EXPECT_EQ(asJson.exitCode, 0);
  EXPECT_TRUE(nlohmann::json::parse(asJson.out)["ok"].get<bool>()) << asJson.out;
  const fs::path ca = server_->dataDir() / "tls" / "ca.pem";
  EXPECT_EQ(run({verifier().string(), bag.string(), "--ca", ca.string()}).exitCode, 0);
  EXPECT_EQ(ctl({"verify", bag.string()}).exitCode, 0);
  // The tools everyone has.
  auto openssl = run({"openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in",
                      "signatures/tagmanifest-sha256.txt.p7s", "-content", "tagmanifest-sha256.txt",
                      "-CAfile", ca.string(), "-out", "/dev/null"},
                     bag);
  EXPECT_EQ(openssl.exitCode, 0) << openssl.err;
  auto sums = run({"sha256sum", "--quiet", "-c", "manifest-sha256.txt"}, bag);
  EXPECT_EQ(sums.exitCode, 0) << sums.out << sums.err;
  EXPECT_EQ(run({"sha512sum", "--quiet", "-c", "manifest-sha512.txt"}, bag).exitCode, 0);

  struct Tampering {
    std::string name;
    std::function<void(const fs::path&)> change;
    std::string named;  // what the report must name
  };
  const std::string media = "data/recordings/" + s.recordingId + "/clip-source.mp4";
  const std::vector<Tampering> tamperings = {
      {"changed-byte", [&](const fs::path& b) { flipFirstByte(b / media); }, media + ": SHA-256"},
      {"added-file", [](const fs::path& b) { std::ofstream(b / "data" / "extra.txt") << "x"; },
       "data/extra.txt is in the bag but in no manifest"},
      {"missing-file", [](const fs::path& b) { fs::remove(b / "data" / "hearing.json"); },
       "data/hearing.json is missing"},
      {"edited-tag-file",
       [](const fs::path& b) { std::ofstream(b / "bag-info.txt", std::ios::app) << "X: y\n"; },
       "bag-info.txt was changed"},
      {"swapped-signature",
       [&](const fs::path& b) {
         fs::copy_file(second / "signatures" / "tagmanifest-sha256.txt.p7s",
                       b / "signatures" / "tagmanifest-sha256.txt.p7s",
                       fs::copy_options::overwrite_existing);
       },
       "does not verify"},
      {"no-signature",
       [](const fs::path& b) { fs::remove(b / "signatures" / "tagmanifest-sha256.txt.p7s"); },
       "not signed"},
  };
  for (const auto& t : tamperings) {
    SCOPED_TRACE(t.name);
    const fs::path copy = copyOf(bag, t.name);
    t.change(copy);
    auto failed = run({verifier().string(), copy.string()});
    EXPECT_EQ(failed.exitCode, 1) << failed.out;
    EXPECT_NE(failed.out.find("NOT INTACT"), std::string::npos) << failed.out;
    EXPECT_NE(failed.out.find(t.named), std::string::npos) << failed.out;
  }
  // Another CA pinned: the signature is not from it.
  const fs::path otherCa = dir / "other-ca.pem";
  ASSERT_EQ(run({"/usr/bin/openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                 "ec_paramgen_curve:P-256", "-nodes", "-keyout", (dir / "other-ca.key").string(),
                 "-out", otherCa.string(), "-subj", "/CN=Another CA", "-days", "1"})
                .exitCode,
            0);
  auto pinned = run({verifier().string(), bag.string(), "--ca", otherCa.string()});
  EXPECT_EQ(pinned.exitCode, 1) << pinned.out;
  EXPECT_NE(pinned.out.find("does not verify with the CA"), std::string::npos) << pinned.out;
  // Not a bag at all; bad usage.
  EXPECT_EQ(run({verifier().string(), (bag / "bagit.txt").string()}).exitCode, 1);
  EXPECT_EQ(run({verifier().string()}).exitCode, 2);
}

}  // namespace
}  // namespace audientia::e2e::export_cli
