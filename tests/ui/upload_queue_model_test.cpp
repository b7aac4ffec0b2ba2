// UploadQueueModel under QAbstractItemModelTester, with journal entries as the engine writes
// them: what each column says for a queued, a running, a stopped, a done and a failed item.

#include "viewmodels/upload_queue_model.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <vector>

#include "ui_test_support.h"

namespace audientia::gui {
namespace {

using client::UploadItemKind;
using client::UploadItemState;
using client::UploadPhase;

constexpr std::uint64_t kMiB = 1024 * 1024;

client::UploadJournalEntry fileEntry(const std::string& key, const std::string& path,
                                     std::uint64_t size, std::uint64_t durable,
                                     UploadItemState state) {
  client::UploadJournalEntry entry;
  entry.key = key;
  entry.kind = UploadItemKind::kFile;
  entry.server = "127.0.0.1:7443";
  entry.hearingId = "h-" + key;
  entry.path = path;
  entry.sizeBytes = size;
  entry.recordingId = "rec-" + key;
  client::JournalFile file;
  file.fileName = entry.path.filename().string();
  file.sizeBytes = size;
  file.uploadId = entry.recordingId;
  file.durableBytes = durable;
  file.complete = state == UploadItemState::kDone;
  entry.files.push_back(file);
  entry.state = state;
  return entry;
}

client::UploadJournalEntry captureEntry() {
  client::UploadJournalEntry entry;
  entry.key = "cap";
  entry.kind = UploadItemKind::kCapture;
  entry.hearingId = "h-cap";
  entry.path = "/captures/2024-05-01-room4";
  entry.sessionId = "s1";
  for (int sequence = 1; sequence <= 2; ++sequence) {
    client::JournalFile segment;
    segment.sequence = sequence;
    segment.fileName = "segment-" + std::to_string(sequence) + ".mkv";
    segment.sizeBytes = 4 * kMiB;
    segment.durableBytes = sequence == 1 ? 4 * kMiB : kMiB;
    segment.complete = sequence == 1;
    entry.files.push_back(segment);
  }
  return entry;
}

std::vector<client::UploadJournalEntry> journal() {
  auto failed = fileEntry("bad", "/data/changed.mp4", 2 * kMiB, 0, UploadItemState::kFailed);
  failed.error = "/data/changed.mp4 changed since its upload was queued";
  return {fileEntry("a", "/data/interview.mp4", 8 * kMiB, 2 * kMiB, UploadItemState::kPending),
          fileEntry("b", "/data/done.mp4", 3 * kMiB, 3 * kMiB, UploadItemState::kDone), failed,
          captureEntry()};
}

QString text(const UploadQueueModel& model, int row, int column) {
  return model.data(model.index(row, column)).toString();
}

QVariant value(const UploadQueueModel& model, int row, int role) {
  return model.data(model.index(row, 0), role);
}

TEST(UploadQueueModelTest, ShowsEachJournalItem) {
  UploadQueueModel model;
  QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
  model.setEntries(journal());
  model.setHearingNames({{QStringLiteral("h-a"), QStringLiteral("UI-2024/17")}});
  ASSERT_EQ(model.rowCount(), 4);
  ASSERT_EQ(model.columnCount(), UploadQueueModel::kColumnCount);
  using M = UploadQueueModel;

  EXPECT_EQ(text(model, 0, M::kFileColumn), "interview.mp4");
  EXPECT_EQ(model.data(model.index(0, M::kFileColumn), Qt::ToolTipRole).toString(),
            "/data/interview.mp4");
  EXPECT_EQ(text(model, 0, M::kHearingColumn), "UI-2024/17");
  EXPECT_EQ(text(model, 1, M::kHearingColumn), "h-b");  // not listed: its id
  EXPECT_EQ(text(model, 0, M::kKindColumn), "File");
  EXPECT_EQ(text(model, 0, M::kStateColumn), "Queued");
  // A pending item not running shows what the server holds durably.
  EXPECT_EQ(value(model, 0, M::ProgressRole).toInt(), 25);
  EXPECT_EQ(text(model, 0, M::kProgressColumn), "25%");
  EXPECT_EQ(text(model, 0, M::kSizeColumn), "2.0 of 8.0 MiB");
  EXPECT_EQ(text(model, 0, M::kRateColumn), "");
  EXPECT_EQ(text(model, 0, M::kErrorColumn), "");
  EXPECT_TRUE(value(model, 0, M::CanAbortRole).toBool());
  EXPECT_FALSE(value(model, 0, M::CanRemoveRole).toBool());
  EXPECT_FALSE(value(model, 0, M::CanRetryRole).toBool());

  EXPECT_EQ(text(model, 1, M::kStateColumn), "Done");
  EXPECT_EQ(value(model, 1, M::ProgressRole).toInt(), 100);
  EXPECT_EQ(text(model, 1, M::kSizeColumn), "3.0 of 3.0 MiB");
  EXPECT_FALSE(value(model, 1, M::CanAbortRole).toBool());
  EXPECT_TRUE(value(model, 1, M::CanRemoveRole).toBool());

  EXPECT_EQ(text(model, 2, M::kStateColumn), "Failed");
  // The engine names the file by its path; the row shows it by name already.
  EXPECT_EQ(text(model, 2, M::kErrorColumn), "changed.mp4 changed since its upload was queued");
  EXPECT_EQ(model.data(model.index(2, M::kErrorColumn), Qt::ToolTipRole).toString(),
            "changed.mp4 changed since its upload was queued");
  EXPECT_TRUE(value(model, 2, M::CanRetryRole).toBool());
  EXPECT_TRUE(value(model, 2, M::CanRemoveRole).toBool());

  // A capture: every segment seen so far counts.
  EXPECT_EQ(text(model, 3, M::kFileColumn), "2024-05-01-room4");
  EXPECT_EQ(text(model, 3, M::kKindColumn), "Capture");
  EXPECT_EQ(text(model, 3, M::kSizeColumn), "5.0 of 8.0 MiB");
  EXPECT_EQ(value(model, 3, M::ProgressRole).toInt(), 62);

  EXPECT_EQ(model.pendingCount(), 2);
  EXPECT_EQ(model.doneCount(), 1);
  EXPECT_EQ(model.rowOf(QStringLiteral("bad")), 2);
  EXPECT_EQ(model.rowOf(QStringLiteral("nope")), -1);

  model.setPaused(true);
  EXPECT_EQ(text(model, 0, M::kStateColumn), "Paused");
  EXPECT_EQ(text(model, 1, M::kStateColumn), "Done");
}

TEST(UploadQueueModelTest, MapsLiveProgressOfTheRunningItem) {
  UploadQueueModel model;
  QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
  model.setEntries(journal());
  using M = UploadQueueModel;
  QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
  model.setRunning(QStringLiteral("a"));
  EXPECT_TRUE(value(model, 0, M::ActiveRole).toBool());
  EXPECT_EQ(text(model, 0, M::kStateColumn), "Starting");

  client::UploadProgress progress;
  progress.itemKey = "a";
  progress.phase = UploadPhase::kHashing;
  progress.hashedBytes = 3 * kMiB;
  progress.hashTotalBytes = 8 * kMiB;
  progress.totalBytes = 8 * kMiB;
  progress.sentBytes = 2 * kMiB;
  model.applyProgress(progress);
  EXPECT_EQ(text(model, 0, M::kStateColumn), "Hashing 37%");
  // While hashing, the bar keeps showing what the server holds.
  EXPECT_EQ(value(model, 0, M::ProgressRole).toInt(), 25);

  progress.phase = UploadPhase::kSending;
  progress.sentBytes = 6 * kMiB;
  progress.bytesPerSecond = 2.5 * kMiB;
  changed.clear();
  model.applyProgress(progress);
  ASSERT_EQ(changed.count(), 1);
  EXPECT_EQ(changed[0][0].toModelIndex().row(), 0);
  EXPECT_EQ(changed[0][1].toModelIndex().row(), 0);
  EXPECT_EQ(text(model, 0, M::kStateColumn), "Uploading");
  EXPECT_EQ(value(model, 0, M::ProgressRole).toInt(), 75);
  EXPECT_EQ(text(model, 0, M::kSizeColumn), "6.0 of 8.0 MiB");
  EXPECT_EQ(text(model, 0, M::kRateColumn), "2.5 MiB/s");
  EXPECT_FALSE(value(model, 0, M::CanRetryRole).toBool());

  // A reload of the journal (another item changed) keeps the live progress.
  model.setEntries(journal());
  EXPECT_EQ(value(model, 0, M::ProgressRole).toInt(), 75);

  progress.phase = UploadPhase::kRetrying;
  progress.detail = "the server cannot be reached";
  model.applyProgress(progress);
  EXPECT_EQ(text(model, 0, M::kStateColumn), "Retrying");
  EXPECT_EQ(text(model, 0, M::kErrorColumn), "the server cannot be reached");
  EXPECT_EQ(text(model, 0, M::kRateColumn), "");

  // Progress of an item not listed is ignored.
  progress.itemKey = "gone";
  model.applyProgress(progress);

  // The run stops with the server's message: shown, and the item may be retried.
  model.setRunning({});
  model.setStopped(QStringLiteral("a"), QStringLiteral("hearing h-a is closed"));
  EXPECT_EQ(text(model, 0, M::kStateColumn), "Stopped");
  EXPECT_EQ(text(model, 0, M::kErrorColumn), "hearing h-a is closed");
  EXPECT_TRUE(value(model, 0, M::CanRetryRole).toBool());
  // Running it again clears the error.
  model.setRunning(QStringLiteral("a"));
  EXPECT_EQ(text(model, 0, M::kErrorColumn), "");

  // Done in the journal: 100% whatever the last progress said.
  auto entries = journal();
  entries[0].state = UploadItemState::kDone;
  entries[0].files[0].durableBytes = 8 * kMiB;
  model.setRunning({});
  model.setEntries(entries);
  EXPECT_EQ(text(model, 0, M::kStateColumn), "Done");
  EXPECT_EQ(value(model, 0, M::ProgressRole).toInt(), 100);

  // Fewer items: a reset, no stale rows.
  entries.erase(entries.begin() + 1);
  model.setEntries(entries);
  ASSERT_EQ(model.rowCount(), 3);
  EXPECT_EQ(text(model, 1, M::kFileColumn), "changed.mp4");
  model.clear();
  EXPECT_EQ(model.rowCount(), 0);
}

}  // namespace
}  // namespace audientia::gui
