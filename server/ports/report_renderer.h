#pragma once

// The hearing report (the draft "proces-verbal"): what goes into it, as plain data gathered by
// app::HearingReport, and the port that lays it out as a PDF (server/report_pdf: Pango and
// Cairo). The renderer formats times, kinds and labels in the report's language.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "audientia/base/expected.h"
#include "domain/entities.h"
#include "ports/media_processor.h"

namespace audientia::ports {

struct ReportRecording {
  std::string id;
  std::string fileName;
  domain::RecordingKind kind = domain::RecordingKind::kFile;
  domain::RecordingState state = domain::RecordingState::kUnspecified;
  std::int64_t durationMs = 0;
  std::int64_t sizeBytes = 0;
  std::string sha256;       // of the uploaded file (a capture: of its sealed manifest)
  std::string captureSeal;  // a capture's seal digest
  std::string wallStart;    // ISO 8601 UTC; "" when unknown (a file upload)
  std::string wallEnd;
  int cameras = 0;
  int microphones = 0;
  std::vector<std::string> cameraNames;  // a capture's video devices, in stream order
  std::vector<domain::RecordingGap> gaps;
  std::vector<CameraPicture> pictures;  // one per camera
  struct File {
    std::string name;
    std::int64_t sizeBytes = 0;
    std::string sha256;
  };
  std::vector<File> evidenceFiles;  // a capture's segments and manifest, a file's original
};

struct ReportAnnotation {
  int recording = 0;  // index into recordings
  std::int64_t startMs = 0;
  std::optional<std::int64_t> endMs;
  std::string kind;
  std::string text;
  std::string author;
  bool fromCapture = false;
  int revision = 1;
};

struct HearingReportData {
  std::string language;  // "en" | "ro"
  domain::Hearing hearing;
  std::string officeName;
  std::string prosecutor;  // who prepared the hearing (username)
  std::string organisation;
  std::vector<ReportRecording> recordings;
  std::vector<ReportAnnotation> annotations;  // live ones, in recording then time order
  std::string generatedBy;
  domain::Timestamp generatedAt;
};

class ReportRenderer {
 public:
  virtual ~ReportRenderer() = default;
  // The report as a PDF with real (searchable, copyable) text. kInvalidArgument for a language
  // it has no texts for.
  virtual Expected<std::string> renderPdf(const HearingReportData& report) = 0;
};

}  // namespace audientia::ports
