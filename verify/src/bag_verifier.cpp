#include "audientia/verify/bag_verifier.h"

#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <sstream>
#include <system_error>

#include "audientia/base/sha256.h"
#include "audientia/media/capture_manifest.h"
#include "domain/audit_chain.h"

namespace audientia::verify {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

std::optional<std::string> readText(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

struct Digests {
  std::string sha256;
  std::string sha512;
  std::uint64_t size = 0;
};

std::string hexOf(const unsigned char* bytes, unsigned length) {
  return toHex(std::span<const std::uint8_t>(bytes, length));
}

// Both digests in one read of the file.
std::optional<Digests> digestFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  EVP_MD_CTX* a = EVP_MD_CTX_new();
  EVP_MD_CTX* b = EVP_MD_CTX_new();
  EVP_DigestInit_ex(a, EVP_sha256(), nullptr);
  EVP_DigestInit_ex(b, EVP_sha512(), nullptr);
  std::vector<char> buffer(1 << 20);
  Digests out;
  while (in) {
    in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    const auto got = static_cast<std::size_t>(in.gcount());
    if (got == 0) break;
    EVP_DigestUpdate(a, buffer.data(), got);
    EVP_DigestUpdate(b, buffer.data(), got);
    out.size += got;
  }
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned length = 0;
  EVP_DigestFinal_ex(a, digest, &length);
  out.sha256 = hexOf(digest, length);
  EVP_DigestFinal_ex(b, digest, &length);
  out.sha512 = hexOf(digest, length);
  EVP_MD_CTX_free(a);
  EVP_MD_CTX_free(b);
  if (in.bad()) return std::nullopt;
  return out;
}

// A path a manifest may name: relative, '/'-separated, no "..", no backslash.
bool safePath(const std::string& path) {
  if (path.empty() || path.front() == '/' || path.find('\\') != std::string::npos) return false;
  std::size_t at = 0;
  while (at <= path.size()) {
    const auto slash = path.find('/', at);
    const std::string part = path.substr(at, slash == std::string::npos ? slash : slash - at);
    if (part.empty() || part == "." || part == "..") return false;
    if (slash == std::string::npos) break;
    at = slash + 1;
  }
  return true;
}

// "digest  path" lines; std::nullopt (and why) when one is not.
std::optional<std::vector<std::pair<std::string, std::string>>> parseManifest(
    const std::string& text, std::size_t digestChars, std::string& why) {
  std::vector<std::pair<std::string, std::string>> lines;
  std::istringstream in(text);
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty()) continue;
    const auto space = line.find(' ');
    const std::string digest = line.substr(0, space);
    const auto pathAt = line.find_first_not_of(' ', space);
    if (space == std::string::npos || pathAt == std::string::npos || digest.size() != digestChars ||
        digest.find_first_not_of("0123456789abcdef") != std::string::npos || line.back() == '\r') {
      why = "line " + std::to_string(number) + " is not \"<digest>  <path>\"";
      return std::nullopt;
    }
    const std::string path = line.substr(pathAt);
    if (!safePath(path)) {
      why = "line " + std::to_string(number) + " names a path outside the bag: " + path;
      return std::nullopt;
    }
    lines.emplace_back(digest, path);
  }
  return lines;
}

std::map<std::string, std::string> bagInfo(const std::string& text) {
  std::map<std::string, std::string> fields;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    const auto colon = line.find(": ");
    if (colon != std::string::npos) fields[line.substr(0, colon)] = line.substr(colon + 2);
  }
  return fields;
}

std::string opensslText() {
  std::string text;
  while (unsigned long code = ERR_get_error()) {
    char buffer[256];
    ERR_error_string_n(code, buffer, sizeof buffer);
    if (!text.empty()) text += "; ";
    text += buffer;
  }
  return text.empty() ? "no detail" : text;
}

std::string commonName(X509* cert) {
  char name[256] = {};
  X509_NAME_get_text_by_NID(X509_get_subject_name(cert), NID_commonName, name, sizeof name);
  return name;
}

class Verifier {
 public:
  Verifier(fs::path bag, VerifyOptions options)
      : bag_(std::move(bag)), options_(std::move(options)) {
    report_.path = bag_;
  }

  BagReport run() {
    (void)(checkBag() && checkPayload() && checkTagFiles() && checkSignature() && checkAudit() &&
           checkCaptures());
    return report_;
  }

 private:
  bool pass(std::string name, std::string detail) {
    report_.checks.push_back({std::move(name), true, std::move(detail)});
    return true;
  }
  bool fail(std::string name, std::string detail) {
    report_.checks.push_back({std::move(name), false, std::move(detail)});
    return false;
  }

