#include "bootstrap/tls_bootstrap.h"

#include <gtest/gtest.h>
#include <openssl/bio.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <sys/stat.h>

#include <cstring>
#include <memory>

#include "test_support.h"

namespace audientia::bootstrap {
namespace {

using audientia::testing::TempDir;

struct X509Free {
  void operator()(X509* cert) const { X509_free(cert); }
};
using Cert = std::unique_ptr<X509, X509Free>;

Cert parse(const std::string& pem) {
  BIO* bio = BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size()));
  Cert cert(PEM_read_bio_X509(bio, nullptr, nullptr, nullptr));
  BIO_free(bio);
  return cert;
}

unsigned modeOf(const std::filesystem::path& path) {
  struct stat info {};
  EXPECT_EQ(::stat(path.c_str(), &info), 0) << path;
  return info.st_mode & 0777;
}

// Verifies server against ca as a TLS client would, with OpenSSL's own path validation.
int verifyChain(X509* ca, X509* server, const char* host) {
  X509_STORE* store = X509_STORE_new();
  X509_STORE_add_cert(store, ca);
  X509_STORE_CTX* context = X509_STORE_CTX_new();
  X509_STORE_CTX_init(context, store, server, nullptr);
  X509_VERIFY_PARAM* param = X509_STORE_CTX_get0_param(context);
  X509_VERIFY_PARAM_set_purpose(param, X509_PURPOSE_SSL_SERVER);
  if (host != nullptr) X509_VERIFY_PARAM_set1_host(param, host, 0);
  int result = X509_verify_cert(context);
  if (result != 1) {
    ADD_FAILURE() << X509_verify_cert_error_string(X509_STORE_CTX_get_error(context));
  }
  X509_STORE_CTX_free(context);
  X509_STORE_free(store);
  return result;
}

TEST(TlsBootstrap, CreatesCaAndServerCertificate) {
  TempDir dir;
  auto material = TlsBootstrap::ensure(dir.path(), "hearing-room-7");
  ASSERT_TRUE(material) << material.error().toString();
  EXPECT_TRUE(material->createdCa);
  auto tls = dir.path() / "tls";
  EXPECT_EQ(modeOf(tls), 0700u);
  EXPECT_EQ(modeOf(tls / "ca.key"), 0600u);
  EXPECT_EQ(modeOf(tls / "server.key"), 0600u);
  EXPECT_EQ(material->caCertPath, tls / "ca.pem");
  EXPECT_TRUE(std::filesystem::exists(tls / "server.pem"));

  Cert ca = parse(material->caCertPem);
  Cert server = parse(material->serverCertPem);
  ASSERT_TRUE(ca);
  ASSERT_TRUE(server);
  EXPECT_EQ(X509_check_ca(ca.get()), 1);
  EXPECT_TRUE(X509_get_key_usage(ca.get()) & KU_KEY_CERT_SIGN);
  EXPECT_TRUE(X509_get_extended_key_usage(server.get()) & XKU_SSL_SERVER);
  for (const char* host : {"localhost", "hearing-room-7"}) {
    EXPECT_EQ(verifyChain(ca.get(), server.get(), host), 1) << host;
  }
  for (const char* ip : {"127.0.0.1", "::1"}) {
    EXPECT_EQ(X509_check_ip_asc(server.get(), ip, 0), 1) << ip;
  }
  EXPECT_EQ(X509_check_host(server.get(), "evil.example", 0, 0, nullptr), 0);
  EXPECT_NE(material->serverKeyPem.find("PRIVATE KEY"), std::string::npos);
}

TEST(TlsBootstrap, SecondRunReusesFiles) {
  TempDir dir;
  auto first = TlsBootstrap::ensure(dir.path(), "host-a");
  ASSERT_TRUE(first);
  auto second = TlsBootstrap::ensure(dir.path(), "host-a");
  ASSERT_TRUE(second) << second.error().toString();
  EXPECT_FALSE(second->createdCa);
  EXPECT_FALSE(second->issuedServerCert);
  EXPECT_EQ(first->caCertPem, second->caCertPem);
  EXPECT_EQ(first->serverCertPem, second->serverCertPem);
  EXPECT_EQ(first->serverKeyPem, second->serverKeyPem);
}

TEST(TlsBootstrap, NewHostnameGetsNewServerCertFromSameCa) {
  TempDir dir;
  auto first = TlsBootstrap::ensure(dir.path(), "host-a");
  ASSERT_TRUE(first);
  auto second = TlsBootstrap::ensure(dir.path(), "host-b");
  ASSERT_TRUE(second);
  EXPECT_EQ(first->caCertPem, second->caCertPem);
  EXPECT_TRUE(second->issuedServerCert);
  Cert ca = parse(second->caCertPem);
  Cert server = parse(second->serverCertPem);
  EXPECT_EQ(verifyChain(ca.get(), server.get(), "host-b"), 1);
}

TEST(TlsBootstrap, MissingCaKeyIsAClearError) {
  TempDir dir;
  ASSERT_TRUE(TlsBootstrap::ensure(dir.path(), "host-a"));
  std::filesystem::remove(dir.path() / "tls" / "ca.key");
  auto again = TlsBootstrap::ensure(dir.path(), "host-a");
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code(), ErrorCode::kFailedPrecondition);
  EXPECT_NE(again.error().message().find("ca.key"), std::string::npos);
}

}  // namespace
}  // namespace audientia::bootstrap
