// The evidence package as one ZIP file (`export package --zip`) through the real binaries: the
// ZIP holds the bag under one top directory, stored, and nothing is left beside it; with the
// server stopped audientia-verify and `audientiactl verify` find it intact and signed without
// unpacking it (text and --json), and, unpacked, sha256sum and openssl agree; a top directory
// with non-ASCII letters reads back. Each tampering of the ZIP fails with the file and the
// check named, never a crash: truncated, not a ZIP, a payload byte changed (rewritten with a
// right CRC, and in place under a wrong one), an added, a missing and a doubled entry, an entry
// beside the bag, an edited tag file. Refused with nothing written: a PATH that exists, a
// refusal by the server.

#include <fstream>
#include <functional>
#include <sstream>

#include "export_cli_fixture.h"

namespace audientia::e2e::export_cli {
namespace {

using PackageZipCli = ExportCli;

constexpr const char* kPython = "/usr/bin/python3";

// Rewrites a ZIP with python3's zipfile module: SRC DST OP [ARGS]. OP: drop NAME, flip NAME
// (first byte, CRC recomputed), append NAME TEXT, add NAME TEXT (a new entry, or a second one
// of that name), rawflip NAME (a byte of the stored data changed in place: the CRC no longer
// matches), list (prints "<compress_type> <name>" per entry, then runs testzip()).
constexpr const char* kZipTool = R"PY(
import sys, warnings, zipfile
warnings.simplefilter("ignore")
src, dst, op, args = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
if op == "list":
    with zipfile.ZipFile(src) as z:
        for i in z.infolist():
            print(i.compress_type, i.filename)
        print("testzip", z.testzip())
    sys.exit(0)
if op == "rawflip":
    with zipfile.ZipFile(src) as z:
        info = z.getinfo(args[0])
    data = bytearray(open(src, "rb").read())
    at = info.header_offset
    at += 30 + int.from_bytes(data[at + 26:at + 28], "little") + \
        int.from_bytes(data[at + 28:at + 30], "little")
    data[at] ^= 1
    open(dst, "wb").write(data)
    sys.exit(0)
with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_STORED) as zout:
    for info in zin.infolist():
        data = zin.read(info.filename)
        if info.filename == (args[0] if args else None):
            if op == "drop":
                continue
            if op == "flip":
                data = bytes([data[0] ^ 1]) + data[1:]
            if op == "append":
                data = data + args[1].encode()
        zout.writestr(info, data)
    if op == "add":
        zout.writestr(args[0], args[1])
)PY";

testing::CommandResult runIn(const std::vector<std::string>& argv, const fs::path& cwd = {}) {
  std::vector<std::string> command = argv;
  if (!cwd.empty()) {
    command = {"/bin/sh", "-c", "cd '" + cwd.string() + "' && \"$@\"", "sh"};
    command.insert(command.end(), argv.begin(), argv.end());
  }
  auto result = testing::runCommand(command);
  EXPECT_TRUE(result) << result.error().toString();
  return result ? *result : testing::CommandResult{};
}

fs::path verifyBinary() {
  return fs::path(testing::binDir()) / "audientia-verify";
}

