// The audit trail's canonical encoding and hash (domain/audit_chain.h): pure functions, no
// database (label unit). The expected hashes were computed independently (Python hashlib)
// from the layout documented in audit_chain.h and docs/audit.md.

#include "domain/audit_chain.h"

#include <gtest/gtest.h>

#include <functional>
#include <set>
#include <vector>

namespace audientia::domain {
namespace {

AuditEvent sampleEvent() {
  AuditEvent e;
  e.seq = 42;
  e.time = auditTimeFromMicros(1'714'558'830'123'456LL);  // 2024-05-01T10:20:30.123456Z
  e.actorId = "0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9";
  e.actorUsername = "ioana.pop";
  e.action = "hearing.view";
  e.objectType = "hearing";
  e.objectId = "5e0c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b";
  e.officeId = "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa";
  e.clientAddress = "ipv4:10.1.2.3:5555";
  e.outcome = AuditOutcome::kSuccess;
  e.detailsJson = R"({"reason": "review"})";
  return e;
}

Sha256Digest samplePrev() {
  Sha256Digest prev{};
  for (std::size_t i = 0; i < prev.size(); ++i) prev[i] = static_cast<std::uint8_t>(i);
  return prev;
}

TEST(AuditChainTest, HashMatchesTheDocumentedEncoding) {
  AuditChainHasher hasher;
  EXPECT_EQ(toHex(hasher.hash(samplePrev(), sampleEvent())),
            "272eea4b14d02d920767bd4ff64df14a21d2f57858ae61ac351bc9f4d9455348");

  AuditEvent anonymous;
  anonymous.seq = 1;
  anonymous.time = auditTimeFromMicros(-1);  // before the epoch: two's complement
  anonymous.actorUsername = "mallory";
  anonymous.action = "auth.login";
  anonymous.outcome = AuditOutcome::kDenied;
  anonymous.detailsJson = "{}";
  auto hex = hasher.hashHex(kAuditGenesisHash, anonymous);
  ASSERT_TRUE(hex.has_value()) << hex.error().toString();
  EXPECT_EQ(*hex, "ed4e2eb1e82de61e252a4a8e21789e843fb10a6526462a5e5c6c96d81db11bfd");
}

TEST(AuditChainTest, CanonicalEncodingLayout) {
  std::string bytes;
  appendCanonicalAuditEncoding(sampleEvent(), bytes);
  ASSERT_EQ(bytes.size(), 250u);
  EXPECT_EQ(bytes.substr(0, 17), "AUDIENTIA-AUDIT-1");
  EXPECT_EQ(bytes.substr(17, 8), std::string("\0\0\0\0\0\0\0\x2a", 8));  // seq 42
  // actor_id: u32 length 36, then the text.
  EXPECT_EQ(bytes.substr(33, 4), std::string("\0\0\0\x24", 4));
  EXPECT_EQ(bytes.substr(37, 36), "0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9");
  EXPECT_EQ(bytes.substr(bytes.size() - 20), R"({"reason": "review"})");
}

TEST(AuditChainTest, EveryFieldAndThePreviousHashChangeTheHash) {
  AuditChainHasher hasher;
  const Sha256Digest base = hasher.hash(samplePrev(), sampleEvent());
  std::vector<std::pair<const char*, std::function<void(AuditEvent&)>>> changes = {
      {"seq", [](AuditEvent& e) { e.seq = 43; }},
      {"time (1 us)", [](AuditEvent& e) { e.time += std::chrono::microseconds(1); }},
      {"actor id", [](AuditEvent& e) { e.actorId.back() = '0'; }},
      {"actor id removed", [](AuditEvent& e) { e.actorId.clear(); }},
      {"username", [](AuditEvent& e) { e.actorUsername = "ioana.pov"; }},
      {"action", [](AuditEvent& e) { e.action = "recording.download"; }},
      {"object type", [](AuditEvent& e) { e.objectType = "recording"; }},
      {"object id", [](AuditEvent& e) { e.objectId[0] = '6'; }},
      {"office", [](AuditEvent& e) { e.officeId[0] = 'b'; }},
      {"client address", [](AuditEvent& e) { e.clientAddress = "ipv4:10.1.2.4:5555"; }},
      {"outcome", [](AuditEvent& e) { e.outcome = AuditOutcome::kDenied; }},
      {"details spacing", [](AuditEvent& e) { e.detailsJson = R"({"reason":"review"})"; }},
  };
  std::set<std::string> seen{toHex(base)};
  for (auto& [name, change] : changes) {
    AuditEvent e = sampleEvent();
    change(e);
    EXPECT_TRUE(seen.insert(toHex(hasher.hash(samplePrev(), e))).second) << name;
  }
  Sha256Digest otherPrev = samplePrev();
  otherPrev[31] ^= 1;
  EXPECT_NE(hasher.hash(otherPrev, sampleEvent()), base);
  // prevHash/hash fields are not part of the message (the prefix is).
  AuditEvent withHashes = sampleEvent();
  withHashes.prevHash = "x";
  withHashes.hash = "y";
  EXPECT_EQ(hasher.hash(samplePrev(), withHashes), base);
}

TEST(AuditChainTest, FieldBoundariesAreUnambiguous) {
  AuditChainHasher hasher;
  AuditEvent a = sampleEvent();
  AuditEvent b = sampleEvent();
  a.actorUsername = "ab";
  a.action = "c";
  b.actorUsername = "a";
  b.action = "bc";
  EXPECT_NE(hasher.hash(samplePrev(), a), hasher.hash(samplePrev(), b));
  a.objectType = "";
  a.objectId = "x";
  b = a;
  b.objectType = "x";
  b.objectId = "";
  EXPECT_NE(hasher.hash(samplePrev(), a), hasher.hash(samplePrev(), b));
}

TEST(AuditChainTest, HexHelpers) {
  Sha256Digest d{};
  ASSERT_TRUE(
      decodeSha256Hex("000102030405060708090a0b0c0d0e0f101112131415161718191A1B1C1D1E1F", d));
  EXPECT_EQ(d, samplePrev());
  EXPECT_TRUE(digestEqualsHex(d, toHex(d)));
  std::string upper = toHex(d);
  upper[62] = 'E';
  EXPECT_FALSE(digestEqualsHex(d, upper));  // stored hashes are lower-case
  EXPECT_FALSE(digestEqualsHex(d, toHex(d).substr(2)));
  EXPECT_FALSE(decodeSha256Hex("zz" + toHex(d).substr(2), d));
  EXPECT_FALSE(decodeSha256Hex("00", d));
  AuditChainHasher hasher;
  EXPECT_FALSE(hasher.hashHex("not hex", sampleEvent()).has_value());
}

TEST(AuditChainTest, TimeIsMicrosecondsFloor) {
  const Timestamp t = auditTimeFromMicros(1'000'000) + std::chrono::nanoseconds(999);
  EXPECT_EQ(auditTimeMicros(t), 1'000'000);
  EXPECT_EQ(auditTimeMicros(auditTimeFromMicros(-5)), -5);
  EXPECT_EQ(auditTimeMicros(auditTimeFromMicros(-5) - std::chrono::nanoseconds(1)), -6);
}

TEST(AuditChainTest, OutcomeText) {
  for (auto o : {AuditOutcome::kSuccess, AuditOutcome::kDenied, AuditOutcome::kFailure}) {
    EXPECT_EQ(auditOutcomeFromText(auditOutcomeToText(o)), o);
  }
  EXPECT_EQ(auditOutcomeToText(AuditOutcome::kUnspecified), "");
  EXPECT_EQ(auditOutcomeFromText("SUCCESS"), AuditOutcome::kUnspecified);
}

NewAuditEvent validNew() {
  NewAuditEvent e;
  e.action = "auth.login";
  e.outcome = AuditOutcome::kFailure;
  return e;
}

TEST(AuditChainTest, NormalizeAcceptsAndCanonicalizes) {
  NewAuditEvent in = validNew();
  in.actorId = "0F1E2D3C-4B5A-4978-8695-A4B3C2D1E0F9";
  in.officeId = "AAAAAAAA-aaaa-4aaa-8aaa-aaaaaaaaaaaa";
  in.detailsJson = "";
  auto out = normalizeAuditEvent(in);
  ASSERT_TRUE(out.has_value()) << out.error().toString();
  EXPECT_EQ(out->actorId, "0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9");
  EXPECT_EQ(out->officeId, "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa");
  EXPECT_EQ(out->detailsJson, "{}");
  EXPECT_EQ(out->outcome, AuditOutcome::kFailure);

  in = validNew();
  in.detailsJson = " {\"a\": 1}\n";
  out = normalizeAuditEvent(in);
  ASSERT_TRUE(out.has_value());
  EXPECT_EQ(out->detailsJson, " {\"a\": 1}\n");  // kept byte for byte
}

TEST(AuditChainTest, NormalizeSanitizesAttackerText) {
  NewAuditEvent in = validNew();
  in.actorUsername = std::string("ad\0min\xff\xc0\xaf", 9);  // NUL, invalid byte, overlong '/'
  in.clientAddress = "ipv6:[::1]:1";
  auto out = normalizeAuditEvent(in);
  ASSERT_TRUE(out.has_value());
  EXPECT_EQ(out->actorUsername, "ad\xEF\xBF\xBDmin\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_EQ(out->clientAddress, "ipv6:[::1]:1");

  in.actorUsername = std::string(255, 'a') + "\xC3\xA9";  // 257 bytes: 'é' would straddle 256
  out = normalizeAuditEvent(in);
  ASSERT_TRUE(out.has_value());
  EXPECT_EQ(out->actorUsername, std::string(255, 'a'));
  in.actorUsername = "Ștefan \xF0\x9F\x94\x92";  // valid multi-byte text is kept
  out = normalizeAuditEvent(in);
  ASSERT_TRUE(out.has_value());
  EXPECT_EQ(out->actorUsername, in.actorUsername);
}

TEST(AuditChainTest, NormalizeRejectsProgrammingErrorsNamingTheField) {
  auto expectInvalid = [](NewAuditEvent e, const std::string& field) {
    auto out = normalizeAuditEvent(e);
    ASSERT_FALSE(out.has_value()) << field;
    EXPECT_EQ(out.error().code(), ErrorCode::kInvalidArgument);
    EXPECT_NE(out.error().message().find(field), std::string::npos) << out.error().message();
  };
  NewAuditEvent e = validNew();
  e.action.clear();
  expectInvalid(e, "action");
  e = validNew();
  e.action = std::string(101, 'a');
  expectInvalid(e, "action");
  e = validNew();
  e.outcome = AuditOutcome::kUnspecified;
  expectInvalid(e, "outcome");
  e = validNew();
  e.actorId = "admin";
  expectInvalid(e, "actor_id");
  e = validNew();
  e.officeId = "0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0fz";
  expectInvalid(e, "office_id");
  e = validNew();
  e.detailsJson = "[1, 2]";
  expectInvalid(e, "details");
  e = validNew();
  e.detailsJson = "{\"x\": \"" + std::string(kAuditMaxDetailsBytes, 'x') + "\"}";
  expectInvalid(e, "details");
}

}  // namespace
}  // namespace audientia::domain
