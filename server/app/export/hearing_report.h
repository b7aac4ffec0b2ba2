#pragma once

// The hearing report (a draft of the "proces-verbal"): case, office, kind, participants,
// prosecutor, when the recording started and ended, pauses with their reasons and
// interruptions, each recording with its duration, SHA-256 and seal, the annotations as a timed
// list and a picture of each camera, as a PDF in the caller's language (en, ro), laid out by a
// ports::ReportRenderer. Making one is a permission of its own (Action::kExportReport); the
// evidence package carries one too (PackageExport).

#include <cstdint>
#include <filesystem>
#include <string>

#include "app/hearings/hearing_service.h"
#include "audientia/base/expected.h"
#include "ports/annotation_repositories.h"
#include "ports/media_processor.h"
#include "ports/media_store.h"
#include "ports/report_renderer.h"
#include "ports/repositories.h"

namespace audientia::app {

struct HearingReportFile {
  std::string hearingId;
  std::string caseNumber;
  std::string officeId;
  std::string language;
  std::string pdf;
  std::string sha256;
  std::string fileName;  // "808-P-2026_report_ro.pdf"
};

class HearingReport {
 public:
  HearingReport(HearingService& hearings, ports::OfficeRepository& offices,
                ports::UserRepository& users, ports::AnnotationRepository& annotations,
                ports::MediaStore& store, ports::MediaProcessor& media,
                ports::ReportRenderer& renderer, std::filesystem::path workDir,
                std::string organisation)
      : hearings_(hearings),
        offices_(offices),
        users_(users),
        annotations_(annotations),
        store_(store),
        media_(media),
        renderer_(renderer),
        workDir_(std::move(workDir)),
        organisation_(std::move(organisation)) {}

  // kInvalidArgument: a language other than en and ro; kNotFound: no such hearing in the
  // caller's scope; PERMISSION_DENIED for roles that may not export. officeId receives the
  // hearing's office as soon as it is known.
  Expected<HearingReportFile> make(const domain::User& caller, const std::string& hearingId,
                                   const std::string& language, domain::Timestamp now,
                                   std::string* officeId = nullptr);
  // The same for a hearing already checked and read (the evidence package's copy).
  Expected<HearingReportFile> make(const domain::User& caller, const HearingWithRecordings& found,
                                   const std::string& language, domain::Timestamp now);

 private:
  Expected<ports::ReportRecording> recordingOf(const domain::Recording& recording);

  HearingService& hearings_;
  ports::OfficeRepository& offices_;
  ports::UserRepository& users_;
  ports::AnnotationRepository& annotations_;
  ports::MediaStore& store_;
  ports::MediaProcessor& media_;
  ports::ReportRenderer& renderer_;
  std::filesystem::path workDir_;
  std::string organisation_;
};

// "en" or "ro"; "" means en. kInvalidArgument otherwise.
Expected<std::string> reportLanguage(const std::string& asked);

}  // namespace audientia::app
