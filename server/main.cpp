// audientia-server: wires the objects by constructor and serves gRPC over TLS only.
//
//   audientia-server --data-dir DIR [--listen HOST:PORT] [--database-url URL]
//                    [--media-store URL] [--require-client-cert]
//                    [--session-hours H] [--idle-minutes M]
//   audientia-server --data-dir DIR --issue-client-cert NAME --out DIR2

#include <fcntl.h>
#include <grpcpp/ext/proto_server_reflection_plugin.h>
#include <grpcpp/grpcpp.h>
#include <grpcpp/health_check_service_interface.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <optional>
#include <string>

#include "api/annotation_grpc_service.h"
#include "api/audit_grpc_service.h"
#include "api/auth_grpc_service.h"
#include "api/export_grpc_service.h"
#include "api/hearing_grpc_service.h"
#include "api/malformed_request.h"
#include "api/office_grpc_service.h"
#include "api/recording_grpc_service.h"
#include "app/annotations/annotation_service.h"
#include "app/common/system_clock.h"
#include "app/hearings/hearing_service.h"
#include "app/hearings/recording_service.h"
#include "app/identity/auth_service.h"
#include "app/identity/office_service.h"
#include "app/identity/password_hasher.h"
#include "app/identity/user_service.h"
#include "app/ingest/upload_service.h"
#include "app/search/search_service.h"
#include "audientia/base/memory_policy.h"
#include "bootstrap/data_dir_lock.h"
#include "bootstrap/secret_file.h"
#include "bootstrap/tls_bootstrap.h"
#include "embedded/database_watch.h"
#include "embedded/embedded_postgres.h"
#include "media_adapter/ffmpeg_media_processor.h"
#include "report_pdf/pdf_report_renderer.h"
#include "storage/media_store_factory.h"
#include "storage/postgres/postgres_storage.h"
// Keeping (issue 4): background jobs, processing, fixity, retention, upload expiry.
#include "api/maintenance_grpc_service.h"
#include "api/retention_grpc_service.h"
#include "app/ingest/processing_job.h"
#include "app/keeping/fixity_service.h"
#include "app/keeping/job_runner.h"
#include "app/keeping/maintenance_service.h"
#include "app/keeping/retention_service.h"
#include "app/keeping/upload_expiry.h"

