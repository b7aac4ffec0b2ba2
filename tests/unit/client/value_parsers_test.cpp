#include "value_parsers.h"

#include <gtest/gtest.h>

#include <sstream>

#include "command_line.h"
#include "commands.h"

namespace audientia::cli {
namespace {

TEST(ByteRange, InclusiveLikeHttp) {
  EXPECT_EQ(*parseByteRange("0-1023"), (ByteRange{0, 1024}));
  EXPECT_EQ(*parseByteRange("1000-4999"), (ByteRange{1000, 4000}));
  EXPECT_EQ(*parseByteRange("7-7"), (ByteRange{7, 1}));
  EXPECT_EQ(*parseByteRange("1000-"), (ByteRange{1000, 0}));
  EXPECT_EQ(*parseByteRange("0-"), (ByteRange{0, 0}));
}

TEST(ByteRange, RejectsMalformedRanges) {
  for (const char* bad : {"", "-", "-500", "5", "a-b", "1-x", "5-2", " 1-2", "1-2 ", "+1-2", "1--2",
                          "99999999999999999999-", "0-9223372036854775807"}) {
    const auto parsed = parseByteRange(bad);
    EXPECT_FALSE(parsed.has_value()) << "'" << bad << "'";
    if (!parsed.has_value()) {
      EXPECT_EQ(parsed.error().code(), ErrorCode::kInvalidArgument);
      EXPECT_NE(parsed.error().message().find(std::string("'") + bad + "'"), std::string::npos);
    }
  }
}

TEST(ByteRange, FromDownloadArguments) {
  auto args = parseCommandLine({"recording", "download", "r", "--out", "f", "--range", "10-19"});
  ASSERT_TRUE(args.has_value());
  EXPECT_EQ(*downloadRangeFromArgs(*args), (ByteRange{10, 10}));
  auto whole = parseCommandLine({"recording", "download", "r", "--out", "f"});
  ASSERT_TRUE(whole.has_value());
  EXPECT_EQ(*downloadRangeFromArgs(*whole), (ByteRange{0, 0}));
}

TEST(HearingKind, EveryKindRoundTrips) {
  for (const char* name : {"suspect", "defendant", "victim", "witness", "expert", "other"}) {
    const auto kind = parseHearingKind(name);
    ASSERT_TRUE(kind.has_value()) << name;
    EXPECT_EQ(hearingKindName(*kind), name);
  }
  EXPECT_EQ(*parseHearingKind("Witness"), v1::HEARING_KIND_WITNESS);
  EXPECT_FALSE(parseHearingKind("judge").has_value());
  EXPECT_FALSE(parseHearingKind("").has_value());
}

TEST(Participant, RoleAndName) {
  const auto p = parseParticipant("interpreter: Maria Ionescu");
  ASSERT_TRUE(p.has_value());
  EXPECT_EQ(p->role(), "interpreter");
  EXPECT_EQ(p->name(), "Maria Ionescu");
  const auto colonInName = parseParticipant("expert:Dr. X: forensics");
  ASSERT_TRUE(colonInName.has_value());
  EXPECT_EQ(colonInName->name(), "Dr. X: forensics");
  for (const char* bad : {"witness", ":name", "role:", " : "}) {
    EXPECT_FALSE(parseParticipant(bad).has_value()) << bad;
  }
}

TEST(HearingCreate, BuildsTheRequest) {
  auto args =
      parseCommandLine({"hearing", "create", "--office", "o1", "--case", "1234/P/2026", "--kind",
                        "witness", "--title", "Statement", "--participant", "witness:Ion Popescu",
                        "--participant", "interpreter:Maria", "--location", "Room 4"});
  ASSERT_TRUE(args.has_value()) << args.error().toString();
  const auto request = createHearingRequestFromArgs(*args);
  ASSERT_TRUE(request.has_value()) << request.error().toString();
  EXPECT_EQ(request->office_id(), "o1");
  EXPECT_EQ(request->case_number(), "1234/P/2026");
  EXPECT_EQ(request->kind(), v1::HEARING_KIND_WITNESS);
  EXPECT_EQ(request->title(), "Statement");
  EXPECT_EQ(request->location(), "Room 4");
  ASSERT_EQ(request->participants_size(), 2);
  EXPECT_EQ(request->participants(1).role(), "interpreter");

  auto badKind =
      parseCommandLine({"hearing", "create", "--office", "o", "--case", "c", "--kind", "judge"});
  ASSERT_TRUE(badKind.has_value());
  EXPECT_FALSE(createHearingRequestFromArgs(*badKind).has_value());
  auto badParticipant = parseCommandLine({"hearing", "create", "--office", "o", "--case", "c",
                                          "--kind", "other", "--participant", "nobody"});
  ASSERT_TRUE(badParticipant.has_value());
  EXPECT_FALSE(createHearingRequestFromArgs(*badParticipant).has_value());
}

TEST(ServerAddress, HostAndPort) {
  EXPECT_TRUE(checkServerAddress("localhost:7443").has_value());
  EXPECT_TRUE(checkServerAddress("127.0.0.1:1").has_value());
  EXPECT_TRUE(checkServerAddress("[::1]:7443").has_value());
  for (const char* bad :
       {"localhost", ":7443", "host:", "host:0", "host:65536", "host:x", "[::1:1"}) {
    EXPECT_FALSE(checkServerAddress(bad).has_value()) << bad;
  }
}

TEST(Password, OneLineFromStdin) {
  std::istringstream crlf("s3cret\r\nsecond line\n");
  EXPECT_EQ(*readPasswordLine(crlf), "s3cret");
  std::istringstream noNewline("only");
  EXPECT_EQ(*readPasswordLine(noNewline), "only");
  std::istringstream spaces("  pass with spaces  \n");
  EXPECT_EQ(*readPasswordLine(spaces), "  pass with spaces  ");
  std::istringstream empty("");
  EXPECT_FALSE(readPasswordLine(empty).has_value());
  std::istringstream blank("\n");
  EXPECT_FALSE(readPasswordLine(blank).has_value());
}

}  // namespace
}  // namespace audientia::cli
