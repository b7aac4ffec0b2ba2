// Expected<T>, Status, Error and the AUDIENTIA_TRY macros.

#include "audientia/base/expected.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>

namespace audientia {
namespace {

Expected<int> parsePositive(const std::string& text) {
  if (text.empty() || text.find_first_not_of("0123456789") != std::string::npos) {
    return invalidArgument("'" + text + "' is not a positive number");
  }
  return std::stoi(text);
}

Expected<int> doubled(const std::string& text) {
  AUDIENTIA_TRY(const int value, parsePositive(text));
  return value * 2;
}

Status checkEven(int value) {
  if (value % 2 != 0) return Error(ErrorCode::kFailedPrecondition, "odd");
  return ok();
}

int gReachedAfterTry = 0;

Status checkBothEven(int a, int b) {
  AUDIENTIA_TRY_STATUS(checkEven(a));
  ++gReachedAfterTry;
  AUDIENTIA_TRY_STATUS(checkEven(b));
  return ok();
}

Expected<std::unique_ptr<int>> makeBox(int value) {
  return std::make_unique<int>(value);
}

Expected<int> unbox(int value) {
  AUDIENTIA_TRY(auto box, makeBox(value));
  return *box;
}

TEST(ExpectedTest, HoldsAValue) {
  const Expected<int> e = 42;
  ASSERT_TRUE(e.has_value());
  EXPECT_TRUE(static_cast<bool>(e));
  EXPECT_EQ(e.value(), 42);
  EXPECT_EQ(*e, 42);
  EXPECT_EQ(e.value_or(7), 42);
}

TEST(ExpectedTest, HoldsAnError) {
  const Expected<int> e = notFound("hearing 42 does not exist");
  ASSERT_FALSE(e.has_value());
  EXPECT_EQ(e.error().code(), ErrorCode::kNotFound);
  EXPECT_EQ(e.error().message(), "hearing 42 does not exist");
  EXPECT_EQ(e.value_or(7), 7);
}

TEST(ExpectedTest, UnexpectedMakesAnError) {
  const Expected<std::string> e = Unexpected(internalError("boom"));
  ASSERT_FALSE(e);
  EXPECT_EQ(e.error().code(), ErrorCode::kInternal);
}

TEST(ExpectedTest, ArrowReachesMembers) {
  Expected<std::string> e = std::string("abc");
  EXPECT_EQ(e->size(), 3u);
  e->append("d");
  EXPECT_EQ(*e, "abcd");
}

TEST(ExpectedTest, VoidStatus) {
  const Status good = ok();
  EXPECT_TRUE(good.has_value());
  const Status bad = Error(ErrorCode::kAborted, "conflict");
  ASSERT_FALSE(bad.has_value());
  EXPECT_EQ(bad.error().code(), ErrorCode::kAborted);
  EXPECT_EQ(bad.error().message(), "conflict");
}

TEST(ExpectedTest, TryPropagatesErrorsAndUnwrapsValues) {
  const auto good = doubled("21");
  ASSERT_TRUE(good);
  EXPECT_EQ(*good, 42);
  const auto bad = doubled("x1");
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(bad.error().message(), "'x1' is not a positive number");
}

TEST(ExpectedTest, TryStatusStopsAtTheFirstError) {
  gReachedAfterTry = 0;
  EXPECT_TRUE(checkBothEven(2, 4));
  EXPECT_EQ(gReachedAfterTry, 1);
  const Status first = checkBothEven(1, 4);
  ASSERT_FALSE(first);
  EXPECT_EQ(first.error().code(), ErrorCode::kFailedPrecondition);
  EXPECT_EQ(gReachedAfterTry, 1);  // returned before the second check
  EXPECT_FALSE(checkBothEven(2, 3));
  EXPECT_EQ(gReachedAfterTry, 2);
}

TEST(ExpectedTest, MoveOnlyValues) {
  auto box = makeBox(5);
  ASSERT_TRUE(box);
  std::unique_ptr<int> taken = std::move(box).value();
  ASSERT_NE(taken, nullptr);
  EXPECT_EQ(*taken, 5);
  EXPECT_EQ(unbox(9).value(), 9);
  static_assert(!std::is_copy_constructible_v<Expected<std::unique_ptr<int>>>);
}

TEST(ErrorTest, ToStringNamesTheCode) {
  EXPECT_EQ(Error(ErrorCode::kNotFound, "hearing 42 does not exist").toString(),
            "NOT_FOUND: hearing 42 does not exist");
  EXPECT_EQ(invalidArgument("bad").toString(), "INVALID_ARGUMENT: bad");
  EXPECT_EQ(internalError("x").toString(), "INTERNAL: x");
  EXPECT_STREQ(toString(ErrorCode::kDataLoss), "DATA_LOSS");
  EXPECT_STREQ(toString(ErrorCode::kUnauthenticated), "UNAUTHENTICATED");
}

TEST(ErrorTest, CodesMatchGrpcNumbers) {
  EXPECT_EQ(static_cast<int>(ErrorCode::kInvalidArgument), 3);
  EXPECT_EQ(static_cast<int>(ErrorCode::kNotFound), 5);
  EXPECT_EQ(static_cast<int>(ErrorCode::kUnavailable), 14);
  EXPECT_EQ(static_cast<int>(ErrorCode::kUnauthenticated), 16);
}

TEST(ErrorTest, WithContextPrefixesAndKeepsTheCode) {
  const Error e = notFound("no such file").withContext("loading config");
  EXPECT_EQ(e.code(), ErrorCode::kNotFound);
  EXPECT_EQ(e.message(), "loading config: no such file");
}

}  // namespace
}  // namespace audientia
