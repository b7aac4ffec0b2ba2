#include "bootstrap/tls_bootstrap.h"

#include <gtest/gtest.h>
#include <openssl/bio.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include <cstdlib>
#include <cstring>
#include <fstream>
#include <memory>
#include <vector>

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

namespace audientia::bootstrap {
namespace {

// Runs a shell command quietly; its exit code.
int quietly(const std::string& command) {
  const int status = std::system((command + " >/dev/null 2>&1").c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string shellArg(const std::filesystem::path& path) {
  return "'" + path.string() + "'";
}

// Signs `file` with the data dir's signing key as the evidence package does (a detached CMS
// signature) and verifies it with the openssl tool and the CA alone; the verify's exit code.
int signAndVerify(const std::filesystem::path& dataDir, const std::filesystem::path& file) {
  const auto keys = dataDir / "keys";
  const auto signature = file.string() + ".p7s";
  if (quietly("openssl cms -sign -binary -in " + shellArg(file) + " -signer " +
              shellArg(keys / "signing.pem") + " -inkey " + shellArg(keys / "signing.key") +
              " -outform DER -out " + shellArg(signature)) != 0) {
    return -1;
  }
  return quietly("openssl cms -verify -binary -inform DER -in " + shellArg(signature) +
                 " -content " + shellArg(file) + " -CAfile " +
                 shellArg(dataDir / "tls" / "ca.pem") + " -out /dev/null");
}

TEST(SigningKey, IssuedByTheCaOnceAndAcceptedByOpensslCms) {
  TempDir dir;
  ASSERT_TRUE(TlsBootstrap::ensure(dir.path(), "hearing-room-7"));
  auto signing = TlsBootstrap::ensureSigningKey(dir.path());
  ASSERT_TRUE(signing) << signing.error().toString();
  EXPECT_TRUE(signing->issued);
  EXPECT_EQ(modeOf(dir.path() / "keys"), 0700u);
  EXPECT_EQ(modeOf(dir.path() / "keys" / "signing.key"), 0600u);
  Cert ca = parse(signing->caCertPem);
  Cert cert = parse(signing->certPem);
  ASSERT_TRUE(ca && cert);
  EXPECT_EQ(X509_verify(cert.get(), X509_get0_pubkey(ca.get())), 1);
  EXPECT_TRUE(X509_get_key_usage(cert.get()) & KU_NON_REPUDIATION);
  EXPECT_EQ(X509_check_ca(cert.get()), 0);

  // Reused on the next start.
  auto again = TlsBootstrap::ensureSigningKey(dir.path());
  ASSERT_TRUE(again);
  EXPECT_FALSE(again->issued);
  EXPECT_EQ(again->certPem, signing->certPem);

  // What it signs verifies with `openssl cms` and the CA alone; a changed byte does not.
  const auto file = dir.path() / "tagmanifest-sha256.txt";
  {
    std::ofstream out(file);
    out << "0123abcd  bag-info.txt\n";
  }
  EXPECT_EQ(signAndVerify(dir.path(), file), 0);
  const std::string signature = file.string() + ".p7s";
  {
    std::ofstream out(file, std::ios::app);
    out << "x";
  }
  EXPECT_NE(quietly("openssl cms -verify -binary -inform DER -in " + shellArg(signature) +
                    " -content " + shellArg(file) + " -CAfile " +
                    shellArg(dir.path() / "tls" / "ca.pem") + " -out /dev/null"),
            0);
}

TEST(SigningKey, RotationKeepsTheOldCertificateWhichStillVerifies) {
  TempDir dir;
  ASSERT_TRUE(TlsBootstrap::ensure(dir.path(), "hearing-room-7"));
  auto first = TlsBootstrap::ensureSigningKey(dir.path());
  ASSERT_TRUE(first);
  auto second = TlsBootstrap::rotateSigningKey(dir.path());
  ASSERT_TRUE(second) << second.error().toString();
  EXPECT_TRUE(second->issued);
  EXPECT_NE(second->certPem, first->certPem);
  std::vector<std::filesystem::path> retired;
  for (const auto& entry : std::filesystem::directory_iterator(dir.path() / "keys" / "retired")) {
    retired.push_back(entry.path());
  }
  ASSERT_EQ(retired.size(), 2u);  // the old certificate and its key
  for (const auto& path : retired) {
    if (path.extension() == ".pem") {
      EXPECT_EQ(quietly("openssl verify -CAfile " + shellArg(dir.path() / "tls" / "ca.pem") + " " +
                        shellArg(path)),
                0);
    } else {
      EXPECT_EQ(modeOf(path), 0600u);
    }
  }
  const auto file = dir.path() / "data.txt";
  {
    std::ofstream out(file);
    out << "evidence\n";
  }
  EXPECT_EQ(signAndVerify(dir.path(), file), 0);
}

TEST(SigningKey, NoCaOrAForeignCertificateIsAClearError) {
  TempDir empty;
  auto none = TlsBootstrap::ensureSigningKey(empty.path());
  ASSERT_FALSE(none);
  EXPECT_EQ(none.error().code(), ErrorCode::kFailedPrecondition);
  EXPECT_NE(none.error().message().find("start the server"), std::string::npos);

  TempDir one, other;
  ASSERT_TRUE(TlsBootstrap::ensure(one.path(), "a"));
  ASSERT_TRUE(TlsBootstrap::ensure(other.path(), "b"));
  ASSERT_TRUE(TlsBootstrap::ensureSigningKey(other.path()));
  std::filesystem::create_directories(one.path() / "keys");
  for (const char* name : {"signing.pem", "signing.key"}) {
    std::filesystem::copy_file(other.path() / "keys" / name, one.path() / "keys" / name);
  }
  auto foreign = TlsBootstrap::ensureSigningKey(one.path());
  ASSERT_FALSE(foreign);
  EXPECT_EQ(foreign.error().code(), ErrorCode::kFailedPrecondition);
  EXPECT_NE(foreign.error().message().find("rotate-signing-key"), std::string::npos)
      << foreign.error().message();
}

}  // namespace
}  // namespace audientia::bootstrap
