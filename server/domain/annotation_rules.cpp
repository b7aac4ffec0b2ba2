#include "domain/annotation_rules.h"

#include <cstdio>
#include <string>

#include "domain/rules.h"

namespace audientia::domain {
namespace {

std::string clock(std::int64_t ms) {
  const std::int64_t seconds = ms / 1000;
  char text[32];
  std::snprintf(text, sizeof text, "%lld:%02lld:%02lld", static_cast<long long>(seconds / 3600),
                static_cast<long long>(seconds / 60 % 60), static_cast<long long>(seconds % 60));
  return text;
}

}  // namespace

Status validateAnnotationKind(std::string_view kind) {
  if (kind.empty()) return invalidArgument("kind is required (question, answer, note, ...)");
  bool valid = kind.size() <= kMaxAnnotationKindChars && kind.front() >= 'a' && kind.front() <= 'z';
  for (char c : kind) {
    valid = valid && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-');
  }
  if (!valid) {
    return invalidArgument("kind \"" + std::string(kind.substr(0, 40)) +
                           "\" is not a kind: use 1 to 32 lower-case letters, digits, '_' or '-' "
                           "starting with a letter (question, answer, objection, exhibit, note)");
  }
  return ok();
}

Status validateAnnotationText(std::string_view text) {
  auto length = utf8Length(text);
  if (!length) return invalidArgument("text is not valid UTF-8");
  if (*length > kMaxAnnotationTextChars) {
    return invalidArgument("text: at most " + std::to_string(kMaxAnnotationTextChars) +
                           " characters (this one has " + std::to_string(*length) + ")");
  }
  if (text.find('\0') != std::string_view::npos) return invalidArgument("text contains NUL");
  return ok();
}

Status validateNewAnnotation(const NewAnnotation& annotation,
                             std::optional<std::int64_t> durationMs) {
  AUDIENTIA_TRY_STATUS(validateAnnotationKind(annotation.kind));
  AUDIENTIA_TRY_STATUS(validateAnnotationText(annotation.text));
  if (annotation.startMs < 0) return invalidArgument("start_ms must not be negative");
  if (annotation.endMs && *annotation.endMs < annotation.startMs) {
    return invalidArgument("the range ends (" + clock(*annotation.endMs) + ") before it starts (" +
                           clock(annotation.startMs) + ")");
  }
  if (durationMs && *durationMs > 0) {
    const std::int64_t last = annotation.endMs.value_or(annotation.startMs);
    if (last > *durationMs) {
      return invalidArgument(clock(last) + " is past the end of the recording (" +
                             clock(*durationMs) + ")");
    }
  }
  return ok();
}

Status validateSearchQuery(const SearchQuery& query) {
  auto length = utf8Length(query.text);
  if (!length) return invalidArgument("query is not valid UTF-8");
  if (*length > kMaxSearchQueryChars) {
    return invalidArgument("query: at most " + std::to_string(kMaxSearchQueryChars) +
                           " characters (this one has " + std::to_string(*length) + ")");
  }
  if (query.from && query.to && *query.to < *query.from) {
    return invalidArgument("the date range is backwards: \"to\" comes before \"from\"");
  }
  if (!query.prosecutorId.empty() && !isUuid(query.prosecutorId)) {
    return invalidArgument("prosecutor_id is not a user id");
  }
  if (query.participantRole.size() > kMaxParticipantRoleChars) {
    return invalidArgument("participant_role: at most " + std::to_string(kMaxParticipantRoleChars) +
                           " characters");
  }
  const bool blank = query.text.find_first_not_of(" \t") == std::string::npos;
  const bool filtered = query.kind != HearingKind::kUnspecified || query.from || query.to ||
                        !query.prosecutorId.empty() || !query.participantRole.empty() ||
                        query.hasRecording || query.status != HearingStatus::kUnspecified;
  if (blank && !filtered) {
    return invalidArgument("type words to search for, or choose a filter");
  }
  return ok();
}

std::string_view annotationChangeName(AnnotationChange change) {
  switch (change) {
    case AnnotationChange::kCreate:
      return "create";
    case AnnotationChange::kEdit:
      return "edit";
    case AnnotationChange::kDelete:
      return "delete";
    case AnnotationChange::kUnspecified:
      break;
  }
  return "";
}

}  // namespace audientia::domain
