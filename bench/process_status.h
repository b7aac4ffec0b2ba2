#pragma once

// What /proc says of a process, for the benches that watch the server: a field of
// /proc/PID/status in KiB or as a count ("VmRSS:", "VmHWM:", "Threads:"), the CPU time it has
// used, and the peak resident set while some work runs (sampled every 20 ms).

#include <sys/types.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
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

// CPU seconds (user + system) pid has used so far, from /proc/PID/stat (fields 14 and 15).
inline double cpuSeconds(pid_t pid) {
  std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
  std::string line;
  std::getline(stat, line);
  // The command name (field 2) may hold spaces: count the fields after its closing parenthesis.
  const auto close = line.rfind(')');
  if (close == std::string::npos) return 0;
  std::istringstream fields(line.substr(close + 1));
  std::string field;
  double ticks = 0;
  for (int number = 3; number <= 15 && fields >> field; ++number) {
    if (number >= 14) ticks += std::strtod(field.c_str(), nullptr);
  }
  return ticks / static_cast<double>(::sysconf(_SC_CLK_TCK));
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
