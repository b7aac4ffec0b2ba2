// Issue 17: the evidence package of a large hearing, as users run it. Run by hand:
//   build/bin/bench_package [MIB=2048] [FILES=4] [ROUNDS=5]
//
// Against a real audientia-server (--workers 0, embedded PostgreSQL, filesystem store) on a
// temporary data dir, over TLS on loopback: a hearing with FILES recordings of MIB/FILES MiB of
// random bytes each (about 2 GB: a 2-hour hearing), uploaded once with audientiactl (not
// timed). Then ROUNDS times, after `sync`, taking turns going first:
//   (a) `cp` of the stored objects of those recordings into a new directory on the same disk,
//       then `sync` (the package's files are made durable too), timed from exec to exit;
//   (b) `audientiactl export package H --out DIR --reason ...`, timed from exec to exit: the
//       server's checks and audit event, the report, reading the store, the signature, the
//       stream over TLS, the client's writes and fsyncs. The server runs no processing job
//       here, so the warm-up export computes the SHA-512s (and keeps them, as the processing
//       job would have); the timed rounds read them from the store;
//   (c) `sha256sum` of the package's payload files, and (d) `audientia-verify` of the package
//       (every SHA-256 and SHA-512, the tag manifests, the signature, the audit excerpt).
// Prints each round, the medians of cp/export and sha256sum/verify (targets >= 0.8), and the
// server's peak resident set during the exports (it must stay flat: nothing is copied on it).
// Every file is removed at the end.

#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "audientia/testing/server_process.h"
#include "audientia/testing/server_seed.h"
#include "audientia/testing/subprocess.h"
#include "process_status.h"

namespace {

namespace fs = std::filesystem;
using namespace audientia;
using Clock = std::chrono::steady_clock;
constexpr std::size_t kMiB = 1024 * 1024;
constexpr const char* kPassword = "a long bench passphrase 17";

double secondsSince(Clock::time_point since) {
  return std::chrono::duration<double>(Clock::now() - since).count();
}

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  return values[values.size() / 2];
}

// CPU seconds (user + system) of the finished children this process has waited for.
double childrenCpuSeconds() {
  rusage usage{};
  ::getrusage(RUSAGE_CHILDREN, &usage);
  auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + t.tv_usec / 1e6; };
  return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

int fail(const std::string& what) {
  std::fprintf(stderr, "bench_package: %s\n", what.c_str());
  return 1;
}

// `mib` MiB of xorshift bytes, different per seed.
bool writeRandomFile(const fs::path& path, std::size_t mib, std::uint64_t seed) {
  std::uint64_t state = 0x9e3779b97f4a7c15ULL * (seed + 1);
  std::vector<std::uint64_t> block(kMiB / sizeof(std::uint64_t));
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return false;
  bool ok = true;
  for (std::size_t i = 0; i < mib && ok; ++i) {
    for (auto& word : block) {
      state ^= state << 13;
      state ^= state >> 7;
      state ^= state << 17;
      word = state;
    }
    const auto bytes = std::as_bytes(std::span(block));
    ok = ::write(fd, bytes.data(), bytes.size()) == static_cast<ssize_t>(bytes.size());
  }
  ::close(fd);
  return ok;
}

Expected<testing::CommandResult> timed(const std::vector<std::string>& argv, double& seconds,
                                       const std::vector<std::string>& env = {}) {
  testing::CommandOptions options;
  options.env = env;
  options.timeout = std::chrono::minutes(20);
  const auto start = Clock::now();
  auto result = testing::runCommand(argv, options);
  seconds = secondsSince(start);
  return result;
}

}  // namespace

