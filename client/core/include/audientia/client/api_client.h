#pragma once

// A synchronous client for the Audientia API over TLS, shared by audientiactl and the desktop
// client (which calls it off the UI thread). Errors carry the server's status code and message.
//
// The calls are grouped by service, one interface each: IdentityApi (session, own password,
// users), OfficesApi, HearingsApi, RecordingsApi (get, one-call upload, download), UploadsApi
// (resumable uploads), KeepingApi (fixity, alerts, jobs, retention, legal holds), AuditApi,
// AnnotationsApi (annotations and search). Code
// that needs a few calls takes the interfaces it uses (the upload engine: UploadsApi and
// RecordingsApi); ApiClient is all of them on one connection, for the programs that wire them.
//
// Threads: every RPC method may be called concurrently from several threads on one instance (the
// gRPC stubs are thread-safe and the token is read under a lock). setToken() may race with RPCs;
// token() returns a reference and must not race with setToken().
// Deadlines: unary calls 30 s; streams have none and are cancelled through the progress callback.

#include <filesystem>
#include <memory>
#include <string>

#include "audientia/base/expected.h"
#include "audientia/client/annotations_api.h"
#include "audientia/client/audit_api.h"
#include "audientia/client/export_api.h"
#include "audientia/client/hearings_api.h"
#include "audientia/client/identity_api.h"
#include "audientia/client/keeping_api.h"
#include "audientia/client/offices_api.h"
#include "audientia/client/recordings_api.h"
#include "audientia/client/uploads_api.h"

namespace audientia::client {

struct ConnectionOptions {
  std::string server = "localhost:7443";  // HOST:PORT
  std::filesystem::path caFile;           // PEM of the CA that signed the server certificate
  std::string token;                      // session token, empty before login
  // Mutual TLS (servers started with --require-client-cert): PEM certificate and key issued
  // by the server's CA. Both or neither.
  std::filesystem::path clientCertFile;
  std::filesystem::path clientKeyFile;
};

class ApiClient : public IdentityApi,
                  public OfficesApi,
                  public HearingsApi,
                  public RecordingsApi,
                  public UploadsApi,
                  public KeepingApi,
                  public AuditApi,
                  public AnnotationsApi,
                  public ExportApi {
 public:
  // Reads the CA file and creates the TLS channel (no network round trip yet).
  static Expected<std::unique_ptr<ApiClient>> create(const ConnectionOptions& options);
  ~ApiClient() override = default;
};

}  // namespace audientia::client