namespace audientia {
namespace {

namespace fs = std::filesystem;

constexpr int kMaxServerThreads = 256;
constexpr char kUsage[] =
    "usage: audientia-server --data-dir DIR [--listen HOST:PORT] [--database-url URL]\n"
    "                        [--media-store URL] [--require-client-cert]\n"
    "                        [--session-hours H] [--idle-minutes M]\n"
    "       audientia-server --data-dir DIR --issue-client-cert NAME --out DIR2\n"
    "\n"
    "  --data-dir DIR       where the server keeps its state (created if missing)\n"
    "  --listen HOST:PORT   address to serve gRPC over TLS on (default 127.0.0.1:7443;\n"
    "                       port 0 picks a free port)\n"
    "  --database-url URL   use this PostgreSQL instead of the embedded cluster in DIR/postgres\n"
    "  --media-store URL    file:///PATH, optionally ?max_bytes=N to bound what the store\n"
    "                       may hold (default file://DIR/media, unbounded) and\n"
    "                       &direct_io=auto|true|false: uploads past the page cache from\n"
    "                       their 32nd MiB (auto, the default), from the start, or never\n"
    "  --upload-expiry-hours H  a resumable upload nobody wrote to for H hours expires\n"
    "                       (default 72)\n"
    "  --upload-sync-mib M  fsync and record an upload's durable offset every M MiB of a\n"
    "                       stream, or once the sync before has ended (default 64)\n"
    "  --organisation NAME  who exports evidence packages (their bag-info.txt's\n"
    "                       Source-Organization; default Audientia)\n"
    "  --rotate-signing-key  retire the evidence signing key (kept under DIR/keys/retired)\n"
    "                        and issue a new one from the CA before starting\n"
    "  --require-client-cert  mutual TLS: refuse clients without a certificate issued by\n"
    "                       the server's CA (DIR/tls/ca.pem)\n"
    "  --session-hours H    absolute session lifetime (default 12)\n"
    "  --idle-minutes M     a session ends after M minutes without a call (default 30)\n"
    "  --workers N          background job workers on this instance (default 2; 0: none)\n"
    "  --job-backoff-seconds S  wait before retrying a failed job; doubles per attempt\n"
    "                       (default 10, at most an hour)\n"
    "  --thumbnail-seconds S  a thumbnail every S seconds of media (default 30)\n"
    "  --fixity-interval-hours H  re-hash every stored object every H hours (default 24)\n"
    "  --fixity-rate-mib R  fixity reads at most R MiB/s (default 64)\n"
    "  --retention-interval-hours H  delete expired hearings every H hours (default 24)\n"
    "  --issue-client-cert NAME  write a workstation certificate NAME.pem, its key NAME.key\n"
    "                       and ca.pem to --out DIR2, signed by the CA in DIR/tls, and exit\n"
    "  --help               show this text\n";

constexpr std::size_t kMaxMessageBytes = 16u << 20;
constexpr int kStreamWindowBytes = 8 << 20;
constexpr int kMaxFrameBytes = (1 << 24) - 1;  // the largest HTTP/2 allows
constexpr auto kShutdownGrace = std::chrono::seconds(10);

struct Options {
  fs::path dataDir;
  std::string listen = "127.0.0.1:7443";
  std::string databaseUrl;
  std::string mediaStore;
  bool requireClientCert = false;
  bool rotateSigningKey = false;
  std::string organisation = "Audientia";
  int sessionHours = 12;
  int idleMinutes = 30;
  // Resumable uploads (issue 4).
  int uploadExpiryHours = 72;
  int uploadSyncMib = 64;
  // Keeping (issue 4).
  int workers = 2;
  int jobBackoffSeconds = 10;
  int thumbnailSeconds = 30;
  int fixityIntervalHours = 24;
  int fixityRateMib = 64;
  int retentionIntervalHours = 24;
  std::string issueClientCert;
  fs::path out;
  bool help = false;
};

Expected<int> positive(const std::string& option, const std::string& value, int max) {
  try {
    std::size_t used = 0;
    int parsed = std::stoi(value, &used);
    if (used == value.size() && parsed > 0 && parsed <= max) return parsed;
  } catch (const std::exception&) {
  }
  return invalidArgument(option + " must be a whole number from 1 to " + std::to_string(max) +
                         ", got '" + value + "'");
}

Expected<Options> parseArguments(int argc, char** argv) {
  Options options;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--help" || arg == "-h") {
      options.help = true;
      return options;
    }
    if (arg == "--rotate-signing-key") {
      options.rotateSigningKey = true;
      continue;
    }
    if (arg == "--require-client-cert") {
      options.requireClientCert = true;
      continue;
    }
    std::string value;
    auto equals = arg.find('=');
    if (arg.rfind("--", 0) == 0 && equals != std::string::npos) {
      value = arg.substr(equals + 1);
      arg = arg.substr(0, equals);
    } else if (i + 1 < argc) {
      value = argv[++i];
    } else {
      return invalidArgument(arg + " needs a value (see --help)");
    }
    if (arg == "--data-dir") {
      options.dataDir = value;
    } else if (arg == "--listen") {
      options.listen = value;
    } else if (arg == "--database-url") {
      options.databaseUrl = value;
    } else if (arg == "--media-store") {
      options.mediaStore = value;
    } else if (arg == "--session-hours") {
      AUDIENTIA_TRY(options.sessionHours, positive(arg, value, 24 * 30));
    } else if (arg == "--idle-minutes") {
      AUDIENTIA_TRY(options.idleMinutes, positive(arg, value, 24 * 60));
    } else if (arg == "--upload-expiry-hours") {
      AUDIENTIA_TRY(options.uploadExpiryHours, positive(arg, value, 24 * 366));
    } else if (arg == "--upload-sync-mib") {
      AUDIENTIA_TRY(options.uploadSyncMib, positive(arg, value, 1 << 14));
    } else if (arg == "--workers") {
      // 0 is allowed: an instance that only serves calls.
      if (value == "0") {
        options.workers = 0;
      } else {
        AUDIENTIA_TRY(options.workers, positive(arg, value, 64));
      }
    } else if (arg == "--job-backoff-seconds") {
      AUDIENTIA_TRY(options.jobBackoffSeconds, positive(arg, value, 3600));
    } else if (arg == "--organisation") {
      if (value.empty() || value.size() > 200 || value.find('\n') != std::string::npos) {
        return invalidArgument("--organisation: a name of 1 to 200 characters on one line");
      }
      options.organisation = value;
    } else if (arg == "--thumbnail-seconds") {
      AUDIENTIA_TRY(options.thumbnailSeconds, positive(arg, value, 3600));
    } else if (arg == "--fixity-interval-hours") {
      AUDIENTIA_TRY(options.fixityIntervalHours, positive(arg, value, 24 * 366));
    } else if (arg == "--fixity-rate-mib") {
      AUDIENTIA_TRY(options.fixityRateMib, positive(arg, value, 1 << 20));
    } else if (arg == "--retention-interval-hours") {
      AUDIENTIA_TRY(options.retentionIntervalHours, positive(arg, value, 24 * 366));
    } else if (arg == "--issue-client-cert") {
      options.issueClientCert = value;
    } else if (arg == "--out") {
      options.out = value;
    } else {
      return invalidArgument("unknown option " + arg + " (see --help)");
    }
  }
  if (options.dataDir.empty()) return invalidArgument("--data-dir DIR is required (see --help)");
  if (!options.issueClientCert.empty() && options.out.empty()) {
    return invalidArgument("--issue-client-cert needs --out DIR (see --help)");
  }
  if (options.listen.rfind(':') == std::string::npos) {
    return invalidArgument("--listen must be HOST:PORT, got '" + options.listen + "'");
  }
  return options;
}

