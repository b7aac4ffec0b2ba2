#include "audientia/verify/bag_verifier.h"

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <sstream>
#include <system_error>

#include "audientia/base/sha256.h"
#include "audientia/media/capture_manifest.h"
#include "bag_signature.h"
#include "bag_source.h"
#include "bag_text.h"
#include "domain/audit_chain.h"

namespace audientia::verify {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// A file outside the bag (the CA given with --ca).
std::optional<std::string> readOutsideFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

class Verifier {
 public:
  Verifier(fs::path bag, VerifyOptions options)
      : bag_(std::move(bag)), options_(std::move(options)) {
    report_.path = bag_;
  }

  BagReport run() {
    (void)(checkBag() && checkPayload() && checkTagFiles() && checkSignature() && checkAudit() &&
           checkCaptures() && checkClips());
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

  // A whole file of the bag, or the check fails naming it: missing, or unreadable.
  std::optional<std::string> bagText(const std::string& check, const std::string& path,
                                     const std::string& missing) {
    auto text = source_->readText(path);
    if (text) return std::move(text).value();
    if (text.error().code() == ErrorCode::kNotFound) {
      fail(check, missing);
    } else {
      fail(check, text.error().message());
    }
    return std::nullopt;
  }

  // A file's digests, or the check fails: "<path> is missing (listed in <listedIn>)", or why it
  // cannot be read.
  std::optional<FileDigests> digestOf(const std::string& check, const std::string& path,
                                      const std::string& listedIn) {
    auto got = source_->digest(path);
    if (got) return std::move(got).value();
    if (got.error().code() == ErrorCode::kNotFound) {
      fail(check, path + " is missing (listed in " + listedIn + ")");
    } else {
      fail(check, got.error().message());
    }
    return std::nullopt;
  }

  bool checkBag() {
    auto opened = openBagSource(bag_);
    if (!opened) return fail("bag", opened.error().message());
    source_ = std::move(opened).value();
    const auto& files = source_->files();
    auto bagit = bagText("bag", "bagit.txt", "bagit.txt is missing: this is not a BagIt bag");
    if (!bagit) return false;
    if (bagit->find("BagIt-Version: 1.0") == std::string::npos) {
      return fail("bag", "bagit.txt does not declare BagIt-Version: 1.0");
    }
    auto info = bagText("bag", "bag-info.txt", "bag-info.txt is missing");
    if (!info) return false;
    info_ = parseBagInfo(*info);
    for (const char* file : {"manifest-sha256.txt", "tagmanifest-sha256.txt"}) {
      if (!files.count(file)) return fail("bag", std::string(file) + " is missing");
    }
    if (!source_->hasDirectory("data"))
      return fail("bag", "the payload directory data/ is missing");
    const std::string form = source_->form();
    return pass("bag", "BagIt 1.0" + (form.empty() ? "" : " (" + form + ")") + ", case " +
                           info_["External-Identifier"] + ", exported by " + info_["Contact-Name"] +
                           " on " + info_["Bagging-Date"] + " (" +
                           info_["Internal-Sender-Description"] + ")");
  }

  bool checkPayload() {
    const std::string name = "payload";
    std::string why;
    auto text256 = bagText(name, "manifest-sha256.txt", "manifest-sha256.txt is missing");
    if (!text256) return false;
    auto lines256 = parseManifest(*text256, 64, why);
    if (!lines256) return fail(name, "manifest-sha256.txt: " + why);
    std::map<std::string, std::string> want512;
    if (source_->files().count("manifest-sha512.txt")) {
      auto text512 = bagText(name, "manifest-sha512.txt", "manifest-sha512.txt is missing");
      if (!text512) return false;
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
      auto got = digestOf(name, path, "manifest-sha256.txt");
      if (!got) return false;
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
    for (const auto& path : source_->files()) {
      if (path.rfind("data/", 0) == 0 && !listed.count(path))
        return fail(name, path + " is in the bag but in no manifest (added)");
    }
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
      if (chars == 128 && !source_->files().count(file)) continue;
      auto text = bagText(name, file, std::string(file) + " is missing");
      if (!text) return false;
      auto lines = parseManifest(*text, chars, why);
      if (!lines) return fail(name, std::string(file) + ": " + why);
      std::set<std::string> listed;
      for (const auto& [digest, path] : *lines) {
        listed.insert(path);
        auto got = digestOf(name, path, file);
        if (!got) return false;
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
    auto signature =
        bagText(name, "signatures/tagmanifest-sha256.txt.p7s",
                "signatures/tagmanifest-sha256.txt.p7s is missing: the bag is not signed");
    if (!signature) return false;
    // The bag's own CA, or the one given (a file outside the bag).
    const bool ownCa = options_.caFile.empty();
    const std::string caLabel = ownCa ? "signatures/ca.pem" : options_.caFile.string();
    std::optional<std::string> caPem;
    if (ownCa) {
      caPem = bagText(name, caLabel, "the CA certificate signatures/ca.pem is missing");
      if (!caPem) return false;
    } else {
      caPem = readOutsideFile(options_.caFile);
      if (!caPem) return fail(name, "the CA certificate " + caLabel + " cannot be read");
    }
    auto content = bagText(name, "tagmanifest-sha256.txt", "tagmanifest-sha256.txt is missing");
    if (!content) return false;
    const SignatureCheck checked = checkDetachedSignature(*signature, *content, *caPem, caLabel);
    if (!checked.verified) return fail(name, checked.why);
    return pass(name, "tagmanifest-sha256.txt signed by \"" + checked.signer + "\", chained to \"" +
                          checked.caName + "\" (CA SHA-256 fingerprint " + checked.caFingerprint +
                          (options_.caFile.empty()
                               ? "; compare it with the one your prosecution service publishes, "
                                 "or pin it with --ca)"
                               : ", the CA given)"));
  }

  bool checkAudit() {
    const std::string name = "audit excerpt";
    if (!source_->files().count("data/audit.json")) {
      return pass(name, "no audit excerpt in this bag");
    }
    auto text = bagText(name, "data/audit.json", "data/audit.json is missing");
    if (!text) return false;
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

  // Each capture's sealed manifest.json in data/recordings/<id>/, against the payload's digests.
  bool checkCaptures() {
    const std::string prefix = "data/recordings/";
    const std::string suffix = "/" + std::string(media::kManifestFileName);
    for (const auto& file : source_->files()) {
      if (file.rfind(prefix, 0) != 0 || file.size() <= prefix.size() + suffix.size() ||
          file.compare(file.size() - suffix.size(), suffix.size(), suffix) != 0) {
        continue;
      }
      const std::string id =
          file.substr(prefix.size(), file.size() - prefix.size() - suffix.size());
      if (id.find('/') != std::string::npos) continue;
      const std::string name = "capture " + id;
      auto text = bagText(name, file, file + " is missing");
      if (!text) return false;
      auto manifest = media::manifestFromJson(*text);
      if (!manifest)
        return fail(name, "its manifest cannot be read: " + manifest.error().message());
      auto problems = media::checkManifestChain(*manifest);
      if (!problems.empty())
        return fail(name, problems.front().file + ": " + problems.front().detail);
      for (const auto& segment : manifest->segments) {
        const std::string path =
            (fs::path(prefix + id) / segment.file).lexically_normal().generic_string();
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

  // Each clip listed in data/clips.json is in the payload with its digest, and names as its
  // source a stored file of a recording of this hearing (data/hearing.json).
  bool checkClips() {
    const std::string name = "clips";
    if (!source_->files().count("data/clips.json")) return true;
    auto text = bagText(name, "data/clips.json", "data/clips.json is missing");
    auto hearing = bagText(name, "data/hearing.json", "data/hearing.json is missing");
    if (!text || !hearing) return false;
    const json clips = json::parse(*text, nullptr, false);
    const json facts = json::parse(*hearing, nullptr, false);
    if (!clips.is_object() || !clips.contains("clips") || !clips["clips"].is_array() ||
        !facts.is_object() || !facts.contains("recordings")) {
      return fail(name, "data/clips.json or data/hearing.json cannot be read");
    }
    std::set<std::pair<std::string, std::string>> sources;  // (recording, file SHA-256)
    for (const auto& recording : facts["recordings"]) {
      const std::string id = recording.value("id", "");
      sources.emplace(id, recording.value("sha256", ""));
      for (const auto& file : recording.value("files", json::array())) {
        sources.emplace(id, file.value("sha256", ""));
      }
    }
    int count = 0;
    for (const auto& clip : clips["clips"]) {
      const std::string file = clip.value("file", "");
      const auto listed = sha256_.find(file);
      if (listed == sha256_.end()) return fail(name, file + " is listed but not in the payload");
      if (listed->second != clip.value("sha256", "")) {
        return fail(name, file + " is not the clip data/clips.json describes (SHA-256 " +
                              listed->second + ")");
      }
      if (!sources.count({clip.value("recording_id", ""), clip.value("source_sha256", "")})) {
        return fail(name, file + " names as its source " + clip.value("source_sha256", "") +
                              ", which is no file of recording " + clip.value("recording_id", "") +
                              " of this hearing");
      }
      ++count;
    }
    return pass(name, count == 1 ? std::string("1 clip, in the payload and naming its source "
                                               "recording and file")
                                 : std::to_string(count) +
                                       " clips, each in the payload and naming its source "
                                       "recording and file");
  }

  fs::path bag_;
  VerifyOptions options_;
  std::unique_ptr<BagSource> source_;  // opened by checkBag()
  BagReport report_;
  std::map<std::string, std::string> info_;
  std::map<std::string, std::string> sha256_;  // payload path -> its SHA-256, as computed
};

}  // namespace

BagReport verifyBag(const fs::path& bag, const VerifyOptions& options) {
  return Verifier(bag, options).run();
}

}  // namespace audientia::verify