int main(int argc, char** argv) {
  const std::size_t mib = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 2048;
  const int files = argc > 2 ? std::atoi(argv[2]) : 4;
  const int rounds = argc > 3 ? std::atoi(argv[3]) : 5;
  if (mib == 0 || files <= 0 || rounds <= 0) {
    return fail("usage: bench_package [MIB=2048] [FILES=4] [ROUNDS=5]");
  }
  auto root = testing::makeTempDir("bench-package");
  if (!root) return fail(root.error().toString());
  testing::ServerOptions serverOptions;
  serverOptions.dataDir = *root / "data";
  serverOptions.extraArgs = {"--workers", "0"};
  auto server = testing::ServerProcess::start(serverOptions);
  if (!server) return fail("starting the server: " + server.error().toString());
  const std::string address = (*server)->address();
  const fs::path config = *root / "config";
  const std::vector<std::string> env = {"AUDIENTIA_CONFIG_DIR=" + config.string()};
  auto ctl = [&](std::vector<std::string> args, double& seconds, const std::string& input = {},
                 const std::vector<std::string>& wrap = {}) {
    std::vector<std::string> command = wrap;
    for (std::string part : {testing::binDir() + "/audientiactl", std::string("--server"), address,
                             std::string("--ca"), (*server)->caFile().string()}) {
      command.push_back(part);
    }
    command.insert(command.end(), args.begin(), args.end());
    testing::CommandOptions options;
    options.env = env;
    options.input = input;
    options.timeout = std::chrono::minutes(20);
    const auto start = Clock::now();
    auto result = testing::runCommand(command, options);
    seconds = secondsSince(start);
    return result;
  };

  auto user = testing::seedOfficeAndUser(**server, "Bench office", "bench.prosecutor",
                                         v1::ROLE_PROSECUTOR, kPassword);
  if (!user) return fail("seeding: " + user.error().toString());
  v1::CreateHearingRequest hearing;
  hearing.set_office_id(user->office.id());
  hearing.set_case_number("BENCH/17");
  hearing.set_kind(v1::HEARING_KIND_WITNESS);
  auto created = user->api->createHearing(hearing);
  if (!created) return fail(created.error().toString());
  const std::string hearingId = created->id();
  double ignored = 0;
  auto login = ctl({"login", "--user", "bench.prosecutor", "--password-stdin"}, ignored,
                   std::string(kPassword) + "\n");
  if (!login || login->exitCode != 0) return fail("login failed");

  // The hearing's recordings, uploaded once.
  const fs::path sources = *root / "sources";
  fs::create_directories(sources);
  std::vector<std::string> digests;
  for (int i = 0; i < files; ++i) {
    const fs::path file = sources / ("part-" + std::to_string(i) + ".bin");
    if (!writeRandomFile(file, mib / static_cast<std::size_t>(files), static_cast<unsigned>(i))) {
      return fail("writing " + file.string());
    }
    auto up =
        ctl({"--json", "recording", "upload", "--hearing", hearingId, file.string()}, ignored);
    if (!up || up->exitCode != 0) return fail("upload: " + (up ? up->err : up.error().toString()));
    digests.push_back(nlohmann::json::parse(up->out)["recordings"][0]["sha256"]);
    fs::remove(file);
  }
  std::vector<std::string> stored;
  for (const auto& entry : fs::recursive_directory_iterator(serverOptions.dataDir / "media")) {
    for (const auto& digest : digests) {
      if (entry.is_regular_file() && entry.path().filename().string().rfind(digest, 0) == 0) {
        stored.push_back(entry.path().string());
      }
    }
  }
  if (stored.size() != digests.size()) return fail("the stored objects were not found");
  std::printf("%zu MiB in %d recordings, %d rounds\n", mib, files, rounds);

  // BENCH_EXPORT_WRAP="perf stat --" (words split on spaces) runs each export under a profiler.
  std::vector<std::string> exportWrap;
  if (const char* wrap = std::getenv("BENCH_EXPORT_WRAP")) {
    for (std::string word; const char c : std::string(wrap) + " ") {
      if (c != ' ') {
        word += c;
      } else if (!word.empty()) {
        exportWrap.push_back(std::move(word));
        word.clear();
      }
    }
  }
  std::vector<double> exportRatios, verifyRatios, exportCpu, cpCpus;
  const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  std::size_t peakKiB = 0;
  const std::size_t idleKiB = bench::statusField((*server)->pid(), "VmRSS:");
  for (int round = 0; round <= rounds; ++round) {
    const fs::path copy = *root / ("cp-" + std::to_string(round));
    const fs::path package = *root / ("package-" + std::to_string(round));
    fs::create_directories(copy);
    double cpTime = 0, exportTime = 0, cpCpu = 0, clientCpu = 0, serverCpu = 0;
    ::sync();
    for (int turn = 0; turn < 2; ++turn) {
      if ((turn == 0) == (round % 2 == 0)) {
        std::vector<std::string> cp = {"/bin/sh", "-c", "cp \"$@\" && sync", "sh"};
        cp.insert(cp.end(), stored.begin(), stored.end());
        cp.push_back(copy.string());
        const double before = childrenCpuSeconds();
        auto copied = timed(cp, cpTime);
        if (!copied || copied->exitCode != 0) return fail("cp failed");
        cpCpu = childrenCpuSeconds() - before;
      } else {
        const double clientBefore = childrenCpuSeconds();
        const double serverBefore = bench::cpuSeconds((*server)->pid());
        const std::size_t peak = bench::peakRssDuring((*server)->pid(), [&] {
          auto exported =
              ctl({"export", "package", hearingId, "--out", package.string(), "--reason", "bench"},
                  exportTime, {}, exportWrap);
          if (!exported || exported->exitCode != 0) {
            std::fprintf(stderr, "export: %s\n", exported ? exported->err.c_str() : "");
            std::exit(1);
          }
        });
        peakKiB = std::max(peakKiB, peak);
        clientCpu = childrenCpuSeconds() - clientBefore;
        serverCpu = bench::cpuSeconds((*server)->pid()) - serverBefore;
      }
      ::sync();
    }
    double sumTime = 0, verifyTime = 0;
    for (int turn = 0; turn < 2; ++turn) {
      if ((turn == 0) == (round % 2 == 0)) {
        auto summed =
            timed({"/bin/sh", "-c",
                   "cd '" + package.string() + "' && sha256sum --quiet -c manifest-sha256.txt"},
                  sumTime);
        if (!summed || summed->exitCode != 0) return fail("sha256sum failed");
      } else {
        auto verified =
            timed({testing::binDir() + "/audientia-verify", package.string()}, verifyTime);
        if (!verified || verified->exitCode != 0) {
          return fail("audientia-verify failed: " + (verified ? verified->out : ""));
        }
      }
    }
    fs::remove_all(copy);
    fs::remove_all(package);
    if (round == 0) {
      std::printf("  warm-up: cp %.2f s, export %.2f s, sha256sum %.2f s, verify %.2f s\n", cpTime,
                  exportTime, sumTime, verifyTime);
      continue;
    }
    exportRatios.push_back(cpTime / exportTime);
    exportCpu.push_back(clientCpu + serverCpu);
    cpCpus.push_back(cpCpu);
    verifyRatios.push_back(sumTime / verifyTime);
    const double size = static_cast<double>(mib);
    std::printf(
        "  round %d: cp %.2f s, export %.2f s (%.0f MiB/s), ratio %.2f; sha256sum %.2f s, verify "
        "%.2f s (%.0f MiB/s), ratio %.2f\n",
        round, cpTime, exportTime, size / exportTime, exportRatios.back(), sumTime, verifyTime,
        size / verifyTime, verifyRatios.back());
    std::printf(
        "           CPU: cp %.2f s; export %.2f s (audientiactl %.2f s, server %.2f s), at least "
        "%.2f s on %u cores\n",
        cpCpu, clientCpu + serverCpu, clientCpu, serverCpu, (clientCpu + serverCpu) / cores, cores);
    std::fflush(stdout);
  }
  std::printf(
      "median cp/export %.2f (target >= 0.8); median sha256sum/verify %.2f (target >= 0.8)\n",
      median(exportRatios), median(verifyRatios));
  std::printf(
      "median CPU: cp %.2f s, export %.2f s (client and server): on %u cores the export cannot "
      "take less than %.2f s\n",
      median(cpCpus), median(exportCpu), cores, median(exportCpu) / cores);
  std::printf("server resident set: %zu MiB idle, %zu MiB at most during the exports\n",
              idleKiB / 1024, peakKiB / 1024);
  fs::remove_all(*root);
  return 0;
}
