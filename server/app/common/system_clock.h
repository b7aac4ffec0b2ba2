#pragma once

#include <chrono>

#include "ports/clock.h"

namespace audientia::app {

// The Clock port on the system's wall clock.
class SystemClock : public ports::Clock {
 public:
  domain::Timestamp now() const override { return std::chrono::system_clock::now(); }
};

}  // namespace audientia::app
