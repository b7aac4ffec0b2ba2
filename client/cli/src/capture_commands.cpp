#include "capture_commands.h"

#include <utility>

namespace audientia::cli {
namespace {

std::string_view trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t\r");
  return text.substr(first, last - first + 1);
}

// The first word and the rest (trimmed).
std::pair<std::string_view, std::string_view> splitWord(std::string_view text) {
  const auto space = text.find_first_of(" \t");
  if (space == std::string_view::npos) return {text, {}};
  return {text.substr(0, space), trimmed(text.substr(space))};
}

Error refused(std::string_view line, const std::string& why) {
  return invalidArgument("'" + std::string(line) + "': " + why +
                         " (commands: marker KIND TEXT | pause REASON | resume | stop); ignored");
}

}  // namespace

Expected<std::optional<CaptureCommand>> parseCaptureCommand(std::string_view line) {
  const std::string_view text = trimmed(line);
  if (text.empty()) return std::optional<CaptureCommand>();
  const auto [word, rest] = splitWord(text);
  CaptureCommand command;
  if (word == "marker") {
    const auto [kind, markerText] = splitWord(rest);
    if (kind.empty()) return refused(text, "a marker needs a KIND, e.g. 'marker question TEXT'");
    command.kind = CaptureCommand::Kind::kMarker;
    command.markerKind = std::string(kind);
    command.text = std::string(markerText);
  } else if (word == "pause") {
    if (rest.empty()) return refused(text, "a pause needs a reason, e.g. 'pause recess'");
    command.kind = CaptureCommand::Kind::kPause;
    command.text = std::string(rest);
  } else if (word == "resume" || word == "stop") {
    if (!rest.empty()) return refused(text, "'" + std::string(word) + "' takes nothing after it");
    command.kind = word == "resume" ? CaptureCommand::Kind::kResume : CaptureCommand::Kind::kStop;
  } else {
    return refused(text, "unknown command '" + std::string(word) + "'");
  }
  return std::optional<CaptureCommand>(std::move(command));
}

CaptureCommandReader::CaptureCommandReader(std::istream& in) {
  thread_ = std::thread([state = state_, &in] {
    std::string line;
    while (std::getline(in, line)) {
      auto parsed = parseCaptureCommand(line);
      std::lock_guard lock(state->mutex);
      if (!parsed) {
        state->pending.push_back(parsed.error());
      } else if (parsed->has_value()) {
        state->pending.push_back(std::move(**parsed));
      }
    }
    std::lock_guard lock(state->mutex);
    state->ended = true;
  });
}

CaptureCommandReader::~CaptureCommandReader() {
  bool ended = false;
  {
    std::lock_guard lock(state_->mutex);
    ended = state_->ended;
  }
  if (ended) {
    thread_.join();
  } else {
    thread_.detach();  // blocked on an interactive stdin; the process exits next
  }
}

std::vector<Expected<CaptureCommand>> CaptureCommandReader::take() {
  std::lock_guard lock(state_->mutex);
  std::vector<Expected<CaptureCommand>> out(std::make_move_iterator(state_->pending.begin()),
                                            std::make_move_iterator(state_->pending.end()));
  state_->pending.clear();
  return out;
}

}  // namespace audientia::cli
