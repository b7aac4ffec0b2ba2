#include "bag_signature.h"

#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <cstdint>
#include <span>

#include "audientia/base/openssl_errors.h"
#include "audientia/base/sha256.h"

namespace audientia::verify {
namespace {

std::string commonName(X509* cert) {
  char name[256] = {};
  X509_NAME_get_text_by_NID(X509_get_subject_name(cert), NID_commonName, name, sizeof name);
  return name;
}

}  // namespace

SignatureCheck checkDetachedSignature(const std::string& signatureDer, const std::string& content,
                                      const std::string& caPem, const std::string& caLabel) {
  SignatureCheck result;
  BIO* caBio = BIO_new_mem_buf(caPem.data(), static_cast<int>(caPem.size()));
  X509* ca = PEM_read_bio_X509(caBio, nullptr, nullptr, nullptr);
  BIO_free(caBio);
  if (ca == nullptr) {
    result.why = caLabel + " is not a PEM certificate";
    return result;
  }
  unsigned char fingerprint[EVP_MAX_MD_SIZE];
  unsigned length = 0;
  X509_digest(ca, EVP_sha256(), fingerprint, &length);
  result.caFingerprint = toHex(std::span<const std::uint8_t>(fingerprint, length));
  result.caName = commonName(ca);
  X509_STORE* store = X509_STORE_new();
  X509_STORE_add_cert(store, ca);
  const unsigned char* der = reinterpret_cast<const unsigned char*>(signatureDer.data());
  CMS_ContentInfo* cms = d2i_CMS_ContentInfo(nullptr, &der, static_cast<long>(signatureDer.size()));
  BIO* data = BIO_new_mem_buf(content.data(), static_cast<int>(content.size()));
  if (cms == nullptr) {
    result.why = "signatures/tagmanifest-sha256.txt.p7s is not a CMS signature (" +
                 takeOpenSslErrors("no detail") + ")";
  } else if (CMS_verify(cms, nullptr, store, data, nullptr, CMS_BINARY) != 1) {
    result.why = "the signature of tagmanifest-sha256.txt does not verify with the CA " +
                 result.caFingerprint + " (" + takeOpenSslErrors("no detail") + ")";
  } else {
    result.verified = true;
    STACK_OF(X509)* signers = CMS_get0_signers(cms);
    if (signers != nullptr && sk_X509_num(signers) > 0) {
      result.signer = commonName(sk_X509_value(signers, 0));
    }
    sk_X509_free(signers);
  }
  CMS_ContentInfo_free(cms);
  BIO_free(data);
  X509_STORE_free(store);
  X509_free(ca);
  return result;
}

}  // namespace audientia::verify
