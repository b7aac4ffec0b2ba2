#pragma once

// The hearing report's words in each language it is written in (en, ro). Names of kinds and
// roles the platform knows are translated; anything else (participants' roles as typed,
// annotation kinds of another office's vocabulary) is printed as given.

#include <string>
#include <string_view>

#include "domain/entities.h"

namespace audientia::report {

struct ReportTexts {
  const char* language;
  const char* title;
  const char* draft;
  const char* hearingSection;
  const char* caseNumber;
  const char* kind;
  const char* subject;
  const char* office;
  const char* location;
  const char* prosecutor;
  const char* status;
  const char* statusOpen;
  const char* statusClosed;
  const char* prepared;
  const char* started;
  const char* ended;
  const char* recordedFor;
  const char* participantsSection;
  const char* noParticipants;
  const char* recordingsSection;
  const char* noRecordings;
  const char* recording;  // "Recording %d"
  const char* capture;
  const char* uploadedFile;
  const char* duration;
  const char* size;
  const char* cameras;
  const char* microphones;
  const char* sha256;
  const char* seal;
  const char* notSealed;
  const char* stateNotReady;
  const char* stateFailed;
  const char* gapsSection;
  const char* noGaps;
  const char* pause;
  const char* interruption;
  const char* notResumed;
  const char* atMedia;  // "at %s in the recording"
  const char* noReason;
  const char* annotationsSection;
  const char* noAnnotations;
  const char* fromCapture;
  const char* edited;  // "revised %d times"
  const char* picturesSection;
  const char* noPictures;
  const char* camera;  // "camera %d"
  const char* filesSection;
  const char* filesIntro;
  const char* closing;  // "%1 draft generated on %2 by %3 for %4."
  const char* footer;   // "Case %1 · page %2 of %3"
  const char* unknown;
  const char* bytes;
};

// The texts for "en" or "ro"; nullptr for any other language.
const ReportTexts* reportTexts(std::string_view language);

std::string hearingKindText(const ReportTexts& texts, domain::HearingKind kind);
std::string participantRoleText(const ReportTexts& texts, const std::string& role);
std::string annotationKindText(const ReportTexts& texts, const std::string& kind);

}  // namespace audientia::report
