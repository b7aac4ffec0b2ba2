#include "bootstrap/tls_bootstrap.h"

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <memory>
#include <utility>
#include <vector>

#include "audientia/base/openssl_errors.h"
#include "bootstrap/secret_file.h"

namespace audientia::bootstrap {
namespace {

namespace fs = std::filesystem;

struct PkeyFree {
  void operator()(EVP_PKEY* key) const { EVP_PKEY_free(key); }
};
struct X509Free {
  void operator()(X509* cert) const { X509_free(cert); }
};
struct BioFree {
  void operator()(BIO* bio) const { BIO_free(bio); }
};
struct ExtensionFree {
  void operator()(X509_EXTENSION* ext) const { X509_EXTENSION_free(ext); }
};
struct BnFree {
  void operator()(BIGNUM* bn) const { BN_free(bn); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;
using Cert = std::unique_ptr<X509, X509Free>;
using Bio = std::unique_ptr<BIO, BioFree>;

constexpr int kCaDays = 3650;
constexpr int kServerDays = 825;
constexpr int kRenewDays = 30;

Error tlsError(const std::string& what) {
  return internalError(what + ": " + takeOpenSslErrors());
}

Expected<Pkey> generateKey() {
  Pkey key(EVP_EC_gen("P-256"));
  if (!key) return tlsError("generating an EC P-256 key");
  return key;
}

Expected<std::string> bioText(BIO* bio) {
  char* data = nullptr;
  long size = BIO_get_mem_data(bio, &data);
  if (size < 0 || data == nullptr) return internalError("reading a memory BIO");
  return std::string(data, static_cast<std::size_t>(size));
}

Expected<std::string> keyPem(EVP_PKEY* key) {
  Bio bio(BIO_new(BIO_s_mem()));
  if (!bio ||
      PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1) {
    return tlsError("encoding a private key as PEM");
  }
  return bioText(bio.get());
}

Expected<std::string> certPem(X509* cert) {
  Bio bio(BIO_new(BIO_s_mem()));
  if (!bio || PEM_write_bio_X509(bio.get(), cert) != 1) {
    return tlsError("encoding a certificate as PEM");
  }
  return bioText(bio.get());
}

Expected<Pkey> parseKey(const std::string& pem, const fs::path& path) {
  Bio bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())));
  Pkey key(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr);
  if (!key) return tlsError("parsing the private key in " + path.string());
  return key;
}

Expected<Cert> parseCert(const std::string& pem, const fs::path& path) {
  Bio bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())));
  Cert cert(bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr);
  if (!cert) return tlsError("parsing the certificate in " + path.string());
  return cert;
}

Status addExtension(X509* cert, X509V3_CTX* context, int nid, const std::string& value) {
  std::unique_ptr<X509_EXTENSION, ExtensionFree> ext(
      X509V3_EXT_conf_nid(nullptr, context, nid, value.c_str()));
  if (!ext || X509_add_ext(cert, ext.get(), -1) != 1) {
    return tlsError(std::string("adding extension ") + OBJ_nid2sn(nid) + "=" + value);
  }
  return ok();
}

struct CertSpec {
  std::string commonName;
  int days = 0;
  std::vector<std::pair<int, std::string>> extensions;
};

// Makes a certificate for key, signed by issuerKey as issuer (self-signed when issuer is null).
Expected<Cert> makeCert(const CertSpec& spec, EVP_PKEY* key, X509* issuer, EVP_PKEY* issuerKey) {
  Cert cert(X509_new());
  if (!cert || X509_set_version(cert.get(), 2) != 1) return tlsError("creating a certificate");
  std::array<unsigned char, 16> serial{};
  if (RAND_bytes(serial.data(), static_cast<int>(serial.size())) != 1) {
    return tlsError("drawing a serial number");
  }
  serial[0] &= 0x7f;  // positive
  std::unique_ptr<BIGNUM, BnFree> bn(
      BN_bin2bn(serial.data(), static_cast<int>(serial.size()), nullptr));
  if (!bn || BN_to_ASN1_INTEGER(bn.get(), X509_get_serialNumber(cert.get())) == nullptr) {
    return tlsError("setting the serial number");
  }
  if (X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600) == nullptr ||
      X509_time_adj_ex(X509_getm_notAfter(cert.get()), spec.days, 0, nullptr) == nullptr) {
    return tlsError("setting the validity period");
  }
  X509_NAME* name = X509_get_subject_name(cert.get());
  auto text = [](const std::string& s) {
    return reinterpret_cast<const unsigned char*>(s.c_str());
  };
  if (X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, text("Audientia"), -1, -1, 0) != 1 ||
      X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, text(spec.commonName), -1, -1, 0) !=
          1) {
    return tlsError("setting the subject name");
  }
  X509* signer = issuer != nullptr ? issuer : cert.get();
  if (X509_set_issuer_name(cert.get(), X509_get_subject_name(signer)) != 1 ||
      X509_set_pubkey(cert.get(), key) != 1) {
    return tlsError("setting issuer and public key");
  }
  X509V3_CTX context;
  X509V3_set_ctx_nodb(&context);
  X509V3_set_ctx(&context, signer, cert.get(), nullptr, nullptr, 0);
  for (const auto& [nid, value] : spec.extensions) {
    AUDIENTIA_TRY_STATUS(addExtension(cert.get(), &context, nid, value));
  }
  if (X509_sign(cert.get(), issuerKey, EVP_sha256()) == 0) return tlsError("signing a certificate");
  return cert;
}

