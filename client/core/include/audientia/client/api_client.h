#pragma once

// A synchronous client for the Audientia API over TLS, shared by audientiactl and the desktop
// client (which calls it off the UI thread). Errors carry the server's status code and message.
//
// Threads: every RPC method may be called concurrently from several threads on one instance (the
// gRPC stubs are thread-safe and the token is read under a lock). setToken() may race with RPCs;
// token() returns a reference and must not race with setToken().
// Deadlines: unary calls 30 s; streams have none and are cancelled through the progress callback.

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "audientia/base/expected.h"
#include "audientia/v1/auth.pb.h"
#include "audientia/v1/hearings.pb.h"
#include "audientia/v1/offices.pb.h"
#include "audientia/v1/recordings.pb.h"

namespace audientia::client {

struct ConnectionOptions {
  std::string server = "localhost:7443";  // HOST:PORT
  std::filesystem::path caFile;           // PEM of the CA that signed the server certificate
  std::string token;                      // session token, empty before login
};

// Called with bytes done and bytes in all; return false to cancel.
using ProgressCallback = std::function<bool(std::uint64_t done, std::uint64_t total)>;

class ApiClient {
 public:
  // Reads the CA file and creates the TLS channel (no network round trip yet).
  static Expected<std::unique_ptr<ApiClient>> create(const ConnectionOptions& options);
  virtual ~ApiClient() = default;

  virtual void setToken(std::string token) = 0;
  virtual const std::string& token() const = 0;

  virtual Expected<v1::LoginResponse> login(const std::string& username,
                                            const std::string& password) = 0;
  virtual Status logout() = 0;
  virtual Expected<v1::WhoAmIResponse> whoAmI() = 0;

  virtual Expected<v1::Office> createOffice(const std::string& name,
                                            const std::string& parentId) = 0;
  // Every page.
  virtual Expected<std::vector<v1::Office>> listOffices() = 0;

  virtual Expected<v1::Hearing> createHearing(const v1::CreateHearingRequest& request) = 0;
  // Every page; officeId empty: all offices the caller may see.
  virtual Expected<std::vector<v1::Hearing>> listHearings(const std::string& officeId) = 0;
  virtual Expected<v1::GetHearingResponse> getHearing(const std::string& hearingId) = 0;

  // Hashes the file, then streams it in chunks.
  virtual Expected<v1::Recording> uploadRecording(const std::string& hearingId,
                                                  const std::filesystem::path& file,
                                                  const ProgressCallback& progress) = 0;
  virtual Expected<v1::Recording> getRecording(const std::string& recordingId) = 0;
  // Writes [offset, offset+length) (length 0: to the end) to out, replacing it atomically.
  virtual Status downloadRecording(const std::string& recordingId, const std::filesystem::path& out,
                                   std::int64_t offset, std::int64_t length,
                                   const ProgressCallback& progress) = 0;
};

}  // namespace audientia::client
