#include "text_format.h"

#include <gtest/gtest.h>

#include <sstream>

namespace audientia::cli {
namespace {

TEST(Table, ColumnsAreAlignedByCharactersNotBytes) {
  Table table({"ID", "NAME"});
  table.addRow({"1", "Parchetul de pe lângă Tribunalul Cluj"});
  table.addRow({"22222", "Ș"});
  std::ostringstream out;
  table.print(out);
  EXPECT_EQ(out.str(),
            "ID     NAME\n"
            "1      Parchetul de pe lângă Tribunalul Cluj\n"
            "22222  Ș\n");
}

TEST(Fields, ValuesAligned) {
  std::ostringstream out;
  printFields(out, {{"user", "admin"}, {"session expires", "x"}});
  EXPECT_EQ(out.str(), "user:             admin\nsession expires:  x\n");
}

TEST(Formatting, TimesBytesDurationsStreams) {
  EXPECT_EQ(formatTime(0), "-");
  EXPECT_EQ(formatTime(1'700'000'000'123), "2023-11-14 22:13:20 UTC");
  EXPECT_EQ(formatBytes(512), "512 B");
  EXPECT_EQ(formatBytes(1536), "1.5 KiB");
  EXPECT_EQ(formatBytes(3 * 1024 * 1024), "3.0 MiB");
  EXPECT_EQ(formatDuration(0), "-");
  EXPECT_EQ(formatDuration(20'000), "0:20.000");
  EXPECT_EQ(formatDuration(3'723'456), "1:02:03.456");

  v1::MediaInfo info;
  auto* video = info.add_streams();
  video->set_type(v1::STREAM_TYPE_VIDEO);
  video->set_codec("h264");
  video->set_width(1280);
  video->set_height(720);
  video->set_frame_rate(30);
  auto* audio = info.add_streams();
  audio->set_type(v1::STREAM_TYPE_AUDIO);
  audio->set_codec("aac");
  audio->set_sample_rate(48000);
  audio->set_channels(2);
  EXPECT_EQ(formatStreams(info), "h264 1280x720 30fps, aac 48000Hz 2ch");
  EXPECT_EQ(formatStreams(v1::MediaInfo()), "-");
  EXPECT_EQ(shortEnumName("ROLE_ADMIN", "ROLE_"), "admin");
}

}  // namespace
}  // namespace audientia::cli
