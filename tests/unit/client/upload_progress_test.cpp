// The parts of the upload, download and maintenance commands that need no server: option
// values, the progress line, the command table.

#include "upload_progress.h"

#include <gtest/gtest.h>

#include <sstream>

#include "command_line.h"
#include "value_parsers.h"

namespace audientia::cli {
namespace {

TEST(UploadCommands, ByteSizesTakeBinaryUnits) {
  EXPECT_EQ(*parseByteSize("limit-rate", "65536"), 65536u);
  EXPECT_EQ(*parseByteSize("limit-rate", "500KiB"), 500u << 10);
  EXPECT_EQ(*parseByteSize("limit-rate", "2MiB"), 2u << 20);
  EXPECT_EQ(*parseByteSize("limit-rate", "2m"), 2u << 20);
  EXPECT_EQ(*parseByteSize("limit-rate", "1G"), 1u << 30);
  for (const char* bad : {"", "0", "-1", "MiB", "2 XB", "1.5MiB", "99999999999999999999"}) {
    const auto parsed = parseByteSize("limit-rate", bad);
    ASSERT_FALSE(parsed.has_value()) << bad;
    EXPECT_NE(parsed.error().message().find("--limit-rate"), std::string::npos);
  }
}

TEST(UploadCommands, FileSelectorsNameARoleAndSequence) {
  EXPECT_EQ(*parseFileSelector("master"), (FileSelector{v1::FILE_ROLE_MASTER, 0}));
  EXPECT_EQ(*parseFileSelector("Original"), (FileSelector{v1::FILE_ROLE_ORIGINAL, 0}));
  EXPECT_EQ(*parseFileSelector("manifest"), (FileSelector{v1::FILE_ROLE_MANIFEST, 0}));
  EXPECT_EQ(*parseFileSelector("waveform"), (FileSelector{v1::FILE_ROLE_WAVEFORM, 0}));
  EXPECT_EQ(*parseFileSelector("segment:3"), (FileSelector{v1::FILE_ROLE_SEGMENT, 3}));
  EXPECT_EQ(*parseFileSelector("thumbnail:12"), (FileSelector{v1::FILE_ROLE_THUMBNAIL, 12}));
  for (const char* bad : {"segment", "segment:0", "segment:x", "master:1", "video", ""}) {
    EXPECT_FALSE(parseFileSelector(bad).has_value()) << bad;
  }
  EXPECT_EQ(fileSelectorName(v1::FILE_ROLE_SEGMENT, 2), "segment:2");
  EXPECT_EQ(fileSelectorName(v1::FILE_ROLE_MASTER, 0), "master");
}

TEST(UploadCommands, JobStatesIdsAndDays) {
  EXPECT_EQ(*parseJobState("FAILED"), v1::JOB_STATE_FAILED);
  EXPECT_FALSE(parseJobState("broken").has_value());
  EXPECT_EQ(*parseId("job id", "42"), 42);
  EXPECT_FALSE(parseId("job id", "0").has_value());
  EXPECT_FALSE(parseId("job id", "x1").has_value());
  EXPECT_EQ(*parseRetainDays("3650"), 3650);
  EXPECT_FALSE(parseRetainDays("0").has_value());
  EXPECT_FALSE(parseRetainDays("36501").has_value());
}

TEST(UploadCommands, TheProgressLineShowsShareRateAndTimeLeft) {
  client::UploadProgress progress;
  progress.phase = client::UploadPhase::kSending;
  progress.sentBytes = 1ull << 30;
  progress.totalBytes = 3ull << 30;
  progress.bytesPerSecond = 16.0 * (1 << 20);
  EXPECT_EQ(UploadProgressPrinter::sendingLine(progress),
            "33% 1.0 GiB of 3.0 GiB, 16.0 MiB/s, 2:08 left");
}

TEST(UploadCommands, ResumingAndRetryingArePrintedEvenWithoutATerminal) {
  std::ostringstream err;
  UploadProgressPrinter printer(err, /*terminal=*/false);
  client::UploadProgress progress;
  progress.path = "/data/hearing.mp4";
  progress.phase = client::UploadPhase::kSending;
  progress.totalBytes = 3ull << 30;
  printer(progress);
  EXPECT_EQ(err.str(), "");
  progress.phase = client::UploadPhase::kResuming;
  progress.sentBytes = 1288490189;  // 1.2 GiB
  printer(progress);
  EXPECT_EQ(err.str(), "resuming /data/hearing.mp4 at 1.2 GiB of 3.0 GiB\n");
}

TEST(UploadCommands, NewCommandsParse) {
  auto upload = parseCommandLine(
      {"recording", "upload", "--hearing", "h", "--follow", "--limit-rate", "2MiB", "dir"});
  ASSERT_TRUE(upload.has_value()) << upload.error().toString();
  EXPECT_TRUE(upload->has("follow"));
  for (const std::vector<std::string>& args : std::vector<std::vector<std::string>>{
           {"recording", "show", "r"},
           {"upload", "list"},
           {"upload", "status", "u"},
           {"upload", "abort", "u"},
           {"fixity", "run", "--wait"},
           {"fixity", "status"},
           {"alert", "list", "--all"},
           {"alert", "ack", "1"},
           {"job", "list", "--state", "failed"},
           {"job", "retry", "1"},
           {"retention", "set", "--kind", "witness", "--days", "9"},
           {"retention", "list"},
           {"retention", "delete", "p"},
           {"retention", "run"},
           {"hold", "place", "h", "--reason", "appeal"},
           {"hold", "release", "h", "--reason", "closed"},
           {"hold", "list", "--hearing", "h", "--all"}}) {
    const auto parsed = parseCommandLine(args);
    EXPECT_TRUE(parsed.has_value())
        << args[0] << " " << args[1] << ": " << parsed.error().toString();
  }
  EXPECT_FALSE(parseCommandLine({"hold", "place", "h"}).has_value());  // --reason is required
  EXPECT_FALSE(parseCommandLine({"retention", "set", "--kind", "witness"}).has_value());
}

}  // namespace
}  // namespace audientia::cli
