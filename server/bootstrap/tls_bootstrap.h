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
// Under DATA_DIR/keys (0700), the evidence signing key (ensureSigningKey):
//   signing.pem  certificate signed by the same CA: CN "Audientia evidence signing", keyUsage
//                digitalSignature+nonRepudiation, EKU emailProtection (what `openssl cms
//                -verify` checks by default), 10 years, so that packages signed with it verify
//                for as long as they are kept
//   signing.key  its key (0600)
//   retired/     earlier signing certificates and keys (rotateSigningKey), kept
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

struct SigningMaterial {
  std::string certPem;
  std::string keyPem;
  std::string caCertPem;
  std::filesystem::path certPath;
  bool issued = false;  // made now
};

class TlsBootstrap {
 public:
  // hostname empty: the machine's (gethostname).
  static Expected<TlsMaterial> ensure(const std::filesystem::path& dataDir,
                                      const std::string& hostname = {});
  static std::string machineHostname();

  // The evidence signing key of dataDir, issued by its CA on first use (ensure() must have made
  // the CA). A signing certificate that no longer verifies against the CA is an error, not
  // silently replaced.
  static Expected<SigningMaterial> ensureSigningKey(const std::filesystem::path& dataDir);
  // Moves the current signing certificate and key to keys/retired/ (named by the certificate's
  // serial number) and issues a new one; returns the new one.
  static Expected<SigningMaterial> rotateSigningKey(const std::filesystem::path& dataDir);

  // A workstation (client) certificate for mutual TLS, signed by the CA of dataDir (which must
  // exist: start the server once first). Writes outDir/NAME.key (0600) and outDir/NAME.pem
  // (EKU clientAuth, CN=NAME, 825 days) and a copy of the CA as outDir/ca.pem. NAME: 1..64 of
  // [A-Za-z0-9._-]. kAlreadyExists when outDir/NAME.pem exists.
  static Expected<std::filesystem::path> issueClientCert(const std::filesystem::path& dataDir,
                                                         const std::string& name,
                                                         const std::filesystem::path& outDir);
};

}  // namespace audientia::bootstrap
