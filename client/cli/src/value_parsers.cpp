#include "value_parsers.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <limits>

namespace audientia::cli {

namespace {

// Digits only: no sign, no spaces, no overflow.
bool parseNonNegative(const std::string& text, std::int64_t& out) {
  if (text.empty() || !std::all_of(text.begin(), text.end(),
                                   [](unsigned char c) { return std::isdigit(c) != 0; })) {
    return false;
  }
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), out);
  return error == std::errc() && end == text.data() + text.size();
}

std::string trim(const std::string& text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string::npos) return {};
  const auto last = text.find_last_not_of(" \t");
  return text.substr(first, last - first + 1);
}

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

}  // namespace

Expected<ByteRange> parseByteRange(const std::string& text) {
  const auto bad = [&text](const std::string& why) {
    return invalidArgument("bad --range '" + text + "': " + why +
                           " (expected START-END, e.g. 0-1023, or START- for the rest)");
  };
  const auto dash = text.find('-');
  if (dash == std::string::npos) return bad("no '-'");
  const std::string startText = text.substr(0, dash);
  const std::string endText = text.substr(dash + 1);
  if (startText.empty()) return bad("START is missing");
  std::int64_t start = 0;
  if (!parseNonNegative(startText, start)) return bad("START is not a byte offset");
  if (endText.empty()) return ByteRange{start, 0};
  std::int64_t end = 0;
  if (!parseNonNegative(endText, end)) return bad("END is not a byte offset");
  if (end < start) return bad("END is before START");
  if (end - start == std::numeric_limits<std::int64_t>::max()) return bad("range too large");
  return ByteRange{start, end - start + 1};
}

Expected<v1::HearingKind> parseHearingKind(const std::string& text) {
  const std::string name = lower(text);
  if (name == "suspect") return v1::HEARING_KIND_SUSPECT;
  if (name == "defendant") return v1::HEARING_KIND_DEFENDANT;
  if (name == "victim") return v1::HEARING_KIND_VICTIM;
  if (name == "witness") return v1::HEARING_KIND_WITNESS;
  if (name == "expert") return v1::HEARING_KIND_EXPERT;
  if (name == "other") return v1::HEARING_KIND_OTHER;
  return invalidArgument("bad --kind '" + text +
                         "' (expected suspect, defendant, victim, witness, expert or other)");
}

std::string hearingKindName(v1::HearingKind kind) {
  switch (kind) {
    case v1::HEARING_KIND_SUSPECT:
      return "suspect";
    case v1::HEARING_KIND_DEFENDANT:
      return "defendant";
    case v1::HEARING_KIND_VICTIM:
      return "victim";
    case v1::HEARING_KIND_WITNESS:
      return "witness";
    case v1::HEARING_KIND_EXPERT:
      return "expert";
    case v1::HEARING_KIND_OTHER:
      return "other";
    default:
      return "unspecified";
  }
}

Expected<v1::Participant> parseParticipant(const std::string& text) {
  const auto colon = text.find(':');
  if (colon == std::string::npos) {
    return invalidArgument("bad --participant '" + text + "' (expected ROLE:NAME)");
  }
  v1::Participant participant;
  participant.set_role(trim(text.substr(0, colon)));
  participant.set_name(trim(text.substr(colon + 1)));
  if (participant.role().empty() || participant.name().empty()) {
    return invalidArgument("bad --participant '" + text +
                           "': ROLE and NAME must both be non-empty (expected ROLE:NAME)");
  }
  return participant;
}

Status checkServerAddress(const std::string& text) {
  const auto bad = [&text](const std::string& why) {
    return invalidArgument("bad server address '" + text + "': " + why + " (expected HOST:PORT)");
  };
  const auto colon = text.rfind(':');
  if (colon == std::string::npos) return bad("no port");
  const std::string host = text.substr(0, colon);
  if (host.empty() || host == "[]") return bad("no host");
  if (host.front() == '[' && host.back() != ']') return bad("unclosed '['");
  std::int64_t port = 0;
  if (!parseNonNegative(text.substr(colon + 1), port) || port < 1 || port > 65535) {
    return bad("the port must be a number from 1 to 65535");
  }
  return ok();
}

}  // namespace audientia::cli
