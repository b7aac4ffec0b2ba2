// Issue 4: resumable upload throughput and server memory. Run by hand:
//   build/bin/bench_upload [ONE_MIB=2048] [RSS_MIB=4096] [CONCURRENT=50] [EACH_MIB=100]
//                          [STORE_QUERY]
// STORE_QUERY (for instance direct_io=true) is added to the server's file:// store URL.
//
// Against a real audientia-server (embedded PostgreSQL, filesystem store) on a temporary data
// dir, over TLS on loopback, each upload sent by the client core (ApiClient, as audientiactl and
// the desktop client send it: 4 MiB chunks read ahead) on a connection of its own:
//   1. one ONE_MIB file: CreateUpload + WriteUpload + CompleteUpload, against
//      `dd if=FILE of=DIR/dd.out bs=4M conv=fsync` writing the same bytes to the same disk in the
//      same run (target: at least 0.8 of the dd rate); five rounds, each with different bytes
//      (a stamp in the first 8 bytes) so that none is a duplicate of one already stored;
//   2. one RSS_MIB upload while the server's resident set is sampled every 20 ms (target: peak
//      under 100 MiB, independent of the file size; a 256 MiB upload is measured first for
//      comparison);
//   3. CONCURRENT uploads of EACH_MIB each at once: all must complete and verify.
// The source files are written first (not timed); the server's data dir and the files live in
// one temporary directory on the same disk, removed at the end. The server runs no background
// jobs (--workers 0), so no recording is processed while the next upload is measured.

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "audientia/base/sha256.h"
#include "audientia/client/api_client.h"
#include "audientia/testing/server_process.h"
#include "audientia/v1/recordings.pb.h"
#include "process_status.h"

namespace {

namespace fs = std::filesystem;
using namespace audientia;
using Clock = std::chrono::steady_clock;
constexpr std::size_t kMiB = 1024 * 1024;
constexpr std::size_t kChunk = 4 * kMiB;

double seconds(Clock::time_point since) {
  return std::chrono::duration<double>(Clock::now() - since).count();
}

// Writes `mib` MiB of pseudo-random bytes (different per seed) and returns their SHA-256.
std::string writeFile(const fs::path& path, std::size_t mib, std::uint64_t seed) {
  std::mt19937_64 random(seed);
  std::vector<std::uint64_t> block(kMiB / sizeof(std::uint64_t));
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  Sha256 hash;
  for (std::size_t i = 0; i < mib; ++i) {
    for (auto& word : block) word = random();
    auto bytes = std::as_bytes(std::span(block));
    out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(kMiB));
    hash.update(bytes);
  }
  return toHex(hash.finish());
}

// Writes `mark` over the file's first 8 bytes and returns the file's new SHA-256.
std::string stamp(const fs::path& path, std::uint64_t mark) {
  int fd = ::open(path.c_str(), O_RDWR | O_CLOEXEC);
  (void)::pwrite(fd, &mark, sizeof mark, 0);
  Sha256 hash;
  std::vector<std::byte> buffer(kChunk);
  for (;;) {
    const ssize_t got = ::read(fd, buffer.data(), buffer.size());
    if (got <= 0) break;
    hash.update(std::span(buffer).first(static_cast<std::size_t>(got)));
  }
  ::close(fd);
  return toHex(hash.finish());
}

std::string uuid4(std::mt19937_64& random) {
  std::uniform_int_distribution<int> hex(0, 15);
  std::string id = "xxxxxxxx-xxxx-4xxx-8xxx-xxxxxxxxxxxx";
  for (char& c : id) {
    if (c == 'x') c = "0123456789abcdef"[hex(random)];
  }
  return id;
}

struct Session {
  std::string address;
  std::filesystem::path caFile;
  std::string token;
  std::string hearingId;
};

