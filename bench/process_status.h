#pragma once

// What /proc says of a process, for the benches that watch the server: a field of
// /proc/PID/status in KiB or as a count ("VmRSS:", "VmHWM:", "Threads:"), and the peak resident
// set while some work runs (sampled every 20 ms).

#include <sys/types.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>
#include <thread>

namespace audientia::bench {

inline std::size_t statusField(pid_t pid, const char* field) {
  std::ifstream status("/proc/" + std::to_string(pid) + "/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind(field, 0) == 0) {
      return std::strtoull(line.c_str() + std::strlen(field), nullptr, 10);
    }
  }
  return 0;
}

// Peak VmRSS (KiB) of pid while work() runs.
template <class Work>
std::size_t peakRssDuring(pid_t pid, Work&& work) {
  std::atomic<bool> done{false};
  std::atomic<std::size_t> peak = statusField(pid, "VmRSS:");
  std::thread sampler([&] {
    while (!done) {
      peak = std::max<std::size_t>(peak, statusField(pid, "VmRSS:"));
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
  });
  work();
  done = true;
  sampler.join();
  return peak;
}

}  // namespace audientia::bench