std::string subjectAltNames(const std::string& hostname) {
  std::string names = "DNS:localhost,IP:127.0.0.1,IP:::1";
  bool plain = !hostname.empty() && hostname != "localhost" &&
               hostname.find_first_of(",: \t") == std::string::npos;
  if (plain) names += ",DNS:" + hostname;
  return names;
}

bool fileExists(const fs::path& path) {
  struct stat info {};
  return ::stat(path.c_str(), &info) == 0;
}

struct Pair {
  Pkey key;
  Cert cert;
  std::string keyPem;
  std::string certPem;
};

// Writes the key (0600) and then the certificate (0644).
Status writePair(const fs::path& keyPath, const fs::path& certPath, const Pair& pair) {
  AUDIENTIA_TRY_STATUS(writeSecretFile(keyPath, pair.keyPem));
  return posix::writeFileAtomically(certPath, pair.certPem, 0644);
}

Expected<Pair> loadPair(const fs::path& keyPath, const fs::path& certPath) {
  Pair pair;
  AUDIENTIA_TRY(pair.certPem, readWholeFile(certPath));
  auto keyText = readWholeFile(keyPath);
  if (!keyText) {
    return Error(ErrorCode::kFailedPrecondition,
                 certPath.string() + " exists but its key " + keyPath.string() +
                     " cannot be read (" + keyText.error().message() +
                     "); restore it, or remove the certificate to make a new one");
  }
  pair.keyPem = std::move(*keyText);
  AUDIENTIA_TRY(pair.cert, parseCert(pair.certPem, certPath));
  AUDIENTIA_TRY(pair.key, parseKey(pair.keyPem, keyPath));
  if (X509_check_private_key(pair.cert.get(), pair.key.get()) != 1) {
    ERR_clear_error();
    return Error(ErrorCode::kFailedPrecondition,
                 keyPath.string() + " is not the key of " + certPath.string());
  }
  return pair;
}

Expected<Pair> createCa() {
  Pair ca;
  AUDIENTIA_TRY(ca.key, generateKey());
  CertSpec spec{"Audientia private CA",
                kCaDays,
                {{NID_basic_constraints, "critical,CA:TRUE,pathlen:0"},
                 {NID_key_usage, "critical,keyCertSign,cRLSign"},
                 {NID_subject_key_identifier, "hash"},
                 {NID_authority_key_identifier, "keyid:always"}}};
  AUDIENTIA_TRY(ca.cert, makeCert(spec, ca.key.get(), nullptr, ca.key.get()));
  AUDIENTIA_TRY(ca.keyPem, keyPem(ca.key.get()));
  AUDIENTIA_TRY(ca.certPem, certPem(ca.cert.get()));
  return ca;
}

Expected<Pair> issueServer(const Pair& ca, const std::string& hostname) {
  Pair server;
  AUDIENTIA_TRY(server.key, generateKey());
  CertSpec spec{hostname.empty() ? "localhost" : hostname,
                kServerDays,
                {{NID_basic_constraints, "critical,CA:FALSE"},
                 {NID_key_usage, "critical,digitalSignature"},
                 {NID_ext_key_usage, "serverAuth"},
                 {NID_subject_key_identifier, "hash"},
                 {NID_authority_key_identifier, "keyid:always"},
                 {NID_subject_alt_name, subjectAltNames(hostname)}}};
  AUDIENTIA_TRY(server.cert, makeCert(spec, server.key.get(), ca.cert.get(), ca.key.get()));
  AUDIENTIA_TRY(server.keyPem, keyPem(server.key.get()));
  AUDIENTIA_TRY(server.certPem, certPem(server.cert.get()));
  return server;
}