// Uploads a file the way audientiactl and the desktop client do (UploadsApi: CreateUpload, one
// WriteUpload stream of 4 MiB chunks read ahead of the sender, CompleteUpload), on a connection
// of its own; returns "" or the error.
std::string upload(const Session& session, const fs::path& file, const std::string& sha256,
                   const std::string& uploadId) {
  auto api = client::ApiClient::create({session.address, session.caFile, session.token, {}, {}});
  if (!api) return api.error().toString();
  client::UploadsApi& uploads = **api;
  const auto size = static_cast<std::int64_t>(fs::file_size(file));
  v1::CreateUploadRequest create;
  create.set_upload_id(uploadId);
  create.set_hearing_id(session.hearingId);
  create.set_file_name(file.filename().string());
  create.set_size_bytes(size);
  create.set_sha256(sha256);
  if (auto created = uploads.createUpload(create); !created)
    return "CreateUpload: " + created.error().toString();
  auto written = uploads.writeUpload({uploadId, file, 0, size, kChunk, nullptr}, nullptr);
  if (!written) return "WriteUpload: " + written.error().toString();
  if (written->durable_offset() != size) return "WriteUpload: durable offset short";
  auto completed = uploads.completeUpload(uploadId, {});
  if (!completed) return "CompleteUpload: " + completed.error().toString();
  if (completed->recording().sha256() != sha256) return "recording digest differs";
  return {};
}

using audientia::bench::peakRssDuring;

std::size_t residentKiB(pid_t pid, const char* field) {
  return audientia::bench::statusField(pid, field);
}