Expected<storage::MediaStoreUrl> mediaStoreUrl(const Options& options) {
  auto url = storage::parseMediaStoreUrl(options.mediaStore, options.dataDir / "media");
  if (!url) return url.error().withContext("--media-store");
  return url;
}

Status ensureDataDir(const fs::path& dir) {
  if (::mkdir(dir.c_str(), 0711) == 0) {
    // mkdir applies the umask; the mode is meant exactly (postgres, as another user, must be
    // able to traverse into DIR/postgres).
    if (::chmod(dir.c_str(), 0711) != 0) {
      return internalError("chmod " + dir.string() + ": " + std::strerror(errno));
    }
    return ok();
  }
  if (errno != EEXIST) {
    return internalError("creating data dir " + dir.string() + ": " + std::strerror(errno));
  }
  if (!fs::is_directory(dir)) {
    return Error(ErrorCode::kFailedPrecondition, dir.string() + " is not a directory");
  }
  return ok();
}

// SIGINT/SIGTERM are turned into a byte on a pipe that main waits on (self-pipe). Handlers,
// unlike a blocked signal mask, are not inherited by the children (initdb, pg_ctl) we exec.
int gSignalPipe[2] = {-1, -1};

extern "C" void onSignal(int) {
  int saved = errno;
  char byte = 1;
  [[maybe_unused]] auto written = ::write(gSignalPipe[1], &byte, 1);
  errno = saved;
}

Status installSignalHandlers() {
  if (::pipe2(gSignalPipe, O_CLOEXEC) != 0) {
    return internalError(std::string("creating the signal pipe: ") + std::strerror(errno));
  }
  struct sigaction action {};
  action.sa_handler = onSignal;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_RESTART;
  ::sigaction(SIGINT, &action, nullptr);
  ::sigaction(SIGTERM, &action, nullptr);
  return ok();
}

void waitForSignal() {
  char byte = 0;
  while (::read(gSignalPipe[0], &byte, 1) < 0 && errno == EINTR) {
  }
}

