#pragma once

// The bag's signature as the verifier checks it (bag_verifier.cpp): a detached CMS signature
// (DER) of tagmanifest-sha256.txt, checked with OpenSSL against one CA certificate, the bag's
// own signatures/ca.pem or the one given with --ca.

#include <string>

namespace audientia::verify {

struct SignatureCheck {
  bool verified = false;
  std::string signer;         // the signing certificate's common name
  std::string caName;         // the CA's common name
  std::string caFingerprint;  // SHA-256 of the CA certificate (DER), lower-case hex
  std::string why;            // what failed, naming the file, when not verified
};

// signatureDer over content, chained to the CA in caPem (named caLabel in messages).
SignatureCheck checkDetachedSignature(const std::string& signatureDer, const std::string& content,
                                      const std::string& caPem, const std::string& caLabel);

}  // namespace audientia::verify
