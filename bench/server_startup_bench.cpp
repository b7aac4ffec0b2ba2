// Measures audientia-server start-up: the first start on an empty data dir (initdb, CA,
// migrations, admin) and restarts on the existing dir, to "listening on".
//   build/bin/bench_server_startup [RESTARTS]

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <vector>

#include "audientia/testing/server_process.h"

using audientia::testing::ServerProcess;

namespace {

double timeStart(const std::filesystem::path& dataDir) {
  const auto started = std::chrono::steady_clock::now();
  auto server = ServerProcess::start({dataDir, {}});
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  if (!server.has_value()) {
    std::fprintf(stderr, "start failed: %s\n", server.error().toString().c_str());
    std::exit(1);
  }
  (*server)->stop();
  return seconds;
}

}  // namespace

int main(int argc, char** argv) {
  const int restarts = argc > 1 ? std::atoi(argv[1]) : 5;
  auto dir = audientia::testing::makeTempDir("audientia-bench");
  if (!dir.has_value()) return 1;
  const auto dataDir = *dir / "data";
  std::printf("first start (empty data dir): %.2f s\n", timeStart(dataDir));
  std::vector<double> times;
  for (int i = 0; i < restarts; ++i) times.push_back(timeStart(dataDir));
  std::sort(times.begin(), times.end());
  std::printf("restart on existing data dir: median %.2f s, max %.2f s over %d runs\n",
              times[times.size() / 2], times.back(), restarts);
  std::filesystem::remove_all(*dir);
  return 0;
}
