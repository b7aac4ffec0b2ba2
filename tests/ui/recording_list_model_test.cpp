// RecordingListModel under QAbstractItemModelTester, with recordings built from protos: a
// playable H.264/AAC file and a file the server could not probe as media.

#include "viewmodels/recording_list_model.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <vector>

#include "ui_test_support.h"

namespace audientia::gui {
namespace {

constexpr const char* kSha = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

v1::Recording playableRecording() {
  v1::Recording recording;
  recording.set_id("r1");
  recording.set_hearing_id("h1");
  recording.set_file_name("hearing-2024-05-01.mp4");
  recording.set_size_bytes(3 * 1024 * 1024 + 512 * 1024);
  recording.set_sha256(kSha);
  recording.set_state(v1::RECORDING_STATE_AVAILABLE);
  v1::MediaInfo* info = recording.mutable_media_info();
  info->set_container("mov,mp4,m4a,3gp,3g2,mj2");
  info->set_duration_ms(3723000);
  v1::MediaStream* video = info->add_streams();
  video->set_type(v1::STREAM_TYPE_VIDEO);
  video->set_codec("h264");
  video->set_width(1280);
  video->set_height(720);
  video->set_frame_rate(30);
  v1::MediaStream* audio = info->add_streams();
  audio->set_type(v1::STREAM_TYPE_AUDIO);
  audio->set_codec("aac");
  audio->set_sample_rate(48000);
  audio->set_channels(1);
  return recording;
}

v1::Recording unplayableRecording() {
  v1::Recording recording;
  recording.set_id("r2");
  recording.set_hearing_id("h1");
  recording.set_file_name("notes.txt");
  recording.set_size_bytes(512);
  recording.set_sha256(std::string(64, 'a'));
  recording.set_state(v1::RECORDING_STATE_AVAILABLE);
  recording.set_media_error("Invalid data found when processing input");
  return recording;
}

QVariant cell(const RecordingListModel& model, int row, int column, int role = Qt::DisplayRole) {
  return model.data(model.index(row, column), role);
}

TEST(RecordingListModel, ShowsFileDurationSizeCodecsAndTheFullHash) {
  RecordingListModel model;
  QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
  QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

  model.setRecordings({playableRecording(), unplayableRecording()});

  EXPECT_EQ(reset.count(), 1);
  ASSERT_EQ(model.rowCount(), 2);
  EXPECT_EQ(model.columnCount(), RecordingListModel::kColumnCount);
  using M = RecordingListModel;
  EXPECT_EQ(cell(model, 0, M::kFileColumn).toString(), "hearing-2024-05-01.mp4");
  EXPECT_EQ(cell(model, 0, M::kDurationColumn).toString(), "1:02:03");
  EXPECT_EQ(cell(model, 0, M::kSizeColumn).toString(), "3.5 MiB");
  EXPECT_EQ(cell(model, 0, M::kSizeColumn, Qt::ToolTipRole).toString(), "3,670,016 bytes");
  EXPECT_EQ(cell(model, 0, M::kVideoColumn).toString(), "H.264 1280×720, 30 fps");
  EXPECT_EQ(cell(model, 0, M::kAudioColumn).toString(), "AAC, 48 kHz, mono");
  EXPECT_EQ(cell(model, 0, M::kSha256Column).toString(), kSha);
  EXPECT_EQ(cell(model, 0, 0, M::Sha256Role).toString(), kSha);
  EXPECT_EQ(cell(model, 0, 0, M::RecordingIdRole).toString(), "r1");
  EXPECT_FALSE(cell(model, 0, M::kVideoColumn, Qt::ForegroundRole).isValid());
  EXPECT_EQ(cell(model, 0, M::kDurationColumn, M::SortRole).toLongLong(), 3723000);
  EXPECT_EQ(model.headerData(M::kSha256Column, Qt::Horizontal).toString(), "SHA-256");
}

TEST(RecordingListModel, ShowsTheMediaErrorInRedAndKeepsTheFile) {
  RecordingListModel model;
  QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
  model.setRecordings({unplayableRecording()});
  using M = RecordingListModel;

  EXPECT_EQ(cell(model, 0, M::kFileColumn).toString(), "notes.txt");
  EXPECT_EQ(cell(model, 0, M::kDurationColumn).toString(), "–");
  EXPECT_EQ(cell(model, 0, M::kSizeColumn).toString(), "512 bytes");
  EXPECT_EQ(cell(model, 0, M::kVideoColumn).toString(),
            "Not playable: Invalid data found when processing input");
  EXPECT_EQ(cell(model, 0, 0, M::MediaErrorRole).toString(),
            "Invalid data found when processing input");
  const QVariant colour = cell(model, 0, M::kVideoColumn, Qt::ForegroundRole);
  ASSERT_TRUE(colour.canConvert<QColor>());
  const QColor red = colour.value<QColor>();
  EXPECT_GT(red.red(), 2 * red.green());
  EXPECT_GT(red.red(), 2 * red.blue());
  EXPECT_EQ(cell(model, 0, M::kAudioColumn).toString(), "");
  EXPECT_EQ(cell(model, 0, M::kSha256Column).toString(), QString(64, QLatin1Char('a')));
}

TEST(RecordingListModel, ClearAndOutOfRangeAccess) {
  RecordingListModel model;
  QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
  model.setRecordings({playableRecording()});
  EXPECT_EQ(model.recordingAt(1), nullptr);
  ASSERT_NE(model.recordingAt(0), nullptr);
  EXPECT_EQ(model.recordingAt(0)->id(), "r1");
  QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
  model.clear();
  EXPECT_EQ(reset.count(), 1);
  EXPECT_EQ(model.rowCount(), 0);
  EXPECT_FALSE(cell(model, 0, 0).isValid());
}

}  // namespace
}  // namespace audientia::gui
