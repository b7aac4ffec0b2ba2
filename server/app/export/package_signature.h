#pragma once

// The evidence package's signature: the server's evidence signing key and a detached CMS
// signature (RFC 5652) of the bag's tagmanifest-sha256.txt made with it, which
// `openssl cms -verify -binary` and audientia-verify accept (docs/export.md).

#include <string>
#include <string_view>

#include "audientia/base/expected.h"

namespace audientia::app {

// The evidence signing key (bootstrap::TlsBootstrap::ensureSigningKey), as PEM.
struct SigningKey {
  std::string certPem;
  std::string keyPem;
  std::string caCertPem;
};

// A detached CMS signature (DER) of data by the key, with the certificates given (PEM, one or
// more) included.
Expected<std::string> signDetachedCms(std::string_view data, const std::string& certPem,
                                      const std::string& keyPem, const std::string& chainPem);

}  // namespace audientia::app
