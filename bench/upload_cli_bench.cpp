// Issue 16: uploads as users run them. Run by hand:
//   build/bin/bench_upload_cli [MIB=700] [ROUNDS=5] [phases] [free] [STORE_QUERY]
// STORE_QUERY (for instance direct_io=false) is added to the server's file:// store URL. `free`
// removes each round's files at its end instead of at the end of the run (see below why not).
//
// Against a real audientia-server (--workers 0, embedded PostgreSQL, filesystem store) on a
// temporary data dir, over TLS on loopback, with a prosecutor logged in through
// `audientiactl login` (its session and upload journal in a config dir of its own):
// ROUNDS times, after `sync`, taking turns:
//   (a) `dd if=A of=DATA_DIR/dd-N.out bs=1M conv=fsync` of a fresh random MIB file A, timed
//       from exec to exit;
//   (b) `audientiactl recording upload --hearing H B` of another fresh random MIB file B
//       (different bytes every round, so that none is a duplicate), timed from exec to exit:
//       the client's hashing, its journal, every RPC and the server's fsyncs included.
// Prints each round and the median of dd_time / upload_time (the upload's throughput as a share
// of dd's; target >= 0.8). The source files are written (not timed) in the same temporary
// directory as the server's data dir, on the same disk; every file is removed at the end.
//
// `phases` then runs the same upload engine in this process (UploadEngine over ApiClient with
// the options audientiactl takes from the environment) once per round and prints where its time
// went, from the progress callback: hashing, sending, completing, and the streams (durable
// checkpoints) it took. AUDIENTIA_UPLOAD_CHUNK_BYTES and AUDIENTIA_UPLOAD_STREAM_BYTES in the
// environment reach both the CLI and the phases, to try other sizes.

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "audientia/base/sha256.h"
#include "audientia/client/api_client.h"
#include "audientia/client/upload_engine.h"
#include "audientia/testing/server_process.h"
#include "audientia/testing/server_seed.h"
#include "audientia/testing/subprocess.h"
#include "upload_tuning.h"

namespace {

namespace fs = std::filesystem;
using namespace audientia;
using Clock = std::chrono::steady_clock;
constexpr std::size_t kMiB = 1024 * 1024;
constexpr const char* kPassword = "a long bench passphrase 42";

double secondsSince(Clock::time_point since) {
  return std::chrono::duration<double>(Clock::now() - since).count();
}

// Writes `mib` MiB of pseudo-random bytes (xorshift, different per seed) and returns their
// SHA-256.
std::string writeRandomFile(const fs::path& path, std::size_t mib, std::uint64_t seed) {
  std::uint64_t state = 0x9e3779b97f4a7c15ULL * (seed + 1);
  std::vector<std::uint64_t> block(kMiB / sizeof(std::uint64_t));
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  Sha256 hash;
  for (std::size_t i = 0; i < mib; ++i) {
    for (auto& word : block) {
      state ^= state << 13;
      state ^= state >> 7;
      state ^= state << 17;
      word = state;
    }
    const auto bytes = std::as_bytes(std::span(block));
    if (::write(fd, bytes.data(), bytes.size()) != static_cast<ssize_t>(bytes.size())) break;
    hash.update(bytes);
  }
  ::close(fd);
  return toHex(hash.finish());
}

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  return values[values.size() / 2];
}

int fail(const std::string& what) {
  std::fprintf(stderr, "bench_upload_cli: %s\n", what.c_str());
  return 1;
}

struct Setup {
  std::string address;
  fs::path caFile;
  fs::path configDir;
  std::string hearingId;
  std::string token;
};

// audientiactl --server --ca ARGS with the bench's config dir.
Expected<testing::CommandResult> ctl(const Setup& setup, std::vector<std::string> args,
                                     const std::string& input = {}) {
  std::vector<std::string> argv = {testing::binDir() + "/audientiactl", "--server", setup.address,
                                   "--ca", setup.caFile.string()};
  argv.insert(argv.end(), std::make_move_iterator(args.begin()),
              std::make_move_iterator(args.end()));
  testing::CommandOptions options;
  options.input = input;
  options.env = {"AUDIENTIA_CONFIG_DIR=" + setup.configDir.string()};
  options.timeout = std::chrono::minutes(10);
  return testing::runCommand(argv, options);
}

// Where one in-process upload's time went, from the engine's progress callback.
struct PhaseTimes {
  double hashing = 0;     // first to last kHashing report
  double beforeSend = 0;  // start to the first kSending report (hashing, CreateUpload, status)
  double sending = 0;     // first kSending to kCompleting
  double completing = 0;  // kCompleting to kDone
  double total = 0;
  int streams = 0;  // durable offsets reported back (one per WriteUpload stream)
};

