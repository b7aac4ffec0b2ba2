// RecordingMomentsModel under QAbstractItemModelTester: a capture's markers and its gaps (a
// pause with its reason, a recovered interruption, a pause never resumed) in clock order.

#include "viewmodels/recording_moments_model.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QLocale>

#include "ui_test_support.h"

namespace audientia::gui {
namespace {

v1::Recording captureWithMoments() {
  v1::Recording recording;
  recording.set_kind(v1::RECORDING_KIND_CAPTURE);
  auto* question = recording.add_markers();
  question->set_kind("question");
  question->set_text("Unde erați?");
  question->set_media_time_ms(61500);
  question->set_wall_time("2026-12-06T09:01:01.500Z");
  auto* custom = recording.add_markers();
  custom->set_kind("rights read");
  custom->set_media_time_ms(5000);
  custom->set_wall_time("2026-12-06T09:00:05.000Z");
  auto* pause = recording.add_gaps();
  pause->set_kind(v1::GAP_KIND_PAUSE);
  pause->set_reason("Consultation with the lawyer");
  pause->set_wall_start("2026-12-06T09:02:00.000Z");
  pause->set_wall_end("2026-12-06T09:12:30.000Z");
  auto* crash = recording.add_gaps();
  crash->set_kind(v1::GAP_KIND_INTERRUPTION);
  crash->set_wall_start("2026-12-06T09:20:00.000Z");
  crash->set_wall_end("2026-12-06T09:20:04.000Z");
  auto* last = recording.add_gaps();
  last->set_kind(v1::GAP_KIND_PAUSE);
  last->set_reason("Recess");
  last->set_wall_start("2026-12-06T09:30:00.000Z");
  return recording;
}

TEST(RecordingMomentsModel, ListsMarkersAndGapsInClockOrder) {
  QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
  RecordingMomentsModel model;
  QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
  model.setRecording(captureWithMoments());
  ASSERT_EQ(model.rowCount(), 5);
  const auto cell = [&](int row, int column) {
    return model.data(model.index(row, column)).toString();
  };
  EXPECT_EQ(cell(0, RecordingMomentsModel::kWhatColumn), QStringLiteral("rights read"));
  EXPECT_EQ(cell(0, RecordingMomentsModel::kMediaTimeColumn), QStringLiteral("0:00:05"));
  EXPECT_EQ(cell(1, RecordingMomentsModel::kWhatColumn), QStringLiteral("Question"));
  EXPECT_EQ(cell(1, RecordingMomentsModel::kTextColumn), QStringLiteral("Unde erați?"));
  EXPECT_EQ(cell(1, RecordingMomentsModel::kMediaTimeColumn), QStringLiteral("0:01:01"));
  EXPECT_EQ(cell(2, RecordingMomentsModel::kWhatColumn), QStringLiteral("Pause"));
  EXPECT_EQ(cell(2, RecordingMomentsModel::kTextColumn),
            QStringLiteral("Consultation with the lawyer (0:10:30)"));
  EXPECT_TRUE(cell(2, RecordingMomentsModel::kMediaTimeColumn).isEmpty());
  EXPECT_EQ(cell(3, RecordingMomentsModel::kWhatColumn),
            QStringLiteral("Interruption (recovered)"));
  EXPECT_EQ(cell(3, RecordingMomentsModel::kTextColumn), QStringLiteral("0:00:04"));
  EXPECT_EQ(cell(4, RecordingMomentsModel::kTextColumn), QStringLiteral("Recess (until the end)"));
  EXPECT_FALSE(cell(0, RecordingMomentsModel::kClockColumn).isEmpty());
  model.clear();
  EXPECT_EQ(model.rowCount(), 0);
  QLocale::setDefault(QLocale::c());
}

}  // namespace
}  // namespace audientia::gui