std::string textOf(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

// Runs kZipTool (written once into `dir`) with these arguments.
testing::CommandResult zipToolRun(const fs::path& dir, const std::vector<std::string>& args) {
  const fs::path tool = dir / "zip_tool.py";
  if (!fs::exists(tool)) std::ofstream(tool) << kZipTool;
  std::vector<std::string> command = {kPython, tool.string()};
  command.insert(command.end(), args.begin(), args.end());
  auto result = runIn(command);
  EXPECT_EQ(result.exitCode, 0) << result.err;
  return result;
}

TEST_F(PackageZipCli, RefusedWithNothingWritten) {
  const Scene& s = scene();
  ASSERT_TRUE(s.ready) << server_->log();
  loginAs(s.clerk);
  const fs::path out = workDir_ / "refused.zip";
  // Refused by the server after the client began: no reason, another office's clerk.
  auto noReason =
      ctl({"export", "package", s.hearingId, "--zip", "--out", out.string(), "--reason", " "});
  EXPECT_EQ(noReason.exitCode, 1) << noReason.err;
  EXPECT_NE(noReason.err.find("say why"), std::string::npos) << noReason.err;
  expectNothingWritten(out);
  loginAs(s.otherClerk);
  auto otherOffice =
      ctl({"export", "package", s.hearingId, "--zip", "--out", out.string(), "--reason", "r"});
  EXPECT_EQ(otherOffice.exitCode, 1) << otherOffice.err;
  EXPECT_NE(otherOffice.err.find("does not exist"), std::string::npos) << otherOffice.err;
  expectNothingWritten(out);
  // A file of that name exists: left as it is.
  loginAs(s.clerk);
  std::ofstream(out) << "not mine to replace";
  auto exists =
      ctl({"export", "package", s.hearingId, "--zip", "--out", out.string(), "--reason", "r"});
  EXPECT_EQ(exists.exitCode, 1);
  EXPECT_NE(exists.err.find("already exists"), std::string::npos) << exists.err;
  EXPECT_EQ(textOf(out), "not mine to replace");
  EXPECT_FALSE(fs::exists(out.string() + ".partial"));
  fs::remove(out);
  // --out that names no file.
  auto noName = ctl({"export", "package", s.hearingId, "--zip", "--out", (workDir_ / "..").string(),
                     "--reason", "r"});
  EXPECT_EQ(noName.exitCode, 2) << noName.err;
}

// Last in the suite: it stops the server.
TEST_F(PackageZipCli, ExportedAsZipVerifiedInPlaceAndEveryTamperingNamed) {
  const Scene& s = scene();
  ASSERT_TRUE(s.ready) << server_->log();
  loginAs(s.clerk);
  const fs::path dir = workDir_ / "zips";
  fs::create_directories(dir);
  const fs::path zip = dir / "808-P-2026.zip";
  const auto exported = ctlJson({"export", "package", s.hearingId, "--zip", "--out", zip.string(),
                                 "--reason", "Cererea instanței"});
  EXPECT_EQ(exported["format"], "zip");
  EXPECT_EQ(exported["top_directory"], "808-P-2026");
  EXPECT_EQ(exported["case_number"], kClipCase);
  EXPECT_TRUE(fs::is_regular_file(zip));
  EXPECT_FALSE(fs::exists(zip.string() + ".partial"));
  // A name with letters beyond ASCII, and ".ZIP" in capitals: the top directory keeps them.
  const fs::path accented = dir / "Dosarul Brașov.ZIP";
  auto second = ctl({"export", "package", s.hearingId, "--zip", "--out", accented.string(),
                     "--reason", "A second copy"});
  ASSERT_EQ(second.exitCode, 0) << second.err;
  EXPECT_NE(second.out.find("the bag in Dosarul Brașov/"), std::string::npos) << second.out;

  // Every entry under the one top directory, stored (compress_type 0), every CRC right.
  const auto listed = zipToolRun(dir, {zip.string(), "-", "list"});
  for (const std::string& name : std::vector<std::string>{
           "808-P-2026/", "808-P-2026/bagit.txt", "808-P-2026/bag-info.txt",
           "808-P-2026/data/hearing.json", "808-P-2026/manifest-sha256.txt",
           "808-P-2026/signatures/tagmanifest-sha256.txt.p7s",
           "808-P-2026/data/recordings/" + s.recordingId + "/clip-source.mp4"}) {
    EXPECT_NE(listed.out.find("0 " + name + "\n"), std::string::npos) << name << "\n" << listed.out;
  }
  EXPECT_NE(listed.out.find("testzip None"), std::string::npos) << listed.out;
  std::istringstream lines(listed.out);
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind("testzip", 0) == 0) continue;
    EXPECT_EQ(line.rfind("0 808-P-2026/", 0), 0u) << "outside the top directory: " << line;
  }
  EXPECT_NE(
      zipToolRun(dir, {accented.string(), "-", "list"}).out.find("0 Dosarul Brașov/bagit.txt"),
      std::string::npos);

  // Checked in place with nothing but the ZIP: the server is stopped.
  EXPECT_EQ(server_->stop(), 0);
  auto verified = runIn({verifyBinary().string(), zip.string()});
  EXPECT_EQ(verified.exitCode, 0) << verified.out << verified.err;
  EXPECT_NE(verified.out.find("INTACT AND SIGNED"), std::string::npos) << verified.out;
  EXPECT_NE(verified.out.find("a ZIP file, the bag in 808-P-2026/"), std::string::npos)
      << verified.out;
  auto asJson = runIn({verifyBinary().string(), zip.string(), "--json"});
  EXPECT_EQ(asJson.exitCode, 0) << asJson.out;
  const auto report = nlohmann::json::parse(asJson.out, nullptr, false);
  EXPECT_TRUE(report.value("ok", false)) << asJson.out;
  EXPECT_EQ(report.value("path", ""), zip.string());
  const fs::path ca = server_->dataDir() / "tls" / "ca.pem";
  EXPECT_EQ(runIn({verifyBinary().string(), zip.string(), "--ca", ca.string()}).exitCode, 0);
  EXPECT_EQ(ctl({"verify", zip.string()}).exitCode, 0);
  auto accentedVerified = runIn({verifyBinary().string(), accented.string()});
  EXPECT_EQ(accentedVerified.exitCode, 0) << accentedVerified.out;

  // Unpacked, the tools everyone has agree, and so does the directory form of the verifier.
  const fs::path unpacked = dir / "unpacked";
  ASSERT_EQ(runIn({kPython, "-m", "zipfile", "-e", zip.string(), unpacked.string()}).exitCode, 0);
  const fs::path bag = unpacked / "808-P-2026";
  EXPECT_EQ(runIn({"sha256sum", "--quiet", "-c", "manifest-sha256.txt"}, bag).exitCode, 0);
  EXPECT_EQ(runIn({"sha512sum", "--quiet", "-c", "tagmanifest-sha512.txt"}, bag).exitCode, 0);
  auto openssl = runIn({"openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in",
                        "signatures/tagmanifest-sha256.txt.p7s", "-content",
                        "tagmanifest-sha256.txt", "-CAfile", ca.string(), "-out", "/dev/null"},
                       bag);
  EXPECT_EQ(openssl.exitCode, 0) << openssl.err;
  EXPECT_EQ(sha256OfFile(bag / "manifest-sha256.txt"), exported["payload_manifest_sha256"]);
  EXPECT_EQ(runIn({verifyBinary().string(), bag.string()}).exitCode, 0);

  struct Tampering {
    std::string name;
    std::function<void(const fs::path& copy)> make;
    std::string named;  // what the report must name
  };
  const std::string top = "808-P-2026/";
  const std::string media = "data/recordings/" + s.recordingId + "/clip-source.mp4";
  auto rewrite = [&](std::vector<std::string> args) {
    return [&zip, &dir, args](const fs::path& copy) {
      std::vector<std::string> all = {zip.string(), copy.string()};
      all.insert(all.end(), args.begin(), args.end());
      zipToolRun(dir, all);
    };
  };
  const std::vector<Tampering> tamperings = {
      {"truncated",
       [&](const fs::path& copy) {
         const std::string bytes = textOf(zip);
         std::ofstream(copy, std::ios::binary) << bytes.substr(0, bytes.size() / 2);
       },
       "is a truncated or damaged ZIP file"},
      {"not-a-zip", [](const fs::path& copy) { std::ofstream(copy) << "BagIt-Version: 1.0\n"; },
       "is neither a bag directory nor a ZIP file"},
      {"changed-byte", rewrite({"flip", top + media}), media + ": SHA-256 is"},
      {"changed-byte-in-place", rewrite({"rawflip", top + media}),
       media + " cannot be read from the ZIP"},
      {"added-entry", rewrite({"add", top + "data/extra.txt", "x"}),
       "data/extra.txt is in the bag but in no manifest"},
      {"missing-entry", rewrite({"drop", top + "data/hearing.json"}),
       "data/hearing.json is missing"},
      {"doubled-entry", rewrite({"add", top + "data/hearing.json", "{}"}),
       "808-P-2026/data/hearing.json is in it twice"},
      {"entry-beside-the-bag", rewrite({"add", "notes.txt", "x"}),
       "notes.txt is not inside a top directory"},
      {"second-top-directory", rewrite({"add", "other/bagit.txt", "x"}),
       "other/bagit.txt lies beside the bag's directory 808-P-2026/"},
      {"edited-tag-file", rewrite({"append", top + "bag-info.txt", "X: y\n"}),
       "bag-info.txt was changed"},
      {"no-signature", rewrite({"drop", top + "signatures/tagmanifest-sha256.txt.p7s"}),
       "not signed"},
  };
  for (const auto& t : tamperings) {
    SCOPED_TRACE(t.name);
    const fs::path copy = dir / (t.name + ".zip");
    t.make(copy);
    auto failed = runIn({verifyBinary().string(), copy.string()});
    EXPECT_EQ(failed.exitCode, 1) << failed.out << failed.err;  // 1, not a crash (-1)
    EXPECT_NE(failed.out.find("NOT INTACT"), std::string::npos) << failed.out;
    EXPECT_NE(failed.out.find(t.named), std::string::npos) << failed.out;
    auto failedJson = runIn({verifyBinary().string(), copy.string(), "--json"});
    EXPECT_EQ(failedJson.exitCode, 1);
    const auto doc = nlohmann::json::parse(failedJson.out, nullptr, false);
    EXPECT_NE(doc.value("first_failure", "").find(t.named), std::string::npos) << failedJson.out;
    EXPECT_EQ(ctl({"verify", copy.string()}).exitCode, 1);
  }
}

}  // namespace
}  // namespace audientia::e2e::export_cli