  bool checkBag() {
    std::error_code error;
    if (!fs::is_directory(bag_, error)) {
      return fail("bag", bag_.string() + " is not a directory (unpack a ZIP first)");
    }
    auto bagit = readText(bag_ / "bagit.txt");
    if (!bagit) return fail("bag", "bagit.txt is missing: this is not a BagIt bag");
    if (bagit->find("BagIt-Version: 1.0") == std::string::npos) {
      return fail("bag", "bagit.txt does not declare BagIt-Version: 1.0");
    }
    auto info = readText(bag_ / "bag-info.txt");
    if (!info) return fail("bag", "bag-info.txt is missing");
    info_ = bagInfo(*info);
    for (const char* file : {"manifest-sha256.txt", "tagmanifest-sha256.txt"}) {
      if (!fs::is_regular_file(bag_ / file, error))
        return fail("bag", std::string(file) + " is missing");
    }
    if (!fs::is_directory(bag_ / "data", error))
      return fail("bag", "the payload directory data/ is missing");
    return pass("bag", "BagIt 1.0, case " + info_["External-Identifier"] + ", exported by " +
                           info_["Contact-Name"] + " on " + info_["Bagging-Date"] + " (" +
                           info_["Internal-Sender-Description"] + ")");
  }

  bool checkPayload() {
    const std::string name = "payload";
    std::string why;
    auto text256 = readText(bag_ / "manifest-sha256.txt");
    auto lines256 = parseManifest(*text256, 64, why);
    if (!lines256) return fail(name, "manifest-sha256.txt: " + why);
    std::map<std::string, std::string> want512;
    if (auto text512 = readText(bag_ / "manifest-sha512.txt")) {
      auto lines512 = parseManifest(*text512, 128, why);
      if (!lines512) return fail(name, "manifest-sha512.txt: " + why);
      for (const auto& [digest, path] : *lines512) want512[path] = digest;
    }
    std::set<std::string> listed;
    std::uint64_t bytes = 0;
    for (const auto& [digest, path] : *lines256) {
      if (path.rfind("data/", 0) != 0)
        return fail(name, "manifest-sha256.txt lists " + path + ", outside data/");
      listed.insert(path);
      auto got = digestFile(bag_ / path);
      if (!got) return fail(name, path + " is missing (listed in manifest-sha256.txt)");
      if (got->sha256 != digest) {
        return fail(name,
                    path + ": SHA-256 is " + got->sha256 + ", manifest-sha256.txt says " + digest);
      }
      if (!want512.empty()) {
        const auto it = want512.find(path);
        if (it == want512.end()) return fail(name, path + " is not in manifest-sha512.txt");
        if (it->second != got->sha512) {
          return fail(name, path + ": SHA-512 differs from manifest-sha512.txt");
        }
      }
      sha256_[path] = got->sha256;
      bytes += got->size;
    }
    if (!want512.empty() && want512.size() != listed.size()) {
      return fail(name, "manifest-sha512.txt and manifest-sha256.txt list different files");
    }
    std::error_code error;
    for (fs::recursive_directory_iterator it(bag_ / "data", error), end; !error && it != end;
         it.increment(error)) {
      if (it->is_directory()) continue;
      const std::string path = fs::relative(it->path(), bag_).generic_string();
      if (!listed.count(path))
        return fail(name, path + " is in the bag but in no manifest (added)");
    }
    if (error) return fail(name, "reading data/: " + error.message());
    const std::string oxum = std::to_string(bytes) + "." + std::to_string(listed.size());
    if (info_.count("Payload-Oxum") && info_["Payload-Oxum"] != oxum) {
      return fail(name, "bag-info.txt's Payload-Oxum is " + info_["Payload-Oxum"] +
                            ", the payload is " + oxum);
    }
    return pass(name, std::to_string(listed.size()) + " files, " + std::to_string(bytes) +
                          " bytes, every SHA-256" + (want512.empty() ? "" : " and SHA-512") +
                          " matches, none missing or added");
  }

