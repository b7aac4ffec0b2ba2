#pragma once

// The evidence package of a hearing: a BagIt bag (RFC 8493, version 1.0) that anyone can check
// offline (docs/export.md). Payload (data/): each recording's files exactly as sealed and stored
// (a capture's segments and manifest under data/recordings/<id>/ as the capture directory held
// them; a file's original), the hearing as JSON, the annotations with every revision, and the
// audit events about the hearing, its recordings and annotations with their chain hashes, and
// the hearing report (data/report.pdf). Tag
// files: bagit.txt, bag-info.txt (organisation, date, who exported and why, the case number,
// the export's audit sequence), manifest-sha256.txt and manifest-sha512.txt (two spaces, LF),
// tagmanifest-sha256.txt and tagmanifest-sha512.txt, and signatures/: a detached CMS signature
// of tagmanifest-sha256.txt by the evidence signing key, with its certificate and the CA's.
//
// prepare() checks the caller and the sources and settles the payload and manifest-sha256.txt
// (the SHA-256s come from the store, not recomputed, and so do the SHA-512s the processing job
// kept); write() then streams every file to a sink, reading stored objects once (a SHA-512 not
// kept yet is computed on the way, and kept), so that nothing is copied on the server and its
// memory stays flat whatever the size.

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "app/export/clip_export.h"
#include "app/export/hearing_report.h"
#include "app/export/package_signature.h"
#include "app/hearings/hearing_service.h"
#include "audientia/base/expected.h"
#include "ports/annotation_repositories.h"
#include "ports/audit_log.h"
#include "ports/keeping_repositories.h"
#include "ports/media_store.h"

namespace audientia::app {

// Where a package's files go, in order: each file is announced, then its bytes follow.
class PackageSink {
 public:
  virtual ~PackageSink() = default;
  virtual Status beginFile(const std::string& path, std::int64_t sizeBytes) = 0;
  virtual Status write(std::string_view data) = 0;
};

struct PackageEntry {
  std::string path;  // "data/recordings/<id>/segment-00001.mp4"
  std::int64_t sizeBytes = 0;
  std::string sha256;               // lower-case hex
  std::string sha512;               // as kept for the stored object; "" when it must be computed
  std::string storeKey;             // a stored object, or
  std::string content;              // bytes made for the package (JSON, the report), or
  std::filesystem::path localFile;  // a file made for it (a clip), alive as long as the Package
};

struct PackageRequest {
  std::string hearingId;
  std::string reason;
  std::string language;                   // of data/report.pdf: "en" ("" too) or "ro"
  std::vector<std::string> recordingIds;  // whose files go in; empty: every recording
  std::vector<ClipRequest> clips;         // cut into data/clips/ (at most kMaxPackageClips)
  bool reverify = false;  // hash every stored file while it is sent (write() checks them)
};

constexpr std::size_t kMaxPackageClips = 20;

class Package {
 public:
  std::string hearingId;
  std::string caseNumber;
  std::string officeId;
  std::string reason;
  std::string exporter;  // username
  std::vector<PackageEntry> payload;
  std::vector<std::unique_ptr<Clip>> clips;  // the files of data/clips/
  std::string manifestSha256;                // manifest-sha256.txt
  std::int64_t payloadBytes = 0;
  bool reverify = false;  // write() hashes each stored file and refuses one that changed
  // SHA-256 of manifest-sha256.txt: names exactly this payload (the audit trail records it).
  std::string digest() const;
  // "808-P-2026_evidence".
  std::string directoryName() const;
};

class PackageExport {
 public:
  PackageExport(HearingService& hearings, ports::RecordingRepository& recordings,
                ports::AnnotationRepository& annotations, ports::AuditLog& audit,
                ports::MediaStore& store, ports::FixityRepository& fixity, HearingReport& reports,
                ClipExport& clips, SigningKey signing, std::string organisation)
      : hearings_(hearings),
        recordings_(recordings),
        annotations_(annotations),
        audit_(audit),
        store_(store),
        fixity_(fixity),
        reports_(reports),
        clips_(clips),
        signing_(std::move(signing)),
        organisation_(std::move(organisation)) {}

  // The payload carries the hearing report (data/report.pdf) in `language` (en, ro) as of now.
  // Clips are cut as ExportClip cuts them and listed, with their sources, in data/clips.json.
  // kInvalidArgument: no reason given, another language, a recording or clip not of this
  // hearing, a clip range refused, too many clips; kNotFound: no such hearing in the caller's
  // scope; kFailedPrecondition: a recording not yet verified, or a stored file that failed its
  // last fixity check. officeId receives the hearing's office as soon as it is known.
  Expected<std::unique_ptr<Package>> prepare(const domain::User& caller,
                                             const PackageRequest& request, domain::Timestamp now,
                                             std::string* officeId = nullptr);
  // Streams the bag to sink: payload, then tag files, the signature last. auditSequence is the
  // export's event (bag-info.txt names it).
  Status write(const Package& package, std::int64_t auditSequence, domain::Timestamp now,
               PackageSink& sink);

 private:
  HearingService& hearings_;
  ports::RecordingRepository& recordings_;
  ports::AnnotationRepository& annotations_;
  ports::AuditLog& audit_;
  ports::MediaStore& store_;
  ports::FixityRepository& fixity_;
  HearingReport& reports_;
  ClipExport& clips_;
  SigningKey signing_;
  std::string organisation_;
};

}  // namespace audientia::app
