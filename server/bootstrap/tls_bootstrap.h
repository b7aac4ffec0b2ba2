#pragma once

// The server's TLS identity, made with OpenSSL on first start and reused afterwards.
//
// Under DATA_DIR/tls (0700):
//   ca.pem      private CA certificate (EC P-256, 10 years, CA:TRUE, keyCertSign); clients
//               trust it (audientiactl --ca, the desktop client)
//   ca.key      its key (0600)
//   server.pem  server certificate signed by the CA: SAN DNS:localhost, IP:127.0.0.1, IP:::1,
//               DNS:<hostname>; EKU serverAuth; 825 days
//   server.key  its key (0600)
//
// A key is written before its certificate, each file atomically, so the certificate is the
// commit mark: a missing ca.pem means "make a new CA". The server certificate is re-issued
// from the same CA when it is missing, does not verify against the CA, expires within 30 days
// or does not name the hostname.

#include <filesystem>
#include <string>

#include "audientia/base/expected.h"

namespace audientia::bootstrap {

struct TlsMaterial {
  std::string caCertPem;
  std::string serverCertPem;
  std::string serverKeyPem;
  std::filesystem::path caCertPath;
  bool createdCa = false;
  bool issuedServerCert = false;
};

class TlsBootstrap {
 public:
  // hostname empty: the machine's (gethostname).
  static Expected<TlsMaterial> ensure(const std::filesystem::path& dataDir,
                                      const std::string& hostname = {});
  static std::string machineHostname();

  // A workstation (client) certificate for mutual TLS, signed by the CA of dataDir (which must
  // exist: start the server once first). Writes outDir/NAME.key (0600) and outDir/NAME.pem
  // (EKU clientAuth, CN=NAME, 825 days) and a copy of the CA as outDir/ca.pem. NAME: 1..64 of
  // [A-Za-z0-9._-]. kAlreadyExists when outDir/NAME.pem exists.
  static Expected<std::filesystem::path> issueClientCert(const std::filesystem::path& dataDir,
                                                         const std::string& name,
                                                         const std::filesystem::path& outDir);
};

}  // namespace audientia::bootstrap
