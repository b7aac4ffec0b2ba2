#pragma once

// The rules of annotations and search queries. Failures are kInvalidArgument naming the field
// in the API's spelling.

#include <optional>
#include <string_view>

#include "audientia/base/expected.h"
#include "domain/annotations.h"

namespace audientia::domain {

inline constexpr std::size_t kMaxAnnotationTextChars = 10000;
inline constexpr std::size_t kMaxAnnotationKindChars = 32;
inline constexpr std::size_t kMaxSearchQueryChars = 500;
inline constexpr int kDefaultSearchPageSize = 20;
inline constexpr int kMaxSearchPageSize = 100;

// A kind: 1..32 of lower-case ASCII letters, digits, '_' and '-', starting with a letter
// ("question", "exhibit", "note").
Status validateAnnotationKind(std::string_view kind);
Status validateAnnotationText(std::string_view text);
// Times and kind and text; durationMs (when known) bounds the times.
Status validateNewAnnotation(const NewAnnotation& annotation,
                             std::optional<std::int64_t> durationMs);
// Query text and filters (not the office scope, which the service resolves).
Status validateSearchQuery(const SearchQuery& query);

std::string_view annotationChangeName(AnnotationChange change);

}  // namespace audientia::domain
