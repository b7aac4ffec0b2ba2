#include "value_parsers.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <initializer_list>
#include <limits>
#include <optional>

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

Expected<std::uint64_t> parseByteSize(const std::string& option, const std::string& text) {
  const auto bad = [&]() {
    return invalidArgument("bad --" + option + " '" + text +
                           "' (expected a number of bytes with an optional unit: 500KiB, 2MiB, "
                           "1GiB; K, M and G count 1024s too)");
  };
  std::size_t digits = 0;
  while (digits < text.size() && std::isdigit(static_cast<unsigned char>(text[digits])) != 0) {
    ++digits;
  }
  std::int64_t number = 0;
  if (!parseNonNegative(text.substr(0, digits), number) || number == 0) return bad();
  const std::string unit = lower(trim(text.substr(digits)));
  int shift = 0;
  if (unit.empty() || unit == "b") {
    shift = 0;
  } else if (unit == "k" || unit == "kib" || unit == "kb") {
    shift = 10;
  } else if (unit == "m" || unit == "mib" || unit == "mb") {
    shift = 20;
  } else if (unit == "g" || unit == "gib" || unit == "gb") {
    shift = 30;
  } else {
    return bad();
  }
  if (number > (std::numeric_limits<std::int64_t>::max() >> shift)) return bad();
  return static_cast<std::uint64_t>(number) << shift;
}

namespace {

// A positive number followed by a unit from units (unit text, factor); nullopt if malformed.
std::optional<double> scaled(const std::string& text,
                             std::initializer_list<std::pair<const char*, double>> units) {
  try {
    std::size_t used = 0;
    const double value = std::stod(text, &used);
    const std::string unit = text.substr(used);
    for (const auto& [name, factor] : units) {
      if (unit == name && value > 0) return value * factor;
    }
  } catch (const std::exception&) {
  }
  return std::nullopt;
}

}  // namespace

Expected<std::chrono::milliseconds> parseDuration(const std::string& option,
                                                  const std::string& text) {
  const auto ms = scaled(text, {{"ms", 1}, {"s", 1000}, {"", 1000}, {"m", 60000}, {"h", 3600000}});
  if (!ms || *ms < 1 || *ms > 1e12) {
    return invalidArgument("bad --" + option + " '" + text +
                           "' (expected a duration: 60s, 1500ms, 2m, 1h)");
  }
  return std::chrono::milliseconds(static_cast<std::int64_t>(*ms));
}

Expected<std::int64_t> parseMediaTime(const std::string& option, const std::string& text) {
  const Error bad = invalidArgument("bad --" + option + " '" + text +
                                    "' (expected seconds such as 754.5, or 12:34 or 1:02:03)");
  const std::string value = trim(text);
  if (value.empty() || value.size() > 32) return bad;
  double total = 0;
  std::size_t start = 0;
  int parts = 0;
  while (true) {
    const auto colon = value.find(':', start);
    const std::string part = value.substr(start, colon - start);
    const bool last = colon == std::string::npos;
    if (part.empty() ||
        part.find_first_not_of(last ? "0123456789." : "0123456789") != std::string::npos ||
        std::count(part.begin(), part.end(), '.') > 1 || part == ".") {
      return bad;
    }
    const double number = std::stod(part);
    if (parts > 0 && number >= 60) return bad;
    total = total * 60 + number;
    ++parts;
    if (last) break;
    if (parts == 3) return bad;
    start = colon + 1;
  }
  if (total > 1e9) return bad;
  return static_cast<std::int64_t>(total * 1000 + 0.5);
}

Expected<std::int64_t> parseBitRate(const std::string& option, const std::string& text) {
  const auto rate = scaled(text, {{"", 1}, {"k", 1e3}, {"M", 1e6}});
  if (!rate || *rate < 1 || *rate > 1e12) {
    return invalidArgument("bad --" + option + " '" + text +
                           "' (expected bits per second: 4M, 800k, 2000000)");
  }
  return static_cast<std::int64_t>(*rate);
}

Expected<FileSelector> parseFileSelector(const std::string& text) {
  const std::string name = lower(trim(text));
  const auto colon = name.find(':');
  const std::string role = name.substr(0, colon);
  FileSelector selector;
  if (colon != std::string::npos) {
    std::int64_t sequence = 0;
    if ((role != "segment" && role != "thumbnail") ||
        !parseNonNegative(name.substr(colon + 1), sequence) || sequence < 1 ||
        sequence > std::numeric_limits<int>::max()) {
      return invalidArgument("bad --file '" + text +
                             "' (segment:N and thumbnail:N take a number from 1)");
    }
    selector.sequence = static_cast<int>(sequence);
  }
  if (role == "master") {
    selector.role = v1::FILE_ROLE_MASTER;
  } else if (role == "original") {
    selector.role = v1::FILE_ROLE_ORIGINAL;
  } else if (role == "manifest") {
    selector.role = v1::FILE_ROLE_MANIFEST;
  } else if (role == "waveform") {
    selector.role = v1::FILE_ROLE_WAVEFORM;
  } else if (role == "segment" || role == "thumbnail") {
    if (colon == std::string::npos) {
      return invalidArgument("bad --file '" + text + "': say which one, e.g. " + role + ":1");
    }
    selector.role = role == "segment" ? v1::FILE_ROLE_SEGMENT : v1::FILE_ROLE_THUMBNAIL;
  } else {
    return invalidArgument("bad --file '" + text +
                           "' (expected master, original, manifest, waveform, segment:N or "
                           "thumbnail:N)");
  }
  if (colon != std::string::npos && selector.role != v1::FILE_ROLE_SEGMENT &&
      selector.role != v1::FILE_ROLE_THUMBNAIL) {
    return invalidArgument("bad --file '" + text + "': only segments and thumbnails are numbered");
  }
  return selector;
}

std::string fileSelectorName(v1::FileRole role, int sequence) {
  if (role == v1::FILE_ROLE_UNSPECIFIED) return "default";
  std::string name = lower(v1::FileRole_Name(role));
  const std::string prefix = "file_role_";
  if (name.rfind(prefix, 0) == 0) name = name.substr(prefix.size());
  if (sequence > 0) name += ":" + std::to_string(sequence);
  return name;
}

Expected<v1::JobState> parseJobState(const std::string& text) {
  const std::string name = lower(trim(text));
  if (name == "queued") return v1::JOB_STATE_QUEUED;
  if (name == "running") return v1::JOB_STATE_RUNNING;
  if (name == "done") return v1::JOB_STATE_DONE;
  if (name == "failed") return v1::JOB_STATE_FAILED;
  return invalidArgument("bad --state '" + text + "' (expected queued, running, done or failed)");
}

Expected<std::int64_t> parseId(const std::string& what, const std::string& text) {
  std::int64_t id = 0;
  if (!parseNonNegative(trim(text), id) || id == 0) {
    return invalidArgument("bad " + what + " '" + text + "' (expected a positive number)");
  }
  return id;
}

Expected<int> parseRetainDays(const std::string& text) {
  std::int64_t days = 0;
  if (!parseNonNegative(trim(text), days) || days < 1 || days > 36500) {
    return invalidArgument("bad --days '" + text + "' (expected a number of days from 1 to 36500)");
  }
  return static_cast<int>(days);
}

}  // namespace audientia::cli
