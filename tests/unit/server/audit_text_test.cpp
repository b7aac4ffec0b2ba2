// What makes any request's audit event writable (domain/audit_text.h).

#include "domain/audit_text.h"

#include <gtest/gtest.h>

#include "domain/rules.h"

namespace audientia::domain {
namespace {

TEST(AuditText, KeepsTextAndEscapesWhatCannotBeStored) {
  EXPECT_EQ(auditText("Ștefănescu", 100), "Ștefănescu");
  EXPECT_EQ(auditText(std::string("prosa\0zz", 8), 100), "prosa\\x00zz");
  EXPECT_EQ(auditText("bad \xff\xfe end", 100), "bad \\xff\\xfe end");
  EXPECT_EQ(auditText("tab\tand\nline", 100), "tab\tand\\x0aline");
  EXPECT_TRUE(utf8Length(auditText("\xe2\x82", 100)).has_value()) << "a cut sequence is escaped";
}

TEST(AuditText, CutsLongTextOnACharacterBoundaryAndSaysHowMuch) {
  const std::string huge(1 << 20, 'a');
  const std::string cut = auditText(huge, 256);
  EXPECT_LE(cut.size(), 256u);
  EXPECT_NE(cut.find("\xe2\x80\xa6[+"), std::string::npos) << cut;
  EXPECT_EQ(cut.substr(cut.size() - 6), "bytes]");
  std::string letters;
  for (int i = 0; i < 200; ++i) letters += "ș";  // two bytes each
  const std::string cutLetters = auditText(letters, 101);
  EXPECT_LE(cutLetters.size(), 101u);
  EXPECT_TRUE(utf8Length(cutLetters).has_value()) << "never half a character";
}

TEST(AuditText, IdsThatAreNotUuidsAreKeptAsDetailsNotInTheirColumns) {
  NewAuditEvent event;
  event.actorUsername = std::string(300, 'u');
  event.officeId = "not-a-uuid";
  event.objectId = std::string(1 << 20, 'h');
  event.action = "hearing.create";
  auto writable = writableAuditEvent(event);
  EXPECT_TRUE(writable.event.officeId.empty());
  EXPECT_EQ(writable.givenOfficeId, "not-a-uuid");
  EXPECT_LE(writable.event.objectId.size(), 256u);
  EXPECT_LE(writable.event.actorUsername.size(), 256u);
  event.officeId = "00000000-0000-4000-8000-000000000001";
  EXPECT_EQ(writableAuditEvent(event).event.officeId, event.officeId);
}

}  // namespace
}  // namespace audientia::domain