int fail(const std::string& what) {
  std::fprintf(stderr, "bench_upload: %s\n", what.c_str());
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  const std::size_t oneMiB = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 2048;
  const std::size_t rssMiB = argc > 2 ? std::strtoull(argv[2], nullptr, 10) : 4096;
  const int concurrent = argc > 3 ? std::atoi(argv[3]) : 50;
  const std::size_t eachMiB = argc > 4 ? std::strtoull(argv[4], nullptr, 10) : 100;
  const std::string storeQuery = argc > 5 ? argv[5] : "";

  auto root = testing::makeTempDir("bench-upload");
  if (!root) return fail(root.error().toString());
  const fs::path files = *root / "files";
  fs::create_directories(files);
  testing::ServerOptions options;
  options.dataDir = *root / "data";
  // No background jobs: the processing of one round's recording would run during the next
  // round. Random bytes are now and then taken for media (FFmpeg finds an audio stream in them),
  // and the waveform job then decoded the whole file for seconds while the next upload ran.
  options.extraArgs = {"--workers", "0"};
  if (!storeQuery.empty()) {
    options.extraArgs.insert(
        options.extraArgs.end(),
        {"--media-store", "file://" + (options.dataDir / "media").string() + "?" + storeQuery});
  }
  auto server = testing::ServerProcess::start(options);
  if (!server) return fail("starting the server: " + server.error().toString());
  const pid_t pid = (*server)->pid();

  // An office, a prosecutor and a hearing.
  Session session;
  {
    auto admin = client::ApiClient::create({(*server)->address(), (*server)->caFile(), {}, {}, {}});
    if (!admin) return fail(admin.error().toString());
    auto login = (*admin)->login("admin", (*server)->adminPassword());
    if (!login) return fail(login.error().toString());
    (*admin)->setToken(login->token());
    auto office = (*admin)->createOffice("Bench office", "");
    if (!office) return fail(office.error().toString());
    v1::CreateUserRequest user;
    user.set_username("bench.prosecutor");
    user.set_office_id(office->id());
    user.set_role(v1::ROLE_PROSECUTOR);
    user.set_password("a long bench passphrase 42");
    if (auto created = (*admin)->createUser(user); !created)
      return fail(created.error().toString());
    auto api = client::ApiClient::create({(*server)->address(), (*server)->caFile(), {}, {}, {}});
    auto prosecutor = (*api)->login("bench.prosecutor", "a long bench passphrase 42");
    if (!prosecutor) return fail(prosecutor.error().toString());
    (*api)->setToken(prosecutor->token());
    v1::CreateHearingRequest hearing;
    hearing.set_office_id(office->id());
    hearing.set_case_number("BENCH/1");
    hearing.set_kind(v1::HEARING_KIND_WITNESS);
    auto created = (*api)->createHearing(hearing);
    if (!created) return fail(created.error().toString());
    session.address = (*server)->address();
    session.caFile = (*server)->caFile();
    session.token = prosecutor->token();
    session.hearingId = created->id();
  }
  std::mt19937_64 random(42);

  // 1. Throughput against dd.
  const fs::path big = files / "one.bin";
  std::printf("writing a %zu MiB source file...\n", oneMiB);
  (void)writeFile(big, oneMiB, 1);
  const fs::path ddOut = options.dataDir / "dd.out";
  // The disk of a virtual machine varies from one second to the next: dd and the upload take
  // turns, five times each, after the source file is on disk, and the medians are compared.
  ::sync();
  std::vector<double> ddRates;
  std::vector<double> upRates;
  const double mib = static_cast<double>(oneMiB);
  constexpr int kRounds = 5;
  for (int round = 0; round < kRounds; ++round) {
    // Each round uploads different bytes: a second upload of stored bytes would take the
    // duplicate path (the staged copy is removed, nothing new is placed).
    const std::string bigSha = stamp(big, static_cast<std::uint64_t>(round));
    auto ddStart = Clock::now();
    const std::string dd =
        "dd if=" + big.string() + " of=" + ddOut.string() + " bs=4M conv=fsync status=none";
    if (std::system(dd.c_str()) != 0) return fail("dd failed");
    ddRates.push_back(mib / seconds(ddStart));
    fs::remove(ddOut);
    ::sync();
    auto upStart = Clock::now();
    if (auto error = upload(session, big, bigSha, uuid4(random)); !error.empty()) {
      return fail(error);
    }
    upRates.push_back(mib / seconds(upStart));
    ::sync();
    std::printf("  round %d: upload %.0f MiB/s, dd %.0f MiB/s\n", round + 1, upRates.back(),
                ddRates.back());
  }
  auto median = [](std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
  };
  std::printf(
      "one %zu MiB upload over TLS: median %.0f MiB/s; dd conv=fsync same bytes same disk: median "
      "%.0f MiB/s; ratio %.2f (target >= 0.8)\n",
      oneMiB, median(upRates), median(ddRates), median(upRates) / median(ddRates));
  fs::remove(big);

  // 2. Server memory.
  for (std::size_t size : {std::size_t{256}, rssMiB}) {
    const fs::path file = files / ("rss-" + std::to_string(size) + ".bin");
    const std::string sha = writeFile(file, size, 100 + size);
    std::string error;
    const std::size_t before = residentKiB(pid, "VmRSS:");
    const std::size_t peak =
        peakRssDuring(pid, [&] { error = upload(session, file, sha, uuid4(random)); });
    if (!error.empty()) return fail(error);
    std::printf(
        "server RSS while receiving %zu MiB: %.1f MiB before, peak %.1f MiB (target < 100)\n", size,
        static_cast<double>(before) / 1024, static_cast<double>(peak) / 1024);
    fs::remove(file);
  }

  // 3. Concurrent uploads.
  std::printf("writing %d source files of %zu MiB...\n", concurrent, eachMiB);
  std::vector<fs::path> paths;
  std::vector<std::string> digests;
  for (int i = 0; i < concurrent; ++i) {
    paths.push_back(files / ("c-" + std::to_string(i) + ".bin"));
    digests.push_back(writeFile(paths.back(), eachMiB, 1000 + static_cast<std::uint64_t>(i)));
  }
  std::vector<std::string> errors(static_cast<std::size_t>(concurrent));
  std::vector<std::string> ids;
  for (int i = 0; i < concurrent; ++i) ids.push_back(uuid4(random));
  auto start = Clock::now();
  const std::size_t peak = peakRssDuring(pid, [&] {
    std::vector<std::thread> threads;
    for (int i = 0; i < concurrent; ++i) {
      threads.emplace_back([&, i] {
        auto index = static_cast<std::size_t>(i);
        errors[index] = upload(session, paths[index], digests[index], ids[index]);
      });
    }
    for (auto& thread : threads) thread.join();
  });
  const double elapsed = seconds(start);
  int okCount = 0;
  for (int i = 0; i < concurrent; ++i) {
    if (errors[static_cast<std::size_t>(i)].empty()) {
      ++okCount;
    } else {
      std::fprintf(stderr, "upload %d: %s\n", i, errors[static_cast<std::size_t>(i)].c_str());
    }
  }
  std::printf(
      "%d concurrent uploads of %zu MiB: %d complete and verified in %.1f s (%.0f MiB/s in all), "
      "server RSS peak %.1f MiB\n",
      concurrent, eachMiB, okCount, elapsed, static_cast<double>(eachMiB) * okCount / elapsed,
      static_cast<double>(peak) / 1024);
  (*server)->stop();
  std::error_code ignored;
  fs::remove_all(*root, ignored);
  return okCount == concurrent ? 0 : 1;
}