int run(const Options& options) {
  auto log = spdlog::stderr_color_mt("server");
  auto apiLog = spdlog::stderr_color_mt("api");
  auto fail = [](const Error& error) {
    std::fprintf(stderr, "audientia-server: %s\n", error.toString().c_str());
    return 1;
  };
  auto storeUrl = mediaStoreUrl(options);
  if (!storeUrl) return fail(storeUrl.error());
  if (auto status = installSignalHandlers(); !status) return fail(status.error());
  if (auto status = ensureDataDir(options.dataDir); !status) return fail(status.error());
  auto lock = bootstrap::DataDirLock::acquire(options.dataDir);
  if (!lock) return fail(lock.error());

  std::unique_ptr<embedded::EmbeddedPostgres> postgres;
  std::string databaseUrl = options.databaseUrl;
  if (databaseUrl.empty()) {
    auto started = embedded::EmbeddedPostgres::start({options.dataDir / "postgres"});
    if (!started) return fail(started.error().withContext("starting the embedded PostgreSQL"));
    postgres = std::move(*started);
    databaseUrl = postgres->connectionString();
  }
  auto storage = storage::postgres::PostgresStorage::open({databaseUrl});
  if (!storage) return fail(storage.error().withContext("connecting to PostgreSQL"));
  auto migrated = (*storage)->migrate();
  if (!migrated) return fail(migrated.error().withContext("migrating the schema"));
  for (int version : *migrated) log->info("applied migration {}", version);

  auto opened = storage::openMediaStore(*storeUrl);
  if (!opened) return fail(opened.error().withContext("opening the media store"));
  if (!opened->notice.empty()) log->warn("{}", opened->notice);
  auto& store = opened->store;
  auto tls = bootstrap::TlsBootstrap::ensure(options.dataDir);
  if (!tls) return fail(tls.error().withContext("preparing TLS"));
  if (tls->createdCa) log->info("created a private CA: {}", tls->caCertPath.string());
  auto signing = options.rotateSigningKey
                     ? bootstrap::TlsBootstrap::rotateSigningKey(options.dataDir)
                     : bootstrap::TlsBootstrap::ensureSigningKey(options.dataDir);
  if (!signing) return fail(signing.error().withContext("preparing the evidence signing key"));
  if (signing->issued) {
    log->info("issued the evidence signing key: {}", signing->certPath.string());
  }

  app::SystemClock clock;
  app::PasswordHasher hasher;
  media_adapter::FfmpegMediaProcessor mediaProcessor;
  auto& db = **storage;
  app::SessionPolicy sessionPolicy{std::chrono::hours(options.sessionHours),
                                   std::chrono::minutes(options.idleMinutes)};
  app::AuthService auth(db.users(), db.sessions(), db.offices(), clock, hasher, sessionPolicy);
  app::OfficeService offices(db.offices());
  app::UserService users(db.users(), db.sessions(), db.offices(), hasher);
  app::HearingService hearings(db.offices(), db.hearings(), db.recordings());
  app::RecordingService recordings(hearings, db.recordings(), *store);
  app::UploadOptions uploadOptions;
  uploadOptions.expiry = std::chrono::hours(options.uploadExpiryHours);
  uploadOptions.syncEveryBytes = std::int64_t{options.uploadSyncMib} << 20;
  app::UploadService uploads(hearings, db.uploads(), db.recordings(), *store, db.keyLocks(),
                             db.jobs(), clock, uploadOptions);

  fs::path passwordFile = options.dataDir / "initial-admin-password";
  auto admin = auth.bootstrapAdmin([&](const std::string& password) {
    return bootstrap::writeSecretFile(passwordFile, password + "\n");
  });
  if (!admin) return fail(admin.error().withContext("creating the first administrator"));
  if (*admin) {
    log->info("created user '{}' in office '{}'; its password is in {}", (*admin)->username,
              (*admin)->office.name, passwordFile.string());
  }

  api::CallGate gate(auth, &db.auditLog(), apiLog);
  api::AuthGrpcService authService(gate, offices);
  api::OfficeGrpcService officeService(gate, offices);
  api::UserGrpcService userService(gate, users);
  api::HearingGrpcService hearingService(gate, hearings);
  api::RecordingGrpcService recordingService(gate, recordings, uploads);
  api::AuditGrpcService auditService(gate, db.auditLog());
  app::AnnotationService annotations(db.offices(), db.hearings(), db.recordings(),
                                     db.annotations());
  app::SearchService search(db.offices(), db.search());
  api::AnnotationGrpcService annotationService(gate, annotations);
  api::SearchGrpcService searchService(gate, search);
  app::ClipExport clips(recordings, hearings, *store, mediaProcessor, db.fixity(),
                        options.dataDir / "work");
  report::PdfReportRenderer reportRenderer;
  app::HearingReport reports(hearings, db.offices(), db.users(), db.annotations(), *store,
                             mediaProcessor, reportRenderer, options.dataDir / "work",
                             options.organisation);
  app::PackageExport packages(
      hearings, db.recordings(), db.annotations(), db.auditLog(), *store, db.fixity(), reports,
      clips, {signing->certPem, signing->keyPem, signing->caCertPem}, options.organisation);
  api::ExportGrpcService exportService(gate, clips, packages, reports, clock);

  // ---- Keeping (issue 4): background jobs, processing, fixity, retention, upload expiry ----
  auto jobLog = spdlog::stderr_color_mt("jobs");
  app::FixityOptions fixityOptions;
  fixityOptions.interval = std::chrono::hours(options.fixityIntervalHours);
  fixityOptions.bytesPerSecond = std::int64_t{options.fixityRateMib} << 20;
  app::FixityService fixity(db.fixity(), db.alerts(), db.recordings(), db.hearings(), db.auditLog(),
                            *store, clock, fixityOptions);
  app::ProcessingOptions processingOptions;
  processingOptions.workDir = options.dataDir / "work";
  processingOptions.thumbnailEvery = std::chrono::seconds(options.thumbnailSeconds);
  app::ProcessingJob processing(db.recordings(), *store, db.keyLocks(), mediaProcessor,
                                processingOptions);
  app::RetentionService retention(db.offices(), hearings, db.retention(), db.recordings(),
                                  db.auditLog(), *store, db.keyLocks(), clock, jobLog);
  app::UploadExpiry uploadExpiry(db.uploads(), db.recordings(), *store, clock, jobLog);
  app::MaintenanceService maintenance(db.jobs(), db.fixity(), db.alerts());
  app::JobRunnerOptions runnerOptions;
  runnerOptions.workers = options.workers;
  runnerOptions.backoffBase = std::chrono::seconds(options.jobBackoffSeconds);
  runnerOptions.periodic = {
      {domain::kJobFixitySweep, std::chrono::hours(options.fixityIntervalHours)},
      {domain::kJobRetentionSweep, std::chrono::hours(options.retentionIntervalHours)},
      {domain::kJobExpireUploads, std::chrono::minutes(10)}};
  app::JobRunner runner(db.jobs(), db.alerts(), db.recordings(), clock, runnerOptions, jobLog);
  runner.registerHandler(domain::kJobProcessRecording,
                         [&](const domain::Job& job) { return processing.run(job); });
  runner.registerHandler(domain::kJobFixitySweep,
                         [&](const domain::Job& job) { return fixity.runJob(job); });
  runner.registerHandler(domain::kJobRetentionSweep,
                         [&](const domain::Job& job) { return retention.runJob(job); });
  runner.registerHandler(domain::kJobExpireUploads,
                         [&](const domain::Job& job) { return uploadExpiry.runJob(job); });
  maintenance.onEnqueued([&] { runner.notify(); });
  uploads.onEnqueued([&] { runner.notify(); });
  api::MaintenanceGrpcService maintenanceService(gate, maintenance);
  api::RetentionGrpcService retentionService(gate, retention);
  // ---- end of keeping ----

  grpc::EnableDefaultHealthCheckService(true);
  grpc::reflection::InitProtoReflectionServerBuilderPlugin();
  grpc::SslServerCredentialsOptions ssl(
      options.requireClientCert ? GRPC_SSL_REQUEST_AND_REQUIRE_CLIENT_CERTIFICATE_AND_VERIFY
                                : GRPC_SSL_DONT_REQUEST_CLIENT_CERTIFICATE);
  ssl.pem_root_certs = options.requireClientCert ? tls->caCertPem : "";
  if (options.requireClientCert) log->info("mutual TLS: client certificates are required");
  ssl.pem_key_cert_pairs.push_back({tls->serverKeyPem, tls->serverCertPem + tls->caCertPem});
  grpc::ServerBuilder builder;
  int port = 0;
  builder.AddListeningPort(options.listen, grpc::SslServerCredentials(ssl), &port);
  builder.SetMaxReceiveMessageSize(static_cast<int>(kMaxMessageBytes));
  builder.SetMaxSendMessageSize(static_cast<int>(kMaxMessageBytes));
  // Uploads: a fixed receive window per stream instead of one grown by bandwidth-delay probing.
  // A probed window kept growing while the writer waited on fdatasync, and every byte of it sat
  // in server memory (a 4 GiB upload peaked at 183 MiB); with 8 MiB the resident set stays flat
  // whatever the file size, at the same throughput (docs/architecture.md, bench/README.md).
  // At most kMaxServerThreads threads serve calls, however many clients connect at once (a
  // storm of sign-ins had the server at 524 threads); password hashing is bounded separately
  // (app/identity/hashing_gate.h), so those threads are never all stuck in scrypt.
  grpc::ResourceQuota quota("audientia-server");
  quota.SetMaxThreads(kMaxServerThreads);
  builder.SetResourceQuota(quota);
  builder.AddChannelArgument(GRPC_ARG_HTTP2_BDP_PROBE, 0);
  builder.AddChannelArgument(GRPC_ARG_HTTP2_STREAM_LOOKAHEAD_BYTES, kStreamWindowBytes);
  // Clients may send HTTP/2 DATA frames of up to 16 MiB instead of 16 KiB: a 4 MiB chunk crosses
  // in a few frames rather than 256, each of which cost both sides a round of framing work.
  builder.AddChannelArgument(GRPC_ARG_HTTP2_MAX_FRAME_SIZE, kMaxFrameBytes);
  // Requests libprotobuf cannot parse (invalid UTF-8) get INVALID_ARGUMENT and are audited.
  std::vector<std::unique_ptr<grpc::experimental::ServerInterceptorFactoryInterface>> interceptors;
  interceptors.push_back(std::make_unique<api::MalformedRequestInterceptorFactory>(gate));
  builder.experimental().SetInterceptorCreators(std::move(interceptors));
  builder.RegisterService(&authService);
  builder.RegisterService(&officeService);
  builder.RegisterService(&userService);
  builder.RegisterService(&auditService);
  builder.RegisterService(&hearingService);
  builder.RegisterService(&recordingService);
  builder.RegisterService(&exportService);
  builder.RegisterService(&maintenanceService);  // keeping (issue 4)
  builder.RegisterService(&retentionService);
  builder.RegisterService(&annotationService);  // annotations and search (issue 16)
  builder.RegisterService(&searchService);
  std::unique_ptr<grpc::Server> server = builder.BuildAndStart();
  if (!server || port == 0) {
    return fail(Error(ErrorCode::kUnavailable,
                      "cannot listen on " + options.listen + " (address in use or invalid?)"));
  }
  std::string host = options.listen.substr(0, options.listen.rfind(':'));
  std::printf("listening on %s:%d\n", host.c_str(), port);
  std::fflush(stdout);
  // The database is watched: an embedded cluster that died is started again, and gRPC health
  // says NOT_SERVING while the database does not answer (embedded/database_watch.h).
  embedded::DatabaseWatch databaseWatch(
      {databaseUrl, postgres.get()},
      [&](bool answering) { server->GetHealthCheckService()->SetServingStatus(answering); },
      [&](const std::string& text) { log->warn("{}", text); });
  databaseWatch.start();
  // Keeping: background work starts once the server serves, on instances that do it.
  if (options.workers > 0) {
    runner.start();
    log->info("{} background worker(s) started as {}", options.workers, runner.workerPrefix());
  }

  waitForSignal();
  log->info("shutting down");
  databaseWatch.stop();
  server->Shutdown(std::chrono::system_clock::now() + kShutdownGrace);
  server->Wait();
  server.reset();
  runner.stop();  // keeping: running jobs finish while the database is still there
  storage->reset();
  if (postgres) {
    if (auto stopped = postgres->stop(); !stopped) {
      log->error("stopping the embedded PostgreSQL: {}", stopped.error().message());
    }
  }
  return 0;
}

}  // namespace
}  // namespace audientia

int main(int argc, char** argv) {
  audientia::memory::limitArenas();
  auto options = audientia::parseArguments(argc, argv);
  if (!options) {
    std::fprintf(stderr, "audientia-server: %s\n", options.error().message().c_str());
    return 1;
  }
  if (options->help) {
    std::fputs(audientia::kUsage, stdout);
    return 0;
  }
  if (!options->issueClientCert.empty()) {
    auto written = audientia::bootstrap::TlsBootstrap::issueClientCert(
        options->dataDir, options->issueClientCert, options->out);
    if (!written) {
      std::fprintf(stderr, "audientia-server: %s\n", written.error().message().c_str());
      return 1;
    }
    std::printf("wrote %s, its key and ca.pem\n", written->string().c_str());
    return 0;
  }
  return audientia::run(*options);
}
