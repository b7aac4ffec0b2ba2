#include "domain/rules.h"

#include <array>
#include <cstdint>
#include <utility>

namespace audientia::domain {
namespace {

std::string str(std::string_view text) {
  return std::string(text);
}

bool hasControlCharacter(std::string_view text) {
  for (char c : text) {
    auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte == 0x7f) return true;
  }
  return false;
}

constexpr std::array<std::pair<Role, std::string_view>, 4> kRoleNames{{
    {Role::kAdmin, "admin"},
    {Role::kProsecutor, "prosecutor"},
    {Role::kClerk, "clerk"},
    {Role::kAuditor, "auditor"},
}};

constexpr std::array<std::pair<HearingKind, std::string_view>, 6> kHearingKindNames{{
    {HearingKind::kSuspect, "suspect"},
    {HearingKind::kDefendant, "defendant"},
    {HearingKind::kVictim, "victim"},
    {HearingKind::kWitness, "witness"},
    {HearingKind::kExpert, "expert"},
    {HearingKind::kOther, "other"},
}};

}  // namespace

std::optional<std::size_t> utf8Length(std::string_view text) {
  std::size_t count = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    auto lead = static_cast<unsigned char>(text[i]);
    std::size_t extra = 0;
    std::uint32_t codePoint = 0;
    if (lead < 0x80) {
      codePoint = lead;
    } else if ((lead & 0xe0) == 0xc0) {
      extra = 1;
      codePoint = lead & 0x1f;
    } else if ((lead & 0xf0) == 0xe0) {
      extra = 2;
      codePoint = lead & 0x0f;
    } else if ((lead & 0xf8) == 0xf0) {
      extra = 3;
      codePoint = lead & 0x07;
    } else {
      return std::nullopt;
    }
    if (i + extra >= text.size()) return std::nullopt;  // truncated sequence
    for (std::size_t k = 1; k <= extra; ++k) {
      auto next = static_cast<unsigned char>(text[i + k]);
      if ((next & 0xc0) != 0x80) return std::nullopt;
      codePoint = (codePoint << 6) | (next & 0x3f);
    }
    // Overlong encodings, surrogates and values past U+10FFFF are not valid UTF-8.
    static constexpr std::array<std::uint32_t, 4> kMinimum{0, 0x80, 0x800, 0x10000};
    if (codePoint < kMinimum[extra] || codePoint > 0x10ffff ||
        (codePoint >= 0xd800 && codePoint <= 0xdfff)) {
      return std::nullopt;
    }
    i += extra + 1;
    ++count;
  }
  return count;
}

Status optionalText(std::string_view field, std::string_view value, std::size_t maxChars) {
  auto length = utf8Length(value);
  if (!length) return invalidArgument(str(field) + " must be valid UTF-8");
  if (*length > maxChars) {
    return invalidArgument(str(field) + ": at most " + std::to_string(maxChars) + " characters");
  }
  if (hasControlCharacter(value)) {
    return invalidArgument(str(field) + " must not contain control characters");
  }
  return ok();
}

Status requireText(std::string_view field, std::string_view value, std::size_t maxChars) {
  if (value.empty()) return invalidArgument(str(field) + " is required");
  AUDIENTIA_TRY_STATUS(optionalText(field, value, maxChars));
  if (value.find_first_not_of(' ') == std::string_view::npos) {
    return invalidArgument(str(field) + " must not be blank");
  }
  return ok();
}

Status validateId(std::string_view field, std::string_view value) {
  if (value.empty()) return invalidArgument(str(field) + " is required");
  if (value.size() > kMaxIdBytes) {
    return invalidArgument(str(field) + ": at most " + std::to_string(kMaxIdBytes) + " bytes");
  }
  for (char c : value) {
    auto byte = static_cast<unsigned char>(c);
    if (byte <= 0x20 || byte >= 0x7f) {
      return invalidArgument(str(field) + " is not a valid id");
    }
  }
  return ok();
}

Status validateNewOffice(const NewOffice& office) {
  AUDIENTIA_TRY_STATUS(requireText("name", office.name, kMaxOfficeNameChars));
  if (office.parentId) AUDIENTIA_TRY_STATUS(validateId("parent_id", *office.parentId));
  return ok();
}

