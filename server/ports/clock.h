#pragma once

#include "domain/entities.h"

namespace audientia::ports {

class Clock {
 public:
  virtual ~Clock() = default;
  virtual domain::Timestamp now() const = 0;
};

}  // namespace audientia::ports
