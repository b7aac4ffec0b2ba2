#include "stop_signals.h"

#include <atomic>

namespace audientia::cli {
namespace {

std::atomic<int> stopSignal{0};

extern "C" void onStopSignal(int signal) {
  stopSignal.store(signal);
}

}  // namespace

StopSignals::StopSignals() {
  stopSignal = 0;
  struct sigaction action {};
  action.sa_handler = &onStopSignal;
  sigemptyset(&action.sa_mask);
  sigaction(SIGINT, &action, &previousInt_);
  sigaction(SIGTERM, &action, &previousTerm_);
}

StopSignals::~StopSignals() {
  sigaction(SIGINT, &previousInt_, nullptr);
  sigaction(SIGTERM, &previousTerm_, nullptr);
}

int StopSignals::received() const {
  return stopSignal.load();
}

}  // namespace audientia::cli
