#pragma once

// The rules of the domain: what makes an entity valid, and the names of its enums.
// Every failure is kInvalidArgument with a message that names the field, in the API's
// spelling ("case_number is required", "participants[1].name: at most 200 characters").

#include <optional>
#include <string>
#include <string_view>

#include "audientia/base/expected.h"
#include "domain/entities.h"

namespace audientia::domain {

inline constexpr std::size_t kMaxOfficeNameChars = 200;
inline constexpr std::size_t kMaxCaseNumberChars = 100;
inline constexpr std::size_t kMaxTitleChars = 500;
inline constexpr std::size_t kMaxLocationChars = 500;
inline constexpr std::size_t kMaxParticipants = 100;
inline constexpr std::size_t kMaxParticipantRoleChars = 100;
inline constexpr std::size_t kMaxParticipantNameChars = 200;
inline constexpr std::size_t kMaxFileNameBytes = 255;
inline constexpr std::size_t kMaxIdBytes = 64;
inline constexpr int kDefaultPageSize = 100;
inline constexpr int kMaxPageSize = 1000;

// Text checks shared by the rules below. `field` is the API name of the field.
Status requireText(std::string_view field, std::string_view value, std::size_t maxChars);
Status optionalText(std::string_view field, std::string_view value, std::size_t maxChars);
// An identifier given by a client: required, printable ASCII, at most kMaxIdBytes.
Status validateId(std::string_view field, std::string_view value);

Status validateNewOffice(const NewOffice& office);
Status validateNewHearing(const NewHearing& hearing);
Status validateParticipant(std::size_t index, const Participant& participant);
// A plain file name: no directory parts ('/' or '\'), not "." or "..", no control
// characters, valid UTF-8, 1..255 bytes.
Status validateFileName(std::string_view fileName);
// 3..64 characters: lower-case letters, digits, '.', '_', '-'; starts with a letter.
Status validateUsername(std::string_view username);
// 12..1024 bytes.
Status validatePassword(std::string_view password);
// 0 means kDefaultPageSize; returns the effective size.
Expected<int> effectivePageSize(int requested);

// Number of Unicode code points in valid UTF-8 text; nullopt when the text is not valid UTF-8.
std::optional<std::size_t> utf8Length(std::string_view text);

// Names as the CLI and logs spell them: "admin", "prosecutor", "clerk", "auditor".
// True for the canonical 8-4-4-4-12 hex form of a uuid (either case).
bool isUuid(std::string_view text);

std::string_view roleName(Role role);
Expected<Role> parseRole(std::string_view name);
// "suspect", "defendant", "victim", "witness", "expert", "other".
std::string_view hearingKindName(HearingKind kind);
Expected<HearingKind> parseHearingKind(std::string_view name);

}  // namespace audientia::domain
