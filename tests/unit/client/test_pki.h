#pragma once

// A throwaway PKI for TLS tests: a CA and a server certificate for localhost and 127.0.0.1,
// made with OpenSSL at test time (P-256 keys, valid for a day).

#include <string>

namespace audientia::client::testing {

struct TestPki {
  std::string caPem;
  std::string serverCertPem;
  std::string serverKeyPem;
};

TestPki makeTestPki();

}  // namespace audientia::client::testing
