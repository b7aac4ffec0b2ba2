// FileReadAhead: the chunks of a byte range, in order and whole, read ahead on a thread.

#include "file_read_ahead.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>
#include <mutex>
#include <random>
#include <thread>

#include "test_env.h"

namespace audientia::client::detail {
namespace {

std::string randomBytes(std::size_t size) {
  std::mt19937 random(5);
  std::string bytes(size, '\0');
  for (char& c : bytes) c = static_cast<char>(random());
  return bytes;
}

class FileReadAheadTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = dir_.path() / "file.bin";
    std::ofstream(path_, std::ios::binary) << content_;
    fd_ = ::open(path_.c_str(), O_RDONLY | O_CLOEXEC);
    ASSERT_GE(fd_, 0);
  }
  void TearDown() override { ::close(fd_); }

  testing::TempDir dir_;
  std::filesystem::path path_;
  const std::string content_ = randomBytes(1'000'003);
  int fd_ = -1;
};

TEST_F(FileReadAheadTest, ReadsTheRangeInOrderedChunksThenEnds) {
  for (std::size_t chunk : {std::size_t{1} << 16, std::size_t{333'333}, std::size_t{4} << 20}) {
    for (std::int64_t from : {std::int64_t{0}, std::int64_t{12'345}}) {
      const std::int64_t to = 999'000;
      FileReadAhead reader(fd_, path_, from, to, chunk);
      std::string data;
      std::string got;
      std::int64_t expected = from;
      for (;;) {
        auto offset = reader.next(data);
        ASSERT_TRUE(offset) << offset.error().toString();
        if (data.empty()) {
          EXPECT_EQ(*offset, to);
          break;
        }
        EXPECT_EQ(*offset, expected);
        EXPECT_LE(data.size(), chunk);
        expected += static_cast<std::int64_t>(data.size());
        got += data;
      }
      EXPECT_EQ(
          got, content_.substr(static_cast<std::size_t>(from), static_cast<std::size_t>(to - from)))
          << "chunks of " << chunk << " from " << from;
      auto again = reader.next(data);  // still the end
      ASSERT_TRUE(again);
      EXPECT_TRUE(data.empty());
    }
  }
}

// The observer sees every chunk, in order, on the reader's thread before the caller gets it: an
// upload hashes the file there, in the pass that sends it.
TEST_F(FileReadAheadTest, TheObserverSeesEveryChunkInOrderBeforeTheCaller) {
  const std::int64_t from = 4'321;
  const auto to = static_cast<std::int64_t>(content_.size());
  std::string observed;
  std::int64_t observedEnd = from;
  bool inOrder = true;
  const auto caller = std::this_thread::get_id();
  bool onCallerThread = false;
  std::mutex mutex;
  {
    FileReadAhead reader(fd_, path_, from, to, 100'000, FileReadAhead::kDefaultDepth,
                         [&](std::int64_t offset, std::string_view bytes) {
                           std::lock_guard lock(mutex);
                           inOrder = inOrder && offset == observedEnd;
                           onCallerThread = onCallerThread || std::this_thread::get_id() == caller;
                           observed.append(bytes);
                           observedEnd = offset + std::ssize(bytes);
                         });
    std::string data;
    std::int64_t delivered = from;
    for (;;) {
      auto offset = reader.next(data);
      ASSERT_TRUE(offset) << offset.error().toString();
      if (data.empty()) break;
      delivered = *offset + std::ssize(data);
      std::lock_guard lock(mutex);
      EXPECT_GE(observedEnd, delivered) << "a chunk reached the caller before the observer";
    }
    EXPECT_EQ(delivered, to);
  }
  EXPECT_TRUE(inOrder);
  EXPECT_FALSE(onCallerThread);
  EXPECT_EQ(observed, content_.substr(static_cast<std::size_t>(from)));
}

TEST_F(FileReadAheadTest, AFileShorterThanTheRangeIsAnError) {
  FileReadAhead reader(fd_, path_, 0, static_cast<std::int64_t>(content_.size()) + 10, 400'000);
  std::string data;
  std::size_t got = 0;
  Expected<std::int64_t> offset = std::int64_t{0};
  for (int i = 0; i < 10; ++i) {
    offset = reader.next(data);
    if (!offset) break;
    got += data.size();
  }
  ASSERT_FALSE(offset);
  EXPECT_EQ(offset.error().code(), ErrorCode::kFailedPrecondition);
  EXPECT_NE(offset.error().message().find("shorter than when it was hashed"), std::string::npos)
      << offset.error().message();
  EXPECT_EQ(got, 800'000u) << "the whole chunks before the end were delivered";
}

TEST_F(FileReadAheadTest, StopsWhenDroppedBeforeTheEnd) {
  // The reader thread is blocked with its queue full; destroying it must not hang.
  FileReadAhead reader(fd_, path_, 0, static_cast<std::int64_t>(content_.size()), 1000, 2);
  std::string data;
  ASSERT_TRUE(reader.next(data));
  EXPECT_EQ(data, content_.substr(0, 1000));
}

}  // namespace
}  // namespace audientia::client::detail
