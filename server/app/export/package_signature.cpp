#include "app/export/package_signature.h"

#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include "audientia/base/openssl_errors.h"

namespace audientia::app {
Expected<std::string> signDetachedCms(std::string_view data, const std::string& certPem,
                                      const std::string& keyPem, const std::string& chainPem) {
  auto fail = [](const std::string& what) {
    return Error(ErrorCode::kInternal, what + ": " + takeOpenSslErrors());
  };
  BIO* certBio = BIO_new_mem_buf(certPem.data(), static_cast<int>(certPem.size()));
  X509* cert = PEM_read_bio_X509(certBio, nullptr, nullptr, nullptr);
  BIO_free(certBio);
  BIO* keyBio = BIO_new_mem_buf(keyPem.data(), static_cast<int>(keyPem.size()));
  EVP_PKEY* key = PEM_read_bio_PrivateKey(keyBio, nullptr, nullptr, nullptr);
  BIO_free(keyBio);
  STACK_OF(X509)* chain = sk_X509_new_null();
  BIO* chainBio = BIO_new_mem_buf(chainPem.data(), static_cast<int>(chainPem.size()));
  while (X509* extra = PEM_read_bio_X509(chainBio, nullptr, nullptr, nullptr)) {
    sk_X509_push(chain, extra);
  }
  ERR_clear_error();  // the end of the chain reads as an error
  BIO_free(chainBio);
  BIO* in = BIO_new_mem_buf(data.data(), static_cast<int>(data.size()));
  CMS_ContentInfo* cms = nullptr;
  Expected<std::string> result = fail("reading the signing key");
  if (cert != nullptr && key != nullptr && in != nullptr) {
    cms = CMS_sign(cert, key, chain, in, CMS_DETACHED | CMS_BINARY);
    if (cms == nullptr) {
      result = fail("signing the tag manifest");
    } else {
      BIO* out = BIO_new(BIO_s_mem());
      if (i2d_CMS_bio(out, cms) != 1) {
        result = fail("encoding the signature");
      } else {
        char* bytes = nullptr;
        const long length = BIO_get_mem_data(out, &bytes);
        result = std::string(bytes, static_cast<std::size_t>(length));
      }
      BIO_free(out);
    }
  }
  CMS_ContentInfo_free(cms);
  BIO_free(in);
  sk_X509_pop_free(chain, X509_free);
  EVP_PKEY_free(key);
  X509_free(cert);
  return result;
}

}  // namespace audientia::app
