#include "app/export/package_export.h"

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <nlohmann/json.hpp>
#include <vector>

#include "app/common/object_chunks.h"
#include "app/export/package_clips.h"
#include "app/hearings/recording_service.h"
#include "audientia/base/sha256.h"
#include "audientia/base/sha512.h"
#include "domain/annotation_rules.h"
#include "domain/audit_chain.h"
#include "domain/rules.h"

namespace audientia::app {
namespace {

using nlohmann::json;

constexpr std::size_t kChunkBytes = 1 << 20;

std::string sha256Hex(std::string_view data) {
  return toHex(Sha256::of(data));
}

std::string isoTime(domain::Timestamp time) {
  const std::time_t seconds = std::chrono::system_clock::to_time_t(time);
  std::tm tm{};
  ::gmtime_r(&seconds, &tm);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return text;
}

// A name safe in a bag and in `sha256sum -c`: letters, digits, '.', '_' and '-' only.
std::string safeName(const std::string& name) {
  std::string out;
  for (char c : name) {
    const bool plain = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                       c == '.' || c == '_' || c == '-';
    out += plain ? c : '_';
  }
  if (out.empty() || out.front() == '.') out.insert(out.begin(), '_');
  return out;
}

std::string_view stateName(domain::RecordingState state) {
  switch (state) {
    case domain::RecordingState::kUploading:
      return "uploading";
    case domain::RecordingState::kVerifying:
      return "verifying";
    case domain::RecordingState::kProcessing:
      return "processing";
    case domain::RecordingState::kAvailable:
      return "available";
    case domain::RecordingState::kFailed:
      return "failed";
    default:
      return "unspecified";
  }
}

// A recording's files that go into the package: what was sealed and stored, as uploaded.
bool isEvidence(domain::FileRole role) {
  return role == domain::FileRole::kOriginal || role == domain::FileRole::kSegment ||
         role == domain::FileRole::kManifest;
}

json hearingJson(const HearingWithRecordings& found) {
  const domain::Hearing& h = found.hearing;
  json participants = json::array();
  for (const auto& p : h.participants) participants.push_back({{"role", p.role}, {"name", p.name}});
  json recordings = json::array();
  for (const auto& r : found.recordings) {
    json files = json::array();
    for (const auto& f : r.files) {
      if (f.role == domain::FileRole::kThumbnail) continue;
      files.push_back({{"role", fileRoleName(f.role)},
                       {"sequence", f.sequence},
                       {"file_name", f.fileName},
                       {"size_bytes", f.sizeBytes},
                       {"sha256", f.sha256},
                       {"media_time_ms", f.mediaTimeMs},
                       {"duration_ms", f.durationMs}});
    }
    json gaps = json::array();
    for (const auto& g : r.gaps) {
      gaps.push_back({{"kind", g.kind == domain::GapKind::kPause ? "pause" : "interruption"},
                      {"reason", g.reason},
                      {"wall_start", g.wallStart},
                      {"wall_end", g.wallEnd},
                      {"media_time_ms", g.mediaTimeMs}});
    }
    recordings.push_back({{"id", r.id},
                          {"kind", r.kind == domain::RecordingKind::kCapture ? "capture" : "file"},
                          {"file_name", r.fileName},
                          {"size_bytes", r.sizeBytes},
                          {"sha256", r.sha256},
                          {"state", stateName(r.state)},
                          {"duration_ms", r.mediaInfo ? r.mediaInfo->duration.count() : 0},
                          {"capture_seal", r.captureSeal},
                          {"uploaded_by", r.uploadedBy},
                          {"created_at", isoTime(r.createdAt)},
                          {"gaps", gaps},
                          {"files", files}});
  }
  return {{"id", h.id},
          {"case_number", h.caseNumber},
          {"office_id", h.officeId},
          {"kind", domain::hearingKindName(h.kind)},
          {"title", h.title},
          {"location", h.location},
          {"status", h.status == domain::HearingStatus::kClosed ? "closed" : "open"},
          {"participants", participants},
          {"created_by", h.createdBy},
          {"created_at", isoTime(h.createdAt)},
          {"recordings", recordings}};
}

// A stored object read again for a package asked to re-verify: its bytes must still have the
// digests the store recorded (the SHA-512 only where one was kept).
Status checkReverified(const PackageEntry& entry, const std::string& sha256,
                       const std::string& sha512) {
  const bool same256 = sha256 == entry.sha256;
  if (same256 && (entry.sha512.empty() || sha512 == entry.sha512)) return ok();
  return Error(ErrorCode::kDataLoss,
               "the stored file " + entry.path + " no longer matches its " +
                   (same256 ? "SHA-512" : "SHA-256") +
                   " (the store's copy changed since it was recorded): the package was "
                   "abandoned; an administrator should run a fixity check (audientiactl "
                   "fixity run) and restore the file");
}

// One file written whole to the sink.
Status writeWhole(PackageSink& sink, const std::string& path, std::string_view content) {
  AUDIENTIA_TRY_STATUS(sink.beginFile(path, static_cast<std::int64_t>(content.size())));
  return sink.write(content);
}

}  // namespace

std::string Package::digest() const {
  return sha256Hex(manifestSha256);
}

std::string Package::directoryName() const {
  return safeName(caseNumber) + "_evidence";
}

Expected<std::unique_ptr<Package>> PackageExport::prepare(const domain::User& caller,
                                                          const PackageRequest& request,
                                                          domain::Timestamp now,
                                                          std::string* officeId) {
  const std::string& hearingId = request.hearingId;
  const std::string& reason = request.reason;
  if (reason.find_first_not_of(" \t\r\n") == std::string::npos) {
    return invalidArgument(
        "say why the package leaves the building (--reason): it is written "
        "into the package and the audit trail");
  }
  AUDIENTIA_TRY(std::string reportLang, reportLanguage(request.language));
  if (request.clips.size() > kMaxPackageClips) {
    return invalidArgument("at most " + std::to_string(kMaxPackageClips) +
                           " clips go into one package; export the others one by one");
  }
  // The export's own permission and scope first; then the hearing as its readers see it.
  if (auto allowed = hearings_.find(caller, hearingId, Action::kExportPackage); !allowed) {
    return allowed.error();
  }
  AUDIENTIA_TRY(HearingWithRecordings found, hearings_.get(caller, hearingId));
  if (officeId != nullptr) *officeId = found.hearing.officeId;
  auto package = std::make_unique<Package>();
  package->hearingId = found.hearing.id;
  package->caseNumber = found.hearing.caseNumber;
  package->officeId = found.hearing.officeId;
  package->reason = reason;
  package->exporter = caller.username;
  package->reverify = request.reverify;

  // The recordings' files as stored (those chosen, or all); none that is unverified or failed
  // its fixity check.
  AUDIENTIA_TRY_STATUS(checkChosenRecordings(found, request.recordingIds));
  for (const auto& recording : found.recordings) {
    if (!isChosen(recording.id, request.recordingIds)) continue;
    if (recording.state == domain::RecordingState::kUploading ||
        recording.state == domain::RecordingState::kVerifying) {
      return Error(ErrorCode::kFailedPrecondition,
                   "recording " + recording.id + " is still " +
                       std::string(stateName(recording.state)) +
                       ": export the package once every recording has arrived");
    }
    for (const auto& file : recording.files) {
      if (!isEvidence(file.role)) continue;
      AUDIENTIA_TRY(auto check, fixity_.lastCheck(file.sha256));
      if (check && !check->ok) {
        return Error(ErrorCode::kFailedPrecondition,
                     file.fileName + " of recording " + recording.id +
                         " failed its last fixity check (" + check->error +
                         "): the package cannot be exported until an administrator has dealt "
                         "with it");
      }
      const std::string name = safeName(file.fileName.empty() ? fileRoleName(file.role) + "-" +
                                                                    std::to_string(file.sequence)
                                                              : file.fileName);
      package->payload.push_back({"data/recordings/" + recording.id + "/" + name,
                                  file.sizeBytes,
                                  file.sha256,
                                  {},
                                  file.sha256,
                                  {},
                                  {}});
    }
  }

  // The hearing, the annotations with every revision, the audit events about them.
  json annotations = json::array();
  AUDIENTIA_TRY(auto listed, annotations_.listByHearing(found.hearing.id, {}));
  std::vector<std::string> objects = {found.hearing.id};
  for (const auto& recording : found.recordings) objects.push_back(recording.id);
  for (const auto& a : listed) {
    objects.push_back(a.id);
    json revisions = json::array();
    AUDIENTIA_TRY(auto history, annotations_.history(a.id));
    for (const auto& r : history) {
      revisions.push_back({{"revision", r.revision},
                           {"change", domain::annotationChangeName(r.change)},
                           {"kind", r.kind},
                           {"start_ms", r.startMs},
                           {"end_ms", r.endMs ? json(*r.endMs) : json(nullptr)},
                           {"text", r.text},
                           {"changed_by", r.changedByUsername},
                           {"changed_at", isoTime(r.changedAt)}});
    }
    annotations.push_back({{"id", a.id},
                           {"recording_id", a.recordingId},
                           {"kind", a.kind},
                           {"start_ms", a.startMs},
                           {"end_ms", a.endMs ? json(*a.endMs) : json(nullptr)},
                           {"text", a.text},
                           {"from_capture", a.fromCapture},
                           {"deleted", a.deleted},
                           {"author", a.authorUsername},
                           {"revision", a.revision},
                           {"history", revisions}});
  }
  std::vector<domain::AuditEvent> events;
  for (const auto& object : objects) {
    domain::AuditFilter filter;
    filter.objectId = object;
    domain::PageRequest page{1000, {}};
    do {
      AUDIENTIA_TRY(auto got, audit_.list(filter, page));
      events.insert(events.end(), got.items.begin(), got.items.end());
      page.pageToken = got.nextPageToken;
    } while (!page.pageToken.empty());
  }
  std::sort(events.begin(), events.end(),
            [](const auto& a, const auto& b) { return a.seq < b.seq; });
  events.erase(std::unique(events.begin(), events.end(),
                           [](const auto& a, const auto& b) { return a.seq == b.seq; }),
               events.end());
  json trail = json::array();
  for (const auto& e : events) {
    trail.push_back({{"seq", e.seq},
                     {"time_micros", domain::auditTimeMicros(e.time)},
                     {"time", isoTime(e.time)},
                     {"actor_id", e.actorId},
                     {"actor_username", e.actorUsername},
                     {"action", e.action},
                     {"object_type", e.objectType},
                     {"object_id", e.objectId},
                     {"office_id", e.officeId},
                     {"client_address", e.clientAddress},
                     {"outcome", domain::auditOutcomeToText(e.outcome)},
                     {"details", e.detailsJson},
                     {"prev_hash", e.prevHash},
                     {"hash", e.hash}});
  }
  const json audit = {{"encoding", std::string(domain::kAuditEncodingMagic)},
                      {"note",
                       "Each event's hash is SHA-256 of its prev_hash (32 bytes) and its "
                       "canonical encoding (docs/audit.md); the events are those about "
                       "the hearing, its recordings and its annotations."},
                      {"events", trail}};
  for (auto [path, document] :
       {std::pair{"data/hearing.json", hearingJson(found)},
        std::pair{"data/annotations.json", json{{"annotations", annotations}}},
        std::pair{"data/audit.json", audit}}) {
    std::string content = document.dump(2) + "\n";
    const auto size = static_cast<std::int64_t>(content.size());
    package->payload.push_back({path, size, sha256Hex(content), {}, {}, std::move(content), {}});
  }
  AUDIENTIA_TRY(auto clipEntries,
                cutPackageClips(clips_, caller, found.hearing.id, request.clips, package->clips));
  for (auto& entry : clipEntries) package->payload.push_back(std::move(entry));
  AUDIENTIA_TRY(HearingReportFile report, reports_.make(caller, found, reportLang, now));
  const auto reportSize = static_cast<std::int64_t>(report.pdf.size());
  package->payload.push_back(
      {"data/report.pdf", reportSize, report.sha256, {}, {}, std::move(report.pdf), {}});
  // The SHA-512s the processing job kept for the stored objects.
  std::vector<std::string> keys;
  for (const auto& entry : package->payload) {
    if (!entry.storeKey.empty()) keys.push_back(entry.storeKey);
  }
  AUDIENTIA_TRY(auto kept, recordings_.sha512Of(keys));
  for (auto& entry : package->payload) {
    if (auto at = kept.find(entry.storeKey); at != kept.end()) entry.sha512 = at->second;
  }
  for (const auto& entry : package->payload) {
    package->manifestSha256 += entry.sha256 + "  " + entry.path + "\n";
    package->payloadBytes += entry.sizeBytes;
  }
  return package;
}

Status PackageExport::write(const Package& package, std::int64_t auditSequence,
                            domain::Timestamp now, PackageSink& sink) {
  std::string manifest512;
  std::vector<char> buffer(kChunkBytes);
  for (const auto& entry : package.payload) {
    // A stored object's SHA-512 as kept, else computed while it is read (and kept). Asked to
    // re-verify, both digests of every stored object are computed and compared.
    const bool known = !entry.sha512.empty();
    const bool reverify = package.reverify && !entry.storeKey.empty();
    Sha512 sha512;
    Sha256 sha256;
    AUDIENTIA_TRY_STATUS(sink.beginFile(entry.path, entry.sizeBytes));
    if (!entry.localFile.empty()) {
      AUDIENTIA_TRY_STATUS(streamLocalFile(entry, buffer, sha512, sink));
    } else if (entry.storeKey.empty()) {
      sha512.update(entry.content);
      AUDIENTIA_TRY_STATUS(sink.write(entry.content));
    } else {
      AUDIENTIA_TRY(auto reader, store_.openReader(entry.storeKey));
      if (static_cast<std::int64_t>(reader->size()) != entry.sizeBytes) {
        return Error(ErrorCode::kDataLoss, "stored object " + entry.storeKey + " has " +
                                               std::to_string(reader->size()) + " bytes, " +
                                               std::to_string(entry.sizeBytes) + " recorded");
      }
      AUDIENTIA_TRY_STATUS(forEachChunk(
          *reader, std::as_writable_bytes(std::span(buffer)),
          [&](std::span<const std::byte> bytes) {
            const std::string_view chunk(reinterpret_cast<const char*>(bytes.data()), bytes.size());
            if (!known || reverify) sha512.update(chunk);
            if (reverify) sha256.update(chunk);
            return sink.write(chunk);
          }));
    }
    std::string digest = known && !reverify ? entry.sha512 : sha512.finishHex();
    if (reverify) AUDIENTIA_TRY_STATUS(checkReverified(entry, toHex(sha256.finish()), digest));
    if (!known && !entry.storeKey.empty()) {
      AUDIENTIA_TRY_STATUS(recordings_.recordSha512(entry.storeKey, digest));
    }
    manifest512 += digest + "  " + entry.path + "\n";
  }

  const std::string bagit = "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n";
  const std::string bagInfo =
      "Source-Organization: " + organisation_ + "\n" +
      "Bagging-Date: " + isoTime(now).substr(0, 10) + "\n" + "Bagging-Time: " + isoTime(now) +
      "\n" + "Contact-Name: " + package.exporter + "\n" +
      "External-Identifier: " + package.caseNumber + "\n" +
      "External-Description: Evidence package of hearing " + package.hearingId + "\n" +
      "Internal-Sender-Description: " + package.reason + "\n" +
      "Audientia-Hearing-Id: " + package.hearingId + "\n" +
      "Audientia-Audit-Sequence: " + std::to_string(auditSequence) + "\n" +
      "Audientia-Payload-Digest: " + package.digest() + "\n" +
      "Payload-Oxum: " + std::to_string(package.payloadBytes) + "." +
      std::to_string(package.payload.size()) + "\n";
  std::string tag256, tag512;
  for (auto [path, content] : {std::pair<std::string, const std::string*>{"bagit.txt", &bagit},
                               {"bag-info.txt", &bagInfo},
                               {"manifest-sha256.txt", &package.manifestSha256},
                               {"manifest-sha512.txt", &manifest512}}) {
    AUDIENTIA_TRY_STATUS(writeWhole(sink, path, *content));
    tag256 += sha256Hex(*content) + "  " + path + "\n";
    tag512 += Sha512::hexOf(*content) + "  " + path + "\n";
  }
  AUDIENTIA_TRY_STATUS(writeWhole(sink, "tagmanifest-sha256.txt", tag256));
  AUDIENTIA_TRY_STATUS(writeWhole(sink, "tagmanifest-sha512.txt", tag512));
  AUDIENTIA_TRY(std::string signature,
                signDetachedCms(tag256, signing_.certPem, signing_.keyPem, signing_.caCertPem));
  AUDIENTIA_TRY_STATUS(writeWhole(sink, "signatures/signer.pem", signing_.certPem));
  AUDIENTIA_TRY_STATUS(writeWhole(sink, "signatures/ca.pem", signing_.caCertPem));
  return writeWhole(sink, "signatures/tagmanifest-sha256.txt.p7s", signature);
}

}  // namespace audientia::app
