// Audit trail speed: single appends through PgAuditLog (1, 4 and 16 threads), a trail of
// EVENTS events, and verify() over all of it (target: 1,000,000 events in under 10 s).
//
//   bench_audit_verify [EVENTS=1000000] [APPENDS=10000] [fsync|nofsync]
//
// Starts a throwaway PostgreSQL cluster (fsync on, as in production, unless `nofsync`: then
// appends show what the code costs without the WAL flush) in a temporary directory
// it removes; the bulk of the trail is written with COPY by the chain code itself
// (tests/pg/audit_copy.h), then APPENDS more events come through append().

#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "audientia/testing/temp_dir.h"
#include "audit_copy.h"
#include "embedded_postgres.h"
#include "pg_connection.h"
#include "postgres_storage.h"

namespace {

using namespace audientia;
using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;

double secondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

long peakRssMiB() {
  rusage usage{};
  ::getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024;
}

domain::NewAuditEvent benchEvent(int i) {
  domain::NewAuditEvent e;
  e.actorId = "11111111-1111-4111-8111-111111111111";
  e.actorUsername = "clerk.bench";
  e.action = "hearing.view";
  e.objectType = "hearing";
  e.objectId = "hearing-" + std::to_string(i % 1000);
  e.officeId = "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa";
  e.clientAddress = "ipv4:10.0.0.7:50312";
  e.outcome = domain::AuditOutcome::kSuccess;
  e.detailsJson = R"({"rpc": "GetHearing"})";
  return e;
}

// Appends `total` events from `threads` threads; returns events per second.
double timeAppends(ports::AuditLog& log, int total, int threads) {
  const auto start = Clock::now();
  std::vector<std::thread> workers;
  bool failed = false;
  for (int t = 0; t < threads; ++t) {
    workers.emplace_back([&log, &failed, t, total, threads] {
      for (int i = t; i < total; i += threads) {
        if (auto r = log.append(benchEvent(i)); !r) {
          std::fprintf(stderr, "append failed: %s\n", r.error().toString().c_str());
          failed = true;
          return;
        }
      }
    });
  }
  for (auto& w : workers) w.join();
  if (failed) std::exit(1);
  return total / secondsSince(start);
}

int run(std::int64_t events, int appends, bool fsync) {
  const audientia::testing::TempDir dir("audientia-auditbench");  // traversable by postgres
  const fs::path& root = dir.path();

  embedded::EmbeddedPostgresOptions options;
  options.dir = root / "cluster";
  options.database = "audientia";
  options.fsync = fsync;
  std::printf("cluster        fsync %s\n", fsync ? "on" : "off");
  auto pg = embedded::EmbeddedPostgres::start(options);
  if (!pg) {
    std::fprintf(stderr, "starting PostgreSQL: %s\n", pg.error().toString().c_str());
    return 1;
  }
  auto storage = storage::postgres::PostgresStorage::open({(*pg)->connectionString(), 8});
  if (!storage || !(*storage)->migrate()) {
    std::fprintf(stderr, "opening/migrating the database failed\n");
    return 1;
  }
  ports::AuditLog& log = (*storage)->auditLog();

  // 1. Bulk trail by COPY (hashes computed by the chain code).
  const std::int64_t bulk = events > appends ? events - appends : 0;
  auto conn = storage::postgres::PgConnection::connect((*pg)->connectionString());
  if (!conn) return 1;
  auto start = Clock::now();
  auto last = testing::copySyntheticAuditTrail(conn->raw(), 1, bulk);
  if (!last) {
    std::fprintf(stderr, "%s\n", last.error().toString().c_str());
    return 1;
  }
  const double loadSeconds = secondsSince(start);
  std::printf("bulk load      %lld events by COPY in %.1f s (%.0f events/s)\n",
              static_cast<long long>(bulk), loadSeconds, static_cast<double>(bulk) / loadSeconds);

  // 2. Single appends: one caller, then 4 and 16 concurrent callers (every RPC appends one
  // event; concurrent appends share a transaction and its WAL flush: group commit).
  const int quarter = appends / 4;
  const int counts[] = {appends - 2 * quarter, quarter, quarter};
  const int threads[] = {1, 4, 16};
  for (int i = 0; i < 3; ++i) {
    const double rate = timeAppends(log, counts[i], threads[i]);
    std::printf("append         %5d events, %2d threads: %6.0f events/s (%.3f ms per event)\n",
                counts[i], threads[i], rate, 1000.0 / rate);
  }

  // 3. Verify all of it, twice: the first pass after a bulk load also sets hint bits.
  for (int pass = 1; pass <= 2; ++pass) {
    start = Clock::now();
    auto v = log.verify();
    const double seconds = secondsSince(start);
    if (!v) {
      std::fprintf(stderr, "verify: %s\n", v.error().toString().c_str());
      return 1;
    }
    std::printf("verify pass %d  %lld events in %.2f s (%.0f events/s) intact=%s lastSeq=%lld\n",
                pass, static_cast<long long>(v->eventsChecked), seconds,
                static_cast<double>(v->eventsChecked) / seconds, v->intact ? "yes" : "NO",
                static_cast<long long>(v->lastSeq));
    if (!v->intact || v->eventsChecked != events) {
      std::fprintf(stderr, "unexpected verification result: %s\n", v->reason.c_str());
      return 1;
    }
  }
  std::printf("peak RSS of this process: %ld MiB\n", peakRssMiB());
  storage->reset();
  if (auto s = (*pg)->stop(); !s) std::fprintf(stderr, "%s\n", s.error().toString().c_str());
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  const std::int64_t events = argc > 1 ? std::atoll(argv[1]) : 1'000'000;
  const int appends = argc > 2 ? std::atoi(argv[2]) : 10'000;
  const bool fsync = argc <= 3 || std::string(argv[3]) != "nofsync";
  if (events < appends || appends < 4) {
    std::fprintf(stderr, "usage: bench_audit_verify [EVENTS>=APPENDS] [APPENDS>=4] [nofsync]\n");
    return 2;
  }
  return run(events, appends, fsync);
}