Status validateParticipant(std::size_t index, const Participant& participant) {
  const std::string prefix = "participants[" + std::to_string(index) + "].";
  AUDIENTIA_TRY_STATUS(requireText(prefix + "role", participant.role, kMaxParticipantRoleChars));
  AUDIENTIA_TRY_STATUS(requireText(prefix + "name", participant.name, kMaxParticipantNameChars));
  return ok();
}

Status validateNewHearing(const NewHearing& hearing) {
  AUDIENTIA_TRY_STATUS(validateId("office_id", hearing.officeId));
  AUDIENTIA_TRY_STATUS(requireText("case_number", hearing.caseNumber, kMaxCaseNumberChars));
  if (hearing.kind == HearingKind::kUnspecified) {
    return invalidArgument(
        "kind must be specified (suspect, defendant, victim, witness, expert "
        "or other)");
  }
  if (hearingKindName(hearing.kind).empty()) return invalidArgument("kind is not a known kind");
  AUDIENTIA_TRY_STATUS(optionalText("title", hearing.title, kMaxTitleChars));
  AUDIENTIA_TRY_STATUS(optionalText("location", hearing.location, kMaxLocationChars));
  if (hearing.participants.size() > kMaxParticipants) {
    return invalidArgument("participants: at most " + std::to_string(kMaxParticipants));
  }
  for (std::size_t i = 0; i < hearing.participants.size(); ++i) {
    AUDIENTIA_TRY_STATUS(validateParticipant(i, hearing.participants[i]));
  }
  return ok();
}

Status validateFileName(std::string_view fileName) {
  if (fileName.empty()) return invalidArgument("file_name is required");
  if (fileName.size() > kMaxFileNameBytes) {
    return invalidArgument("file_name: at most " + std::to_string(kMaxFileNameBytes) + " bytes");
  }
  if (fileName.find('/') != std::string_view::npos ||
      fileName.find('\\') != std::string_view::npos) {
    return invalidArgument("file_name must be a plain name without directories ('/' or '\\')");
  }
  if (fileName == "." || fileName == "..") {
    return invalidArgument("file_name must be a plain name, not '.' or '..'");
  }
  if (hasControlCharacter(fileName)) {
    return invalidArgument("file_name must not contain control characters");
  }
  if (!utf8Length(fileName)) return invalidArgument("file_name must be valid UTF-8");
  return ok();
}

Status validateUsername(std::string_view username) {
  if (username.empty()) return invalidArgument("username is required");
  bool valid =
      username.size() >= 3 && username.size() <= 64 && username[0] >= 'a' && username[0] <= 'z';
  for (char c : username) {
    bool allowed =
        (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
    valid = valid && allowed;
  }
  if (!valid) {
    return invalidArgument(
        "username must be 3 to 64 characters of a-z, 0-9, '.', '_' or '-', "
        "starting with a letter");
  }
  return ok();
}

Status validatePassword(std::string_view password) {
  if (password.empty()) return invalidArgument("password is required");
  if (password.size() < 12) return invalidArgument("password: at least 12 characters");
  if (password.size() > 1024) return invalidArgument("password: at most 1024 bytes");
  return ok();
}

Expected<int> effectivePageSize(int requested) {
  if (requested < 0) return invalidArgument("page_size must not be negative");
  if (requested > kMaxPageSize) {
    return invalidArgument("page_size: at most " + std::to_string(kMaxPageSize));
  }
  return requested == 0 ? kDefaultPageSize : requested;
}

bool isUuid(std::string_view text) {
  if (text.size() != 36) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
    if (dash) {
      if (c != '-') return false;
    } else if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
      return false;
    }
  }
  return true;
}

std::string_view roleName(Role role) {
  for (const auto& [value, name] : kRoleNames) {
    if (value == role) return name;
  }
  return {};
}

Expected<Role> parseRole(std::string_view name) {
  for (const auto& [value, known] : kRoleNames) {
    if (known == name) return value;
  }
  return invalidArgument("role '" + str(name) +
                         "' is not one of admin, prosecutor, clerk, auditor");
}

std::string_view hearingKindName(HearingKind kind) {
  for (const auto& [value, name] : kHearingKindNames) {
    if (value == kind) return name;
  }
  return {};
}

Expected<HearingKind> parseHearingKind(std::string_view name) {
  for (const auto& [value, known] : kHearingKindNames) {
    if (known == name) return value;
  }
  return invalidArgument("kind '" + str(name) +
                         "' is not one of suspect, defendant, victim, witness, expert, other");
}

}  // namespace audientia::domain
