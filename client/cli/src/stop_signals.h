#pragma once

// SIGINT and SIGTERM as a request to stop, for commands that run until told (capture): while a
// StopSignals lives, those signals set a flag instead of ending the process; the previous
// handlers come back when it goes. One at a time per process.

#include <csignal>

namespace audientia::cli {

class StopSignals {
 public:
  StopSignals();
  ~StopSignals();
  StopSignals(const StopSignals&) = delete;
  StopSignals& operator=(const StopSignals&) = delete;

  // The signal received since construction, or 0.
  int received() const;

 private:
  struct sigaction previousInt_ {};
  struct sigaction previousTerm_ {};
};

}  // namespace audientia::cli
