#include "domain/rules.h"

#include <gtest/gtest.h>

namespace audientia::domain {
namespace {

std::string messageOf(const Status& status) {
  return status ? std::string("OK") : status.error().message();
}

NewHearing validHearing() {
  NewHearing hearing;
  hearing.officeId = "office-1";
  hearing.caseNumber = "2024/123";
  hearing.kind = HearingKind::kWitness;
  hearing.participants = {{"witness", "Ion Popescu"}};
  return hearing;
}

TEST(Rules, ValidHearingPasses) {
  EXPECT_TRUE(validateNewHearing(validHearing()));
}

TEST(Rules, HearingErrorsNameTheField) {
  auto hearing = validHearing();
  hearing.caseNumber.clear();
  EXPECT_EQ(messageOf(validateNewHearing(hearing)), "case_number is required");
  hearing = validHearing();
  hearing.caseNumber = std::string(101, 'x');
  EXPECT_EQ(messageOf(validateNewHearing(hearing)), "case_number: at most 100 characters");
  hearing = validHearing();
  hearing.kind = HearingKind::kUnspecified;
  EXPECT_NE(messageOf(validateNewHearing(hearing)).find("kind must be specified"),
            std::string::npos);
  hearing = validHearing();
  hearing.officeId.clear();
  EXPECT_EQ(messageOf(validateNewHearing(hearing)), "office_id is required");
  hearing = validHearing();
  hearing.participants.push_back({"lawyer", ""});
  EXPECT_EQ(messageOf(validateNewHearing(hearing)), "participants[1].name is required");
  hearing = validHearing();
  hearing.participants[0].role = std::string(101, 'r');
  EXPECT_EQ(messageOf(validateNewHearing(hearing)), "participants[0].role: at most 100 characters");
  auto status = validateNewHearing(hearing);
  ASSERT_FALSE(status);
  EXPECT_EQ(status.error().code(), ErrorCode::kInvalidArgument);
}

TEST(Rules, LengthsCountCharactersNotBytes) {
  NewOffice office{std::string(), std::nullopt};
  for (int i = 0; i < 200; ++i) office.name += "ș";  // 2 bytes each
  EXPECT_TRUE(validateNewOffice(office));
  office.name += "ș";
  EXPECT_EQ(messageOf(validateNewOffice(office)), "name: at most 200 characters");
  office.name = "";
  EXPECT_EQ(messageOf(validateNewOffice(office)), "name is required");
  office.name = "bad\xff";
  EXPECT_EQ(messageOf(validateNewOffice(office)), "name must be valid UTF-8");
  office.name = "tab\there";
  EXPECT_EQ(messageOf(validateNewOffice(office)), "name must not contain control characters");
}

TEST(Rules, FileNameMustBePlain) {
  EXPECT_TRUE(validateFileName("hearing 1 (camera).mp4"));
  EXPECT_TRUE(validateFileName("audiere-înregistrare.mkv"));
  EXPECT_EQ(messageOf(validateFileName("")), "file_name is required");
  for (const char* bad :
       {"../etc/passwd", "a/b.mp4", "a\\b.mp4", "..", ".", "x\ny.mp4", "bad\xc3"}) {
    auto status = validateFileName(bad);
    EXPECT_FALSE(status) << bad;
    if (!status) {
      EXPECT_EQ(status.error().message().rfind("file_name", 0), 0u) << bad;
    }
  }
  EXPECT_TRUE(validateFileName(std::string(255, 'a')));
  EXPECT_EQ(messageOf(validateFileName(std::string(256, 'a'))), "file_name: at most 255 bytes");
}

TEST(Rules, Usernames) {
  EXPECT_TRUE(validateUsername("admin"));
  EXPECT_TRUE(validateUsername("ana.maria_popescu-2"));
  EXPECT_EQ(messageOf(validateUsername("")), "username is required");
  for (const char* bad : {"ab", "Admin", "1admin", "a b c", "ana@office"}) {
    EXPECT_FALSE(validateUsername(bad)) << bad;
  }
  EXPECT_FALSE(validateUsername(std::string(65, 'a')));
}

TEST(Rules, PageSize) {
  EXPECT_EQ(*effectivePageSize(0), kDefaultPageSize);
  EXPECT_EQ(*effectivePageSize(7), 7);
  EXPECT_EQ(messageOf(Status(effectivePageSize(1001).error())), "page_size: at most 1000");
  EXPECT_FALSE(effectivePageSize(-1));
}

TEST(Rules, EnumNamesRoundTrip) {
  for (Role role : {Role::kAdmin, Role::kProsecutor, Role::kClerk, Role::kAuditor}) {
    EXPECT_EQ(*parseRole(roleName(role)), role);
  }
  for (HearingKind kind : {HearingKind::kSuspect, HearingKind::kDefendant, HearingKind::kVictim,
                           HearingKind::kWitness, HearingKind::kExpert, HearingKind::kOther}) {
    EXPECT_EQ(*parseHearingKind(hearingKindName(kind)), kind);
  }
  EXPECT_EQ(roleName(Role::kUnspecified), "");
  EXPECT_FALSE(parseRole("root"));
  EXPECT_FALSE(parseHearingKind("bystander"));
}

}  // namespace
}  // namespace audientia::domain
