#pragma once

// The commands `audientiactl capture` reads on standard input while it records, one per line
// (docs/cli.md; the spelling is the CLI contract's):
//   marker KIND TEXT    a marker of KIND (a word) with free TEXT, at the media time of now
//   pause REASON        pauses; the reason is required and goes into the manifest
//   resume              resumes after a pause
//   stop                stops and seals (as SIGINT/SIGTERM do)
// Blank lines are ignored. Anything else is an error naming the line; the capture goes on.

#include <deque>
#include <istream>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "audientia/base/expected.h"

namespace audientia::cli {

struct CaptureCommand {
  enum class Kind { kMarker, kPause, kResume, kStop };
  Kind kind = Kind::kStop;
  std::string markerKind;  // kMarker
  std::string text;        // the marker's text, or the pause's reason
};

// nullopt for a blank line; kInvalidArgument naming the line and what is accepted otherwise.
Expected<std::optional<CaptureCommand>> parseCaptureCommand(std::string_view line);

// Reads `in` line by line on a thread of its own, so the capture loop never waits for input.
// The stream is read until its end; a reader still blocked on an interactive stdin when the
// capture ends is left behind (detached), as the process is about to exit.
class CaptureCommandReader {
 public:
  explicit CaptureCommandReader(std::istream& in);
  ~CaptureCommandReader();
  CaptureCommandReader(const CaptureCommandReader&) = delete;
  CaptureCommandReader& operator=(const CaptureCommandReader&) = delete;

  // The commands (or errors) read since the last call, in order.
  std::vector<Expected<CaptureCommand>> take();

 private:
  // Shared with the thread, which may outlive the reader (see above).
  struct State {
    std::mutex mutex;
    std::deque<Expected<CaptureCommand>> pending;
    bool ended = false;
  };
  std::shared_ptr<State> state_ = std::make_shared<State>();
  std::thread thread_;
};

}  // namespace audientia::cli
