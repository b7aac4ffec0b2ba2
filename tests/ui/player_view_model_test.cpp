// The player's view model without a server: what it says about a recording it cannot play
// (still processing, failed, not media) and the pauses and interruptions of a capture as marks
// with their reasons, in media-time order.

#include "viewmodels/player_view_model.h"

#include <gtest/gtest.h>

#include "services/media_stream_server.h"

namespace audientia::gui {
namespace {

TEST(PlayerViewModelTest, SaysWhyARecordingCannotBePlayed) {
  MediaStreamServer streams;
  PlayerViewModel player(streams);
  v1::Recording processing;
  processing.set_id("6d0c3f1e-3c52-4f43-9d52-1f6f5d1b0a01");
  processing.set_state(v1::RECORDING_STATE_PROCESSING);
  player.open(processing);
  EXPECT_FALSE(player.hasMedia());
  EXPECT_TRUE(player.statusIsProblem());
  EXPECT_TRUE(player.statusText().contains(QStringLiteral("not ready to play yet")));

  v1::Recording notMedia = processing;
  notMedia.set_state(v1::RECORDING_STATE_AVAILABLE);
  notMedia.set_media_error("Invalid data found when processing input");
  player.open(notMedia);
  EXPECT_FALSE(player.hasMedia());
  EXPECT_TRUE(player.statusText().contains(QStringLiteral("Invalid data found")));

  v1::Recording failed = processing;
  failed.set_state(v1::RECORDING_STATE_FAILED);
  failed.set_failure_reason("the segments do not match the sealed manifest");
  player.open(failed);
  EXPECT_TRUE(player.statusText().contains(QStringLiteral("sealed manifest")));
  // Nothing to act on: the keys do nothing rather than fail.
  player.togglePlay();
  player.seek(1000);
  player.nextMark();
  EXPECT_FALSE(player.isPlaying());
}

TEST(PlayerViewModelTest, PausesAndInterruptionsAreMarksWithTheirReasons) {
  MediaStreamServer streams;
  PlayerViewModel player(streams);
  v1::Recording capture;
  capture.set_id("6d0c3f1e-3c52-4f43-9d52-1f6f5d1b0a02");
  capture.set_state(v1::RECORDING_STATE_AVAILABLE);
  capture.mutable_media_info()->set_duration_ms(60'000);
  auto* master = capture.add_files();
  master->set_role(v1::FILE_ROLE_MASTER);
  master->set_size_bytes(1000);
  master->set_content_type("video/mp4");
  auto* pause = capture.add_gaps();
  pause->set_kind(v1::GAP_KIND_PAUSE);
  pause->set_reason("the witness asked for water");
  pause->set_media_time_ms(40'000);
  auto* crash = capture.add_gaps();
  crash->set_kind(v1::GAP_KIND_INTERRUPTION);
  crash->set_reason("the capture stopped unexpectedly");
  crash->set_media_time_ms(20'000);
  auto* unknown = capture.add_gaps();  // stored before gaps had a media time
  unknown->set_media_time_ms(-1);
  player.open(capture);
  ASSERT_TRUE(player.hasMedia());
  EXPECT_EQ(60'000, player.durationMs());
  ASSERT_EQ(2u, player.marks().size());
  EXPECT_EQ(20'000, player.marks()[0].atMs);
  EXPECT_EQ(PlayerViewModel::MarkKind::kInterruption, player.marks()[0].kind);
  EXPECT_EQ(QStringLiteral("Pause: the witness asked for water"), player.marks()[1].label);
  EXPECT_EQ(0, player.markBefore(30'000));
  EXPECT_EQ(-1, player.markBefore(10'000));
  player.close();
}

}  // namespace
}  // namespace audientia::gui