Expected<PhaseTimes> runPhases(const Setup& setup, const fs::path& journalDir, const fs::path& file,
                               const client::UploadEngineOptions& options) {
  const auto start = Clock::now();
  AUDIENTIA_TRY(auto api, client::ApiClient::create(
                              {setup.address, setup.caFile, setup.token, fs::path{}, fs::path{}}));
  const client::UploadJournal journal(journalDir);
  client::UploadEngine engine(*api, *api, journal, setup.address, options);
  PhaseTimes times;
  std::optional<Clock::time_point> hashFirst, hashLast, sendFirst, completing;
  std::uint64_t lastDurable = 0;
  auto outcome = engine.upload(setup.hearingId, file, client::FollowMode::kNoFollow,
                               [&](const client::UploadProgress& progress) {
                                 const auto now = Clock::now();
                                 switch (progress.phase) {
                                   case client::UploadPhase::kHashing:
                                     if (!hashFirst) hashFirst = now;
                                     hashLast = now;
                                     break;
                                   case client::UploadPhase::kSending:
                                     if (!sendFirst) sendFirst = now;
                                     break;
                                   case client::UploadPhase::kCompleting:
                                     completing = now;
                                     break;
                                   default:
                                     break;
                                 }
                                 if (progress.durableBytes > lastDurable) {
                                   lastDurable = progress.durableBytes;
                                   ++times.streams;
                                 }
                               });
  if (!outcome) return outcome.error();
  const auto end = Clock::now();
  auto between = [](std::optional<Clock::time_point> from, std::optional<Clock::time_point> to) {
    return from && to ? std::chrono::duration<double>(*to - *from).count() : 0.0;
  };
  times.hashing = between(hashFirst, hashLast);
  times.beforeSend = between(start, sendFirst);
  times.sending = between(sendFirst, completing);
  times.completing = between(completing, end);
  times.total = std::chrono::duration<double>(end - start).count();
  return times;
}

}  // namespace

