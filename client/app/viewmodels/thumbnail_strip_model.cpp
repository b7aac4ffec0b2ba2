#include "viewmodels/thumbnail_strip_model.h"

#include <QPixmap>
#include <QPointer>
#include <QtConcurrent/QtConcurrent>
#include <algorithm>

#include "audientia/client/recordings_api.h"
#include "viewmodels/formatting.h"

namespace audientia::gui {
namespace {

// A thumbnail is a small JPEG; anything far larger is not one.
constexpr std::int64_t kLargestPicture = 4 * 1024 * 1024;

}  // namespace

ThumbnailStripModel::ThumbnailStripModel(QObject* parent) : QAbstractListModel(parent) {
  pool_.setMaxThreadCount(1);
}

ThumbnailStripModel::~ThumbnailStripModel() {
  *current_ = ~quint64{0};
  pool_.waitForDone();
}

void ThumbnailStripModel::setClient(std::shared_ptr<client::RecordingsApi> client) {
  client_ = std::move(client);
  if (!client_) {
    setRecording({});  // signed out: nothing of the last session stays on screen
  } else if (!recordingId_.empty() && pictures_.empty() && !loading_) {
    load();
  }
}

void ThumbnailStripModel::setRecording(const std::string& recordingId) {
  if (recordingId == recordingId_) return;
  beginResetModel();
  recordingId_ = recordingId;
  pictures_.clear();
  *current_ = ++generation_;
  endResetModel();
  setLoading(false);
  if (client_ && !recordingId_.empty()) load();
}

void ThumbnailStripModel::load() {
  setLoading(true);
  const quint64 generation = generation_;
  QPointer<ThumbnailStripModel> self(this);
  auto api = client_;
  auto current = current_;
  const std::string recordingId = recordingId_;
  (void)QtConcurrent::run(&pool_, [api, current, generation, recordingId, self] {
    auto stillWanted = [&] { return current->load() == generation; };
    auto recording = api->getRecording(recordingId);
    std::vector<v1::RecordingFile> thumbnails;
    if (recording) {
      for (const auto& file : recording->files()) {
        if (file.role() == v1::FILE_ROLE_THUMBNAIL && file.size_bytes() <= kLargestPicture) {
          thumbnails.push_back(file);
        }
      }
    }
    std::sort(thumbnails.begin(), thumbnails.end(), [](const auto& a, const auto& b) {
      return a.media_time_ms() != b.media_time_ms() ? a.media_time_ms() < b.media_time_ms()
                                                    : a.sequence() < b.sequence();
    });
    // An even sample of a long recording's pictures, the first and the last among them.
    const std::size_t total = thumbnails.size();
    const std::size_t shown = std::min<std::size_t>(total, kMaxPictures);
    for (std::size_t i = 0; i < shown && stillWanted(); ++i) {
      const std::size_t at = shown == 1 ? 0 : i * (total - 1) / (shown - 1);
      const v1::RecordingFile& file = thumbnails[at];
      client::DownloadRequest request;
      request.recordingId = recordingId;
      request.role = v1::FILE_ROLE_THUMBNAIL;
      request.sequence = file.sequence();
      std::string bytes;
      const Status read = api->readRecordingFile(request, [&](std::string_view chunk) {
        bytes.append(chunk);
        return stillWanted() && static_cast<std::int64_t>(bytes.size()) <= kLargestPicture;
      });
      if (!read) continue;  // the strip shows the others
      QImage image = QImage::fromData(reinterpret_cast<const uchar*>(bytes.data()),
                                      static_cast<int>(bytes.size()));
      if (image.isNull()) continue;
      QMetaObject::invokeMethod(
          self,
          [self, generation, atMs = file.media_time_ms(), image = std::move(image)] {
            if (self) self->add(generation, atMs, image);
          },
          Qt::QueuedConnection);
    }
    QMetaObject::invokeMethod(
        self,
        [self, generation] {
          if (self && self->generation_ == generation) self->setLoading(false);
        },
        Qt::QueuedConnection);
  });
}

void ThumbnailStripModel::add(quint64 generation, qint64 atMs, const QImage& image) {
  if (generation != generation_) return;
  Picture picture{atMs, image, QIcon(QPixmap::fromImage(image))};
  const auto at =
      std::upper_bound(pictures_.begin(), pictures_.end(), picture.atMs,
                       [](qint64 ms, const Picture& existing) { return ms < existing.atMs; });
  const int row = static_cast<int>(at - pictures_.begin());
  beginInsertRows(QModelIndex(), row, row);
  pictures_.insert(at, std::move(picture));
  endInsertRows();
}

void ThumbnailStripModel::setLoading(bool loading) {
  if (loading == loading_) return;
  loading_ = loading;
  emit loadingChanged(loading_);
}

QImage ThumbnailStripModel::pictureAt(qint64 ms) const {
  const auto after =
      std::upper_bound(pictures_.begin(), pictures_.end(), ms,
                       [](qint64 wanted, const Picture& picture) { return wanted < picture.atMs; });
  if (after == pictures_.begin()) return pictures_.empty() ? QImage() : pictures_.front().image;
  return std::prev(after)->image;
}

qint64 ThumbnailStripModel::mediaTimeAt(int row) const {
  return row >= 0 && row < rowCount() ? pictures_[static_cast<std::size_t>(row)].atMs : -1;
}

int ThumbnailStripModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(pictures_.size());
}

QVariant ThumbnailStripModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= rowCount()) return {};
  const Picture& picture = pictures_[static_cast<std::size_t>(index.row())];
  switch (role) {
    case Qt::DisplayRole:
      return clockText(picture.atMs);
    case Qt::DecorationRole:
      return picture.icon;
    case Qt::ToolTipRole:
      return tr("At %1 in the recording; double-click to play from here")
          .arg(clockText(picture.atMs));
    case MediaTimeRole:
      return picture.atMs;
    default:
      return {};
  }
}

}  // namespace audientia::gui