  bool checkTagFiles() {
    const std::string name = "tag files";
    std::string why;
    for (const auto& [file, chars] : {std::pair{"tagmanifest-sha256.txt", std::size_t{64}},
                                      std::pair{"tagmanifest-sha512.txt", std::size_t{128}}}) {
      auto text = readText(bag_ / file);
      if (!text) {
        if (chars == 64) return fail(name, std::string(file) + " is missing");
        continue;
      }
      auto lines = parseManifest(*text, chars, why);
      if (!lines) return fail(name, std::string(file) + ": " + why);
      std::set<std::string> listed;
      for (const auto& [digest, path] : *lines) {
        listed.insert(path);
        auto got = digestFile(bag_ / path);
        if (!got) return fail(name, path + " is missing (listed in " + file + ")");
        if ((chars == 64 ? got->sha256 : got->sha512) != digest) {
          return fail(name,
                      path + " was changed (its digest differs from " + std::string(file) + ")");
        }
      }
      for (const char* required : {"bagit.txt", "bag-info.txt", "manifest-sha256.txt"}) {
        if (!listed.count(required))
          return fail(name, std::string(file) + " does not cover " + required);
      }
    }
    return pass(name, "bagit.txt, bag-info.txt and the manifests match the tag manifests");
  }

  bool checkSignature() {
    const std::string name = "signature";
    const fs::path signaturePath = bag_ / "signatures" / "tagmanifest-sha256.txt.p7s";
    auto signature = readText(signaturePath);
    if (!signature)
      return fail(name, "signatures/tagmanifest-sha256.txt.p7s is missing: the bag is not signed");
    const fs::path caPath =
        options_.caFile.empty() ? bag_ / "signatures" / "ca.pem" : options_.caFile;
    auto caPem = readText(caPath);
    if (!caPem) return fail(name, "the CA certificate " + caPath.string() + " cannot be read");
    auto content = readText(bag_ / "tagmanifest-sha256.txt");
    BIO* caBio = BIO_new_mem_buf(caPem->data(), static_cast<int>(caPem->size()));
    X509* ca = PEM_read_bio_X509(caBio, nullptr, nullptr, nullptr);
    BIO_free(caBio);
    if (ca == nullptr) return fail(name, caPath.string() + " is not a PEM certificate");
    unsigned char fingerprint[EVP_MAX_MD_SIZE];
    unsigned length = 0;
    X509_digest(ca, EVP_sha256(), fingerprint, &length);
    const std::string caPrint = hexOf(fingerprint, length);
    X509_STORE* store = X509_STORE_new();
    X509_STORE_add_cert(store, ca);
    const unsigned char* der = reinterpret_cast<const unsigned char*>(signature->data());
    CMS_ContentInfo* cms = d2i_CMS_ContentInfo(nullptr, &der, static_cast<long>(signature->size()));
    BIO* data = BIO_new_mem_buf(content->data(), static_cast<int>(content->size()));
    bool verified = false;
    std::string signer;
    std::string why;
    if (cms == nullptr) {
      why = "signatures/tagmanifest-sha256.txt.p7s is not a CMS signature (" + opensslText() + ")";
    } else if (CMS_verify(cms, nullptr, store, data, nullptr, CMS_BINARY) != 1) {
      why = "the signature of tagmanifest-sha256.txt does not verify with the CA " + caPrint +
            " (" + opensslText() + ")";
    } else {
      verified = true;
      STACK_OF(X509)* signers = CMS_get0_signers(cms);
      if (signers != nullptr && sk_X509_num(signers) > 0)
        signer = commonName(sk_X509_value(signers, 0));
      sk_X509_free(signers);
    }
    CMS_ContentInfo_free(cms);
    BIO_free(data);
    X509_STORE_free(store);
    const std::string caName = commonName(ca);
    X509_free(ca);
    if (!verified) return fail(name, why);
    return pass(name, "tagmanifest-sha256.txt signed by \"" + signer + "\", chained to \"" +
                          caName + "\" (CA SHA-256 fingerprint " + caPrint +
                          (options_.caFile.empty()
                               ? "; compare it with the one your prosecution service publishes, "
                                 "or pin it with --ca)"
                               : ", the CA given)"));
  }