int main(int argc, char** argv) {
  const std::size_t mib = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 700;
  const int rounds = argc > 2 ? std::atoi(argv[2]) : 5;
  bool phases = false;
  bool freeEachRound = false;
  std::string storeQuery;
  for (int i = 3; i < argc; ++i) {
    if (std::strcmp(argv[i], "phases") == 0) {
      phases = true;
    } else if (std::strcmp(argv[i], "free") == 0) {
      freeEachRound = true;
    } else {
      storeQuery = argv[i];
    }
  }
  if (mib == 0 || rounds <= 0) {
    return fail("usage: bench_upload_cli [MIB=700] [ROUNDS=5] [phases] [free] [STORE_QUERY]");
  }

  auto root = testing::makeTempDir("bench-upload-cli");
  if (!root) return fail(root.error().toString());
  const fs::path files = *root / "files";
  fs::create_directories(files);
  testing::ServerOptions serverOptions;
  serverOptions.dataDir = *root / "data";
  // No background jobs: the processing of one round's recording would run during the next.
  serverOptions.extraArgs = {"--workers", "0"};
  if (!storeQuery.empty()) {
    serverOptions.extraArgs.insert(
        serverOptions.extraArgs.end(),
        {"--media-store",
         "file://" + (serverOptions.dataDir / "media").string() + "?" + storeQuery});
  }
  auto server = testing::ServerProcess::start(serverOptions);
  if (!server) return fail("starting the server: " + server.error().toString());

  Setup setup;
  setup.address = (*server)->address();
  setup.caFile = (*server)->caFile();
  setup.configDir = *root / "config";
  {
    auto user = testing::seedOfficeAndUser(**server, "Bench office", "bench.prosecutor",
                                           v1::ROLE_PROSECUTOR, kPassword);
    if (!user) return fail("seeding: " + user.error().toString());
    v1::CreateHearingRequest hearing;
    hearing.set_office_id(user->office.id());
    hearing.set_case_number("BENCH/16");
    hearing.set_kind(v1::HEARING_KIND_WITNESS);
    auto created = user->api->createHearing(hearing);
    if (!created) return fail(created.error().toString());
    setup.hearingId = created->id();
    setup.token = user->api->token();
  }
  auto login = ctl(setup, {"login", "--user", "bench.prosecutor", "--password-stdin"},
                   std::string(kPassword) + "\n");
  if (!login || login->exitCode != 0) {
    return fail("audientiactl login: " + (login ? login->err : login.error().toString()));
  }
  auto engineOptions = cli::uploadOptionsFromEnvironment();
  if (!engineOptions) return fail(engineOptions.error().toString());
  std::printf("%zu MiB per file, %d rounds; client chunk %zu KiB, stream %llu MiB; store %s\n", mib,
              rounds, engineOptions->chunkBytes / 1024,
              static_cast<unsigned long long>(engineOptions->streamBytes / kMiB),
              storeQuery.empty() ? "(default)" : storeQuery.c_str());

  const double size = static_cast<double>(mib);
  std::vector<double> ratios, ddTimes, upTimes;
  // Every file stays until the end (unless `free`): on a VM that hands freed memory back to its
  // host, writing into memory freed a moment before (not handed back yet) is several times
  // cheaper than writing into memory taken back, so a command that came right after the other
  // freed its files ran faster for that alone: dd at 550-670 MiB/s after uploads staged past the
  // page cache had left dd's previous output free, at 330-350 MiB/s after uploads staged through
  // the page cache had taken that memory. Kept files make every write take fresh memory.
  // Round 0 is a warm-up, not counted: the first round after the memory a previous run freed
  // (gigabytes of files) ran dd at several times its usual speed, while the guest still had that
  // memory (a VM hands freed memory back to its host after a while; writing into memory taken
  // back costs far more), and it warms the server's connection pool and caches.
  for (int round = 0; round <= rounds; ++round) {
    const auto seed = static_cast<std::uint64_t>(round) * 2;
    const fs::path ddSource = files / ("dd-" + std::to_string(round) + ".bin");
    const fs::path upSource = files / ("up-" + std::to_string(round) + ".bin");
    const fs::path ddOut = serverOptions.dataDir / ("dd-" + std::to_string(round) + ".out");
    (void)writeRandomFile(ddSource, mib, seed);
    const std::string upSha = writeRandomFile(upSource, mib, seed + 1);
    ::sync();

    auto ddStart = Clock::now();
    auto dd = testing::runCommand({"/bin/dd", "if=" + ddSource.string(), "of=" + ddOut.string(),
                                   "bs=1M", "conv=fsync", "status=none"});
    const double ddTime = secondsSince(ddStart);
    if (!dd || dd->exitCode != 0) return fail("dd: " + (dd ? dd->err : dd.error().toString()));
    if (freeEachRound) fs::remove(ddOut);
    ::sync();

    auto upStart = Clock::now();
    auto up = ctl(
        setup, {"--json", "recording", "upload", "--hearing", setup.hearingId, upSource.string()});
    const double upTime = secondsSince(upStart);
    if (!up || up->exitCode != 0) {
      return fail("audientiactl recording upload: " + (up ? up->err : up.error().toString()));
    }
    try {
      const auto out = nlohmann::json::parse(up->out);
      const std::string sha = out.at("recordings").at(0).at("sha256").get<std::string>();
      if (sha != upSha) return fail("the server recorded SHA-256 " + sha + ", not " + upSha);
    } catch (const std::exception& e) {
      return fail(std::string("audientiactl printed no recording: ") + e.what() + "\n" + up->out);
    }
    ::sync();
    if (freeEachRound) {
      fs::remove(ddSource);
      fs::remove(upSource);
    }
    if (round == 0) {
      std::printf("  warm-up: dd %.2f s, upload %.2f s (not counted)\n", ddTime, upTime);
      continue;
    }
    ddTimes.push_back(ddTime);
    upTimes.push_back(upTime);
    ratios.push_back(ddTime / upTime);
    std::printf("  round %d: dd %.2f s (%.0f MiB/s), upload %.2f s (%.0f MiB/s), ratio %.2f\n",
                round, ddTime, size / ddTime, upTime, size / upTime, ratios.back());
    std::fflush(stdout);
  }
  std::printf(
      "audientiactl recording upload of %zu MiB vs dd bs=1M conv=fsync: median dd %.2f s, median "
      "upload %.2f s (ratio of the medians %.2f); median ratio dd_time/upload_time %.2f (target "
      ">= 0.8)\n",
      mib, median(ddTimes), median(upTimes), median(ddTimes) / median(upTimes), median(ratios));

  if (phases) {
    std::printf("phases of the same engine in process:\n");
    for (int round = 0; round < rounds; ++round) {
      const fs::path source = files / ("phase-" + std::to_string(round) + ".bin");
      (void)writeRandomFile(source, mib, 1000 + static_cast<std::uint64_t>(round));
      ::sync();
      auto times = runPhases(setup, *root / "phase-journal", source, *engineOptions);
      if (!times) return fail("in-process upload: " + times.error().toString());
      std::printf(
          "  round %d: total %.2f s; hashing %.2f s, start to first chunk %.2f s, sending %.2f s "
          "(%.0f MiB/s, %d streams), completing %.2f s\n",
          round + 1, times->total, times->hashing, times->beforeSend, times->sending,
          times->sending > 0 ? size / times->sending : 0.0, times->streams, times->completing);
      std::fflush(stdout);
      ::sync();
      fs::remove(source);
    }
  }
  (*server)->stop();
  std::error_code ignored;
  fs::remove_all(*root, ignored);
  return 0;
}
