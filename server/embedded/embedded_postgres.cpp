#include "embedded_postgres.h"

#include <libpq-fe.h>
#include <pwd.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <optional>
#include <sstream>

#include "pg_connection.h"
#include "subprocess.h"

namespace audientia::embedded {

namespace fs = std::filesystem;

namespace {

constexpr int kPort = 5432;

// libpq conninfo value quoting: 'value' with \ and ' escaped.
std::string quoteConninfo(const std::string& value) {
  std::string out = "'";
  for (char c : value) {
    if (c == '\'' || c == '\\') out += '\\';
    out += c;
  }
  return out + "'";
}

int versionOf(const fs::path& versionDir) {
  const std::string name = versionDir.filename().string();
  char* end = nullptr;
  const long v = std::strtol(name.c_str(), &end, 10);
  return (end != nullptr && *end == '\0') ? static_cast<int>(v) : -1;
}

std::string ownerText(const struct stat& st) {
  std::ostringstream out;
  out << "mode " << std::oct << (st.st_mode & 07777) << std::dec << ", owner uid " << st.st_uid;
  return out.str();
}

// Whether a user can search (traverse) every directory from / down to `dir`.
Status checkTraversable(const fs::path& dir, uid_t uid, gid_t gid) {
  fs::path current;
  for (const auto& part : dir) {
    current /= part;
    struct stat st {};
    if (::stat(current.c_str(), &st) != 0) continue;
    const bool ok = st.st_uid == uid   ? (st.st_mode & S_IXUSR) != 0
                    : st.st_gid == gid ? (st.st_mode & S_IXGRP) != 0
                                       : (st.st_mode & S_IXOTH) != 0;
    if (!ok) {
      return Error(ErrorCode::kFailedPrecondition,
                   "the postgres user cannot reach " + dir.string() + ": " + current.string() +
                       " is not traversable for it (" + ownerText(st) +
                       "); make it traversable (chmod o+x " + current.string() +
                       ") or put the data directory somewhere the postgres user can reach");
    }
  }
  return ok();
}

std::optional<pid_t> readPostmasterPid(const fs::path& pidFile) {
  std::ifstream in(pidFile);
  long pid = 0;
  if (!(in >> pid) || pid <= 0) return std::nullopt;
  return static_cast<pid_t>(pid);
}

// True when `pid` is alive and is a postmaster working in `dataDir` (its cwd), so that a pid
// reused by an unrelated process is never signalled.
bool isPostmasterOf(pid_t pid, const fs::path& dataDir) {
  if (::kill(pid, 0) != 0 && errno != EPERM) return false;
  std::error_code ec;
  const fs::path cwd = fs::read_symlink("/proc/" + std::to_string(pid) + "/cwd", ec);
  if (ec) return false;
  return fs::equivalent(cwd, dataDir, ec);
}

}  // namespace

struct EmbeddedPostgres::Runtime {
  fs::path binDir;
  std::optional<RunAs> runAs;  // set when we are root
};

Expected<fs::path> findPostgresBinDir() {
  if (const char* env = std::getenv("AUDIENTIA_PG_BINDIR"); env != nullptr && *env != '\0') {
    if (fs::exists(fs::path(env) / "pg_ctl")) return fs::path(env);
    return Error(ErrorCode::kFailedPrecondition,
                 std::string("AUDIENTIA_PG_BINDIR=") + env + " has no pg_ctl");
  }
  std::error_code ec;
  fs::path best;
  int bestVersion = -1;
  for (const auto& entry : fs::directory_iterator("/usr/lib/postgresql", ec)) {
    const fs::path bin = entry.path() / "bin";
    const int v = versionOf(entry.path());
    if (v > bestVersion && fs::exists(bin / "initdb") && fs::exists(bin / "pg_ctl")) {
      best = bin;
      bestVersion = v;
    }
  }
  if (bestVersion < 0) {
    return Error(ErrorCode::kFailedPrecondition,
                 "PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin "
                 "(install the postgresql package, or set AUDIENTIA_PG_BINDIR)");
  }
  return best;
}

Expected<std::unique_ptr<EmbeddedPostgres>> EmbeddedPostgres::start(
    const EmbeddedPostgresOptions& options) {
  if (options.dir.empty()) return invalidArgument("embedded PostgreSQL: no directory given");
  if (options.dir.string().find_first_of("'\\\"") != std::string::npos) {
    return invalidArgument("embedded PostgreSQL: directory " + options.dir.string() +
                           " must not contain quotes or backslashes");
  }
  auto runtime = std::make_shared<Runtime>();
  AUDIENTIA_TRY(runtime->binDir, findPostgresBinDir());
  if (::geteuid() == 0) {
    const passwd* pw = ::getpwnam("postgres");
    if (pw == nullptr) {
      return Error(ErrorCode::kFailedPrecondition,
                   "running as root, but there is no `postgres` user to run PostgreSQL as "
                   "(initdb refuses root); install the postgresql package or run as another user");
    }
    runtime->runAs = RunAs{pw->pw_uid, pw->pw_gid};
  }
  EmbeddedPostgresOptions absolute = options;
  std::error_code ec;
  absolute.dir = fs::absolute(options.dir, ec).lexically_normal();
  if (absolute.dir.has_filename() == false) absolute.dir = absolute.dir.parent_path();

  std::unique_ptr<EmbeddedPostgres> pg(new EmbeddedPostgres(std::move(absolute), runtime));
  const std::string where = "embedded PostgreSQL in " + pg->options_.dir.string();
  auto fail = [&](const Error& e) { return e.withContext(where); };
  if (auto s = pg->prepareDirectories(); !s) return fail(s.error());
  if (auto s = pg->initializeIfNeeded(); !s) return fail(s.error());
  bool alreadyRunning = false;
  if (auto s = pg->takeOverOrClearExisting(alreadyRunning); !s) return fail(s.error());
  if (!alreadyRunning) {
    if (auto s = pg->startServer(); !s) return fail(s.error());
  }
  pg->running_ = true;
  if (auto s = pg->ensureDatabase(); !s) return fail(s.error());
  return pg;
}

EmbeddedPostgres::EmbeddedPostgres(EmbeddedPostgresOptions options,
                                   std::shared_ptr<const Runtime> runtime)
    : options_(std::move(options)), runtime_(std::move(runtime)) {}

EmbeddedPostgres::~EmbeddedPostgres() {
  (void)stop();
}

bool EmbeddedPostgres::answers() const {
  return PQping(connectionString("postgres").c_str()) == PQPING_OK;
}

Status EmbeddedPostgres::restartIfDown() {
  if (!running_) {
    return Error(ErrorCode::kFailedPrecondition, "the embedded PostgreSQL was stopped");
  }
  if (answers()) return ok();
  const std::string where = "restarting the embedded PostgreSQL in " + options_.dir.string();
  bool alreadyRunning = false;
  if (auto s = takeOverOrClearExisting(alreadyRunning); !s) return s.error().withContext(where);
  if (!alreadyRunning) {
    if (auto s = startServer(); !s) return s.error().withContext(where);
  }
  return ok();
}

std::string EmbeddedPostgres::connectionString() const {
  return connectionString(options_.database);
}

std::string EmbeddedPostgres::connectionString(const std::string& database) const {
  return "host=" + quoteConninfo((options_.dir / "run").string()) +
         " port=" + std::to_string(kPort) + " dbname=" + quoteConninfo(database) + " user=postgres";
}

Status EmbeddedPostgres::prepareDirectories() {
  const fs::path& dir = options_.dir;
  std::error_code ec;
  fs::create_directories(dir / "run", ec);
  if (ec) return internalError("creating " + (dir / "run").string() + ": " + ec.message());
  if (!runtime_->runAs) return ok();
  const RunAs& as = *runtime_->runAs;
  for (const fs::path& p : {dir, dir / "run"}) {
    if (::chown(p.c_str(), as.uid, as.gid) != 0) {
      return internalError("giving " + p.string() +
                           " to the postgres user: " + std::strerror(errno));
    }
  }
  return checkTraversable(dir, as.uid, as.gid);
}

Status EmbeddedPostgres::initializeIfNeeded() {
  const fs::path data = options_.dir / "data";
  std::error_code ec;
  if (fs::exists(data / "PG_VERSION", ec)) return ok();
  if (fs::exists(data, ec) && !fs::is_empty(data, ec)) {
    return Error(ErrorCode::kFailedPrecondition,
                 data.string() + " exists but is not a PostgreSQL data directory; move it away");
  }
  std::vector<std::string> argv{(runtime_->binDir / "initdb").string(),
                                "-D",
                                data.string(),
                                "-A",
                                "trust",
                                "-U",
                                "postgres",
                                "-E",
                                "UTF8",
                                "--locale=C.UTF-8"};
  if (!options_.fsync) argv.emplace_back("--no-sync");
  AUDIENTIA_TRY(auto result, runProcess(argv, runtime_->runAs, options_.dir));
  if (result.exitCode != 0) {
    return internalError("initdb failed (exit " + std::to_string(result.exitCode) +
                         "): " + describeCommand(argv) + "\n" + result.output);
  }
  return ok();
}

Status EmbeddedPostgres::takeOverOrClearExisting(bool& alreadyRunning) {
  alreadyRunning = false;
  const fs::path data = options_.dir / "data";
  const fs::path pidFile = data / "postmaster.pid";
  std::error_code ec;
  if (!fs::exists(pidFile, ec)) return ok();
  const auto pid = readPostmasterPid(pidFile);
  if (!pid || !isPostmasterOf(*pid, data)) {
    // Left by a postmaster that died: remove it so a reused pid cannot block the start.
    fs::remove(pidFile, ec);
    return ok();
  }
  // A postmaster of ours survived the process that started it. Reuse it when it answers on
  // our socket; otherwise (started with other settings, or hung) restart it.
  if (PQping(connectionString("postgres").c_str()) == PQPING_OK) {
    alreadyRunning = true;
    return ok();
  }
  std::vector<std::string> argv{(runtime_->binDir / "pg_ctl").string(),
                                "stop",
                                "-D",
                                data.string(),
                                "-m",
                                "fast",
                                "-w",
                                "-t",
                                "60"};
  AUDIENTIA_TRY(auto result, runProcess(argv, runtime_->runAs, options_.dir));
  if (result.exitCode != 0) {
    return internalError("stopping the PostgreSQL left running by an earlier process (pid " +
                         std::to_string(*pid) + ") failed: " + describeCommand(argv) + "\n" +
                         result.output);
  }
  return ok();
}

// glibc gives a backend's freed heap back to the kernel as soon as more than 128 kB are free at
// its top (or a little more, as it adapts), so a query that sorts a few megabytes (a search
// ranking an office's RUM index entries: about 13 MB) faults them all in again on every
// execution. Measured on the 2-core VM (docs/search.md, ADR 0013): a very common word took
// 29-31 ms at p50 with glibc's defaults and 11 ms when each backend keeps up to 32 MB. Setting
// the trim threshold stops glibc adapting its mmap threshold too, so that one is set as well,
// or every block over 128 kB would be mapped afresh. Two variables rather than one
// GLIBC_TUNABLES: glibc 2.36 cuts GLIBC_TUNABLES down to its first entry in the environment it
// passes on, and pg_ctl and the shell it runs sit between us and postgres. A value set by
// whoever starts us wins.
const std::vector<std::string> kBackendMalloc{"MALLOC_TRIM_THRESHOLD_=33554432",
                                              "MALLOC_MMAP_THRESHOLD_=33554432"};

Status EmbeddedPostgres::startServer() {
  const fs::path& dir = options_.dir;
  std::string serverOptions =
      "-c listen_addresses='' -k '" + (dir / "run").string() + "' -p " + std::to_string(kPort);
  if (!options_.fsync) serverOptions += " -c fsync=off";
  std::vector<std::string> argv{(runtime_->binDir / "pg_ctl").string(),
                                "start",
                                "-D",
                                (dir / "data").string(),
                                "-l",
                                (dir / "postgres.log").string(),
                                "-w",
                                "-t",
                                "120",
                                "-o",
                                serverOptions};
  AUDIENTIA_TRY(auto result, runProcess(argv, runtime_->runAs, dir, kBackendMalloc));
  if (result.exitCode != 0) {
    return internalError("pg_ctl start failed (exit " + std::to_string(result.exitCode) +
                         "): " + describeCommand(argv) + "\n" + result.output +
                         "\n--- postgres.log (end) ---\n" + logTail());
  }
  return ok();
}

Status EmbeddedPostgres::ensureDatabase() {
  using storage::postgres::PgConnection;
  AUDIENTIA_TRY(auto conn, PgConnection::connect(connectionString("postgres")));
  const std::string& name = options_.database;
  AUDIENTIA_TRY(auto r, conn.exec("SELECT 1 FROM pg_database WHERE datname = $1", {name},
                                  "looking up database " + name));
  if (r.rows() > 0) return ok();
  // Identifiers cannot be parameters; PQescapeIdentifier quotes the name safely.
  char* quoted = PQescapeIdentifier(conn.raw(), name.c_str(), name.size());
  if (quoted == nullptr) return invalidArgument("database name " + name + " cannot be quoted");
  const std::string sql = std::string("CREATE DATABASE ") + quoted;
  PQfreemem(quoted);
  auto created = conn.execScript(sql, "creating database " + name);
  if (!created) {
    // Another process may have created it at the same moment.
    AUDIENTIA_TRY(auto again, conn.exec("SELECT 1 FROM pg_database WHERE datname = $1", {name},
                                        "looking up database " + name));
    if (again.rows() == 0) return created;
  }
  return ok();
}

Status EmbeddedPostgres::stop() {
  if (!running_) return ok();
  running_ = false;
  std::vector<std::string> argv{(runtime_->binDir / "pg_ctl").string(),
                                "stop",
                                "-D",
                                (options_.dir / "data").string(),
                                "-m",
                                "fast",
                                "-w",
                                "-t",
                                "120"};
  AUDIENTIA_TRY(auto result, runProcess(argv, runtime_->runAs, options_.dir));
  if (result.exitCode != 0) {
    return internalError("pg_ctl stop failed (exit " + std::to_string(result.exitCode) +
                         "): " + describeCommand(argv) + "\n" + result.output);
  }
  return ok();
}

std::string EmbeddedPostgres::logTail() const {
  std::ifstream in(options_.dir / "postgres.log");
  std::stringstream buffer;
  buffer << in.rdbuf();
  std::string text = buffer.str();
  constexpr std::size_t kMax = 4000;
  return text.size() > kMax ? text.substr(text.size() - kMax) : text;
}

}  // namespace audientia::embedded