Expected<Pair> issueSigning(const Pair& ca) {
  Pair signing;
  AUDIENTIA_TRY(signing.key, generateKey());
  CertSpec spec{"Audientia evidence signing",
                kCaDays,
                {{NID_basic_constraints, "critical,CA:FALSE"},
                 {NID_key_usage, "critical,digitalSignature,nonRepudiation"},
                 {NID_ext_key_usage, "emailProtection"},
                 {NID_subject_key_identifier, "hash"},
                 {NID_authority_key_identifier, "keyid:always"}}};
  AUDIENTIA_TRY(signing.cert, makeCert(spec, signing.key.get(), ca.cert.get(), ca.key.get()));
  AUDIENTIA_TRY(signing.keyPem, keyPem(signing.key.get()));
  AUDIENTIA_TRY(signing.certPem, certPem(signing.cert.get()));
  return signing;
}

// The CA of dataDir, which ensure() made.
Expected<Pair> loadCa(const fs::path& dataDir) {
  const fs::path dir = dataDir / "tls";
  if (!fileExists(dir / "ca.pem")) {
    return Error(ErrorCode::kFailedPrecondition,
                 "no CA in " + dir.string() + ": start the server on this data dir once first");
  }
  return loadPair(dir / "ca.key", dir / "ca.pem");
}

Status makeKeysDir(const fs::path& dir) {
  if (::mkdir(dir.c_str(), 0700) != 0 && errno != EEXIST) {
    return internalError("creating " + dir.string() + ": " + std::strerror(errno));
  }
  return ok();
}

// Whether the existing server certificate can be kept.
bool serverCertUsable(const Pair& server, const Pair& ca, const std::string& hostname) {
  bool signedByCa = X509_verify(server.cert.get(), X509_get0_pubkey(ca.cert.get())) == 1;
  std::time_t renewAt = std::time(nullptr) + static_cast<std::time_t>(kRenewDays) * 86400;
  bool fresh = X509_cmp_time(X509_get0_notAfter(server.cert.get()), &renewAt) > 0;
  bool namesHost =
      subjectAltNames(hostname).find("DNS:" + hostname) == std::string::npos ||
      X509_check_host(server.cert.get(), hostname.c_str(), hostname.size(), 0, nullptr) == 1;
  ERR_clear_error();
  return signedByCa && fresh && namesHost;
}

}  // namespace

std::string TlsBootstrap::machineHostname() {
  std::array<char, 256> name{};
  if (::gethostname(name.data(), name.size() - 1) != 0) return {};
  return name.data();
}

Expected<TlsMaterial> TlsBootstrap::ensure(const fs::path& dataDir, const std::string& hostname) {
  std::string host = hostname.empty() ? machineHostname() : hostname;
  fs::path dir = dataDir / "tls";
  if (::mkdir(dir.c_str(), 0700) != 0 && errno != EEXIST) {
    return internalError("creating " + dir.string() + ": " + std::strerror(errno));
  }
  TlsMaterial material;
  material.caCertPath = dir / "ca.pem";
  Pair ca;
  if (fileExists(material.caCertPath)) {
    AUDIENTIA_TRY(ca, loadPair(dir / "ca.key", material.caCertPath));
  } else {
    AUDIENTIA_TRY(ca, createCa());
    AUDIENTIA_TRY_STATUS(writePair(dir / "ca.key", material.caCertPath, ca));
    material.createdCa = true;
  }
  Pair server;
  bool reuse = false;
  if (!material.createdCa && fileExists(dir / "server.pem")) {
    auto loaded = loadPair(dir / "server.key", dir / "server.pem");
    if (loaded && serverCertUsable(*loaded, ca, host)) {
      server = std::move(*loaded);
      reuse = true;
    }
  }
  if (!reuse) {
    AUDIENTIA_TRY(server, issueServer(ca, host));
    AUDIENTIA_TRY_STATUS(writePair(dir / "server.key", dir / "server.pem", server));
    material.issuedServerCert = true;
  }
  material.caCertPem = ca.certPem;
  material.serverCertPem = server.certPem;
  material.serverKeyPem = server.keyPem;
  return material;
}

