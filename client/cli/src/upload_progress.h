#pragma once

// What `recording upload` shows on standard error while the engine works: on a terminal one
// progress line redrawn in place (percent, bytes, rate, time left); everywhere the lines a log
// should keep (resuming at, retrying after).

#include <chrono>
#include <ostream>
#include <string>

#include "audientia/client/upload_engine.h"

namespace audientia::cli {

class UploadProgressPrinter {
 public:
  UploadProgressPrinter(std::ostream& err, bool terminal) : err_(err), terminal_(terminal) {}

  void operator()(const client::UploadProgress& progress);
  // Ends a progress line left open (before an error is printed).
  void finishLine();

  // "42% 1.2 GiB of 3.0 GiB, 12.3 MiB/s, 2:31 left"
  static std::string sendingLine(const client::UploadProgress& progress);

 private:
  void draw(const std::string& line, bool force);
  void printLine(const std::string& line);

  std::ostream& err_;
  bool terminal_;
  bool lineOpen_ = false;
  std::size_t lastWidth_ = 0;
  bool waitingShown_ = false;
  std::chrono::steady_clock::time_point lastDraw_{};
};

}  // namespace audientia::cli
