#pragma once

// Annotations on recordings with their revisions, and the search over hearings and
// annotations. Plain data; the rules are in annotation_rules.h.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/entities.h"

namespace audientia::domain {

struct Annotation {
  std::string id;
  std::string recordingId;
  std::string hearingId;
  std::string officeId;
  std::string kind;
  std::int64_t startMs = 0;
  std::optional<std::int64_t> endMs;  // a range; nullopt for a moment
  std::string text;
  std::optional<Timestamp> wallTime;  // from the capture: when the marker was stamped
  bool fromCapture = false;
  std::optional<int> captureIndex;
  int revision = 1;
  bool deleted = false;
  std::string authorId;
  std::string authorUsername;
  Timestamp createdAt;
  std::string updatedBy;
  std::string updatedByUsername;
  Timestamp updatedAt;
};

struct NewAnnotation {
  std::string recordingId;
  std::int64_t startMs = 0;
  std::optional<std::int64_t> endMs;
  std::string kind;
  std::string text;
  std::string authorId;  // set from the caller
};

enum class AnnotationChange { kUnspecified = 0, kCreate, kEdit, kDelete };

struct AnnotationRevision {
  std::string annotationId;
  int revision = 0;
  AnnotationChange change = AnnotationChange::kUnspecified;
  std::string kind;
  std::int64_t startMs = 0;
  std::optional<std::int64_t> endMs;
  std::string text;
  std::string changedBy;
  std::string changedByUsername;
  Timestamp changedAt;
};

// An edit or a deletion: what changes, by whom, against which revision.
struct AnnotationUpdate {
  std::string annotationId;
  std::optional<std::string> text;
  std::optional<std::string> kind;
  bool remove = false;
  int expectedRevision = 0;  // 0: whatever the current one is
  std::string userId;
};

struct SearchQuery {
  std::string text;
  std::vector<std::string> officeIds;  // the offices searched (already within the caller's scope)
  HearingKind kind = HearingKind::kUnspecified;
  std::optional<Timestamp> from;
  std::optional<Timestamp> to;
  std::string prosecutorId;
  std::string participantRole;
  bool hasRecording = false;
  HearingStatus status = HearingStatus::kUnspecified;
  int limit = 20;
  std::string cursor;
};

enum class SearchField { kUnspecified = 0, kHearing, kCaseNumber, kAnnotation };

struct SearchHit {
  Hearing hearing;
  SearchField field = SearchField::kUnspecified;
  std::string snippet;  // matches between kMatchStart and kMatchEnd
  float rank = 0;
  std::string annotationId;
  std::string recordingId;
  std::int64_t atMs = 0;
  std::string annotationKind;
};

// The marks around each match in a snippet (U+E000, U+E001: private use).
inline constexpr const char* kMatchStart = "\xEE\x80\x80";
inline constexpr const char* kMatchEnd = "\xEE\x80\x81";

struct SearchPage {
  std::vector<SearchHit> hits;
  std::string nextCursor;
};

}  // namespace audientia::domain