Expected<SigningMaterial> TlsBootstrap::ensureSigningKey(const fs::path& dataDir) {
  AUDIENTIA_TRY(Pair ca, loadCa(dataDir));
  const fs::path dir = dataDir / "keys";
  AUDIENTIA_TRY_STATUS(makeKeysDir(dir));
  SigningMaterial material;
  material.certPath = dir / "signing.pem";
  material.caCertPem = ca.certPem;
  Pair signing;
  if (fileExists(material.certPath)) {
    AUDIENTIA_TRY(signing, loadPair(dir / "signing.key", material.certPath));
    const bool signedByCa = X509_verify(signing.cert.get(), X509_get0_pubkey(ca.cert.get())) == 1;
    ERR_clear_error();
    if (!signedByCa) {
      return Error(ErrorCode::kFailedPrecondition,
                   material.certPath.string() + " was not issued by the CA in " +
                       (dataDir / "tls" / "ca.pem").string() +
                       ": packages signed with it would not verify; rotate the signing key "
                       "(audientia-server --rotate-signing-key)");
    }
  } else {
    AUDIENTIA_TRY(signing, issueSigning(ca));
    AUDIENTIA_TRY_STATUS(writePair(dir / "signing.key", material.certPath, signing));
    material.issued = true;
  }
  material.certPem = signing.certPem;
  material.keyPem = signing.keyPem;
  return material;
}

Expected<SigningMaterial> TlsBootstrap::rotateSigningKey(const fs::path& dataDir) {
  AUDIENTIA_TRY(Pair ca, loadCa(dataDir));
  const fs::path dir = dataDir / "keys";
  AUDIENTIA_TRY_STATUS(makeKeysDir(dir));
  if (fileExists(dir / "signing.pem")) {
    AUDIENTIA_TRY(Pair old, loadPair(dir / "signing.key", dir / "signing.pem"));
    std::unique_ptr<BIGNUM, BnFree> serial(
        ASN1_INTEGER_to_BN(X509_get0_serialNumber(old.cert.get()), nullptr));
    char* hex = serial ? BN_bn2hex(serial.get()) : nullptr;
    if (hex == nullptr) return tlsError("reading the signing certificate's serial number");
    const std::string name = "signing-" + std::string(hex);
    OPENSSL_free(hex);
    const fs::path retired = dir / "retired";
    AUDIENTIA_TRY_STATUS(makeKeysDir(retired));
    AUDIENTIA_TRY_STATUS(writePair(retired / (name + ".key"), retired / (name + ".pem"), old));
    std::error_code error;
    fs::remove(dir / "signing.pem", error);  // the commit mark first
    if (error)
      return internalError("retiring " + (dir / "signing.pem").string() + ": " + error.message());
  }
  Pair signing;
  AUDIENTIA_TRY(signing, issueSigning(ca));
  AUDIENTIA_TRY_STATUS(writePair(dir / "signing.key", dir / "signing.pem", signing));
  return SigningMaterial{signing.certPem, signing.keyPem, ca.certPem, dir / "signing.pem", true};
}

Expected<fs::path> TlsBootstrap::issueClientCert(const fs::path& dataDir, const std::string& name,
                                                 const fs::path& outDir) {
  bool plain = !name.empty() && name.size() <= 64 &&
               name.find_first_not_of(
                   "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
                   "0123456789._-") == std::string::npos &&
               name[0] != '.';
  if (!plain) {
    return invalidArgument("client certificate name '" + name +
                           "': 1..64 of A-Z a-z 0-9 . _ - (not starting with '.')");
  }
  fs::path dir = dataDir / "tls";
  if (!fileExists(dir / "ca.pem")) {
    return Error(ErrorCode::kFailedPrecondition,
                 "no CA in " + dir.string() + ": start the server on this data dir once first");
  }
  AUDIENTIA_TRY(Pair ca, loadPair(dir / "ca.key", dir / "ca.pem"));
  if (::mkdir(outDir.c_str(), 0700) != 0 && errno != EEXIST) {
    return internalError("creating " + outDir.string() + ": " + std::strerror(errno));
  }
  fs::path certPath = outDir / (name + ".pem");
  if (fileExists(certPath)) {
    return Error(ErrorCode::kAlreadyExists, certPath.string() + " already exists");
  }
  Pair client;
  AUDIENTIA_TRY(client.key, generateKey());
  CertSpec spec{name,
                kServerDays,
                {{NID_basic_constraints, "critical,CA:FALSE"},
                 {NID_key_usage, "critical,digitalSignature"},
                 {NID_ext_key_usage, "clientAuth"},
                 {NID_subject_key_identifier, "hash"},
                 {NID_authority_key_identifier, "keyid:always"}}};
  AUDIENTIA_TRY(client.cert, makeCert(spec, client.key.get(), ca.cert.get(), ca.key.get()));
  AUDIENTIA_TRY(client.keyPem, keyPem(client.key.get()));
  AUDIENTIA_TRY(client.certPem, certPem(client.cert.get()));
  AUDIENTIA_TRY_STATUS(writePair(outDir / (name + ".key"), certPath, client));
  AUDIENTIA_TRY_STATUS(posix::writeFileAtomically(outDir / "ca.pem", ca.certPem, 0644));
  return certPath;
}

}  // namespace audientia::bootstrap