  bool checkAudit() {
    const std::string name = "audit excerpt";
    auto text = readText(bag_ / "data" / "audit.json");
    if (!text) return pass(name, "no audit excerpt in this bag");
    const json doc = json::parse(*text, nullptr, false);
    if (!doc.is_object() || !doc.contains("events") || !doc["events"].is_array()) {
      return fail(name, "data/audit.json is not an audit excerpt");
    }
    domain::AuditChainHasher hasher;
    std::int64_t last = 0;
    int count = 0;
    for (const auto& e : doc["events"]) {
      domain::AuditEvent event;
      try {
        event.seq = e.at("seq").get<std::int64_t>();
        event.time = domain::auditTimeFromMicros(e.at("time_micros").get<std::int64_t>());
        event.actorId = e.at("actor_id").get<std::string>();
        event.actorUsername = e.at("actor_username").get<std::string>();
        event.action = e.at("action").get<std::string>();
        event.objectType = e.at("object_type").get<std::string>();
        event.objectId = e.at("object_id").get<std::string>();
        event.officeId = e.at("office_id").get<std::string>();
        event.clientAddress = e.at("client_address").get<std::string>();
        event.outcome = domain::auditOutcomeFromText(e.at("outcome").get<std::string>());
        event.detailsJson = e.at("details").get<std::string>();
        event.prevHash = e.at("prev_hash").get<std::string>();
        event.hash = e.at("hash").get<std::string>();
      } catch (const json::exception& error) {
        return fail(name, "data/audit.json: event " + std::to_string(count + 1) +
                              " is incomplete (" + error.what() + ")");
      }
      if (event.seq <= last)
        return fail(
            name, "data/audit.json: events out of order at sequence " + std::to_string(event.seq));
      auto hash = hasher.hashHex(event.prevHash, event);
      if (!hash || *hash != event.hash) {
        return fail(name, "data/audit.json: event " + std::to_string(event.seq) + " (" +
                              event.action +
                              ") does not hash to the hash it carries: it was changed");
      }
      last = event.seq;
      ++count;
    }
    const auto exported = info_.find("Audientia-Audit-Sequence");
    std::string tail;
    if (exported != info_.end())
      tail = "; the export itself is event " + exported->second + " of the trail";
    return pass(name,
                std::to_string(count) +
                    " events, each hash recomputed from its content and its predecessor's hash" +
                    tail);
  }

  bool checkCaptures() {
    std::error_code error;
    const fs::path recordings = bag_ / "data" / "recordings";
    if (!fs::is_directory(recordings, error)) return true;
    for (const auto& entry : fs::directory_iterator(recordings, error)) {
      const fs::path manifestPath = entry.path() / media::kManifestFileName;
      if (!fs::is_regular_file(manifestPath, error)) continue;
      const std::string name = "capture " + entry.path().filename().string();
      auto text = readText(manifestPath);
      auto manifest = media::manifestFromJson(*text);
      if (!manifest)
        return fail(name, "its manifest cannot be read: " + manifest.error().message());
      auto problems = media::checkManifestChain(*manifest);
      if (!problems.empty())
        return fail(name, problems.front().file + ": " + problems.front().detail);
      for (const auto& segment : manifest->segments) {
        const std::string path = fs::relative(entry.path() / segment.file, bag_).generic_string();
        const auto it = sha256_.find(path);
        if (it == sha256_.end())
          return fail(name, "segment " + std::to_string(segment.sequence) + " (" + segment.file +
                                ") is missing");
        if (it->second != segment.sha256) {
          return fail(name, segment.file + " is not segment " + std::to_string(segment.sequence) +
                                " as sealed (reordered or changed): its SHA-256 is " + it->second);
        }
      }
      pass(name, std::to_string(manifest->segments.size()) +
                     " segments present in order, chain and seal " + manifest->seal + " intact");
    }
    return true;
  }

  fs::path bag_;
  VerifyOptions options_;
  BagReport report_;
  std::map<std::string, std::string> info_;
  std::map<std::string, std::string> sha256_;  // payload path -> its SHA-256, as computed
};

}  // namespace

bool BagReport::ok() const {
  if (checks.empty()) return false;
  for (const auto& check : checks) {
    if (!check.ok) return false;
  }
  return true;
}

std::string BagReport::firstFailure() const {
  for (const auto& check : checks) {
    if (!check.ok) return check.name + ": " + check.detail;
  }
  return {};
}

BagReport verifyBag(const fs::path& bag, const VerifyOptions& options) {
  return Verifier(bag, options).run();
}

std::string reportText(const BagReport& report) {
  std::string out = "Evidence package " + report.path.string() + "\n";
  for (const auto& check : report.checks) {
    out += std::string(check.ok ? "  ok      " : "  FAILED  ") + check.name + ": " + check.detail +
           "\n";
  }
  out += report.ok() ? "INTACT AND SIGNED: every check passed.\n"
                     : "NOT INTACT: " + report.firstFailure() + "\n";
  return out;
}

std::string reportJson(const BagReport& report) {
  json checks = json::array();
  for (const auto& check : report.checks) {
    checks.push_back({{"check", check.name}, {"ok", check.ok}, {"detail", check.detail}});
  }
  json out = {{"path", report.path.string()}, {"ok", report.ok()}, {"checks", checks}};
  if (!report.ok()) out["first_failure"] = report.firstFailure();
  return out.dump(2) + "\n";
}

}  // namespace audientia::verify
