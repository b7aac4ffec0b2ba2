#pragma once

// The pictures the server took of one recording (a thumbnail every N seconds of its media, at
// the time it shows): listed with GetRecording and read one by one on a worker thread, so that
// rows appear as they arrive while the view stays responsive. The hearing view shows them as a
// strip (a double click plays from there); the player's timeline shows the one under the mouse.
// A recording longer than kMaxPictures thumbnails is shown by an even sample of them.

#include <QAbstractListModel>
#include <QIcon>
#include <QImage>
#include <QThreadPool>
#include <atomic>
#include <memory>
#include <string>
#include <vector>

namespace audientia::client {
class RecordingsApi;
}

namespace audientia::gui {

class ThumbnailStripModel : public QAbstractListModel {
  Q_OBJECT

 public:
  enum Role { MediaTimeRole = Qt::UserRole + 1 };
  static constexpr int kMaxPictures = 240;

  explicit ThumbnailStripModel(QObject* parent = nullptr);
  // Stops the reading in progress and waits for it.
  ~ThumbnailStripModel() override;

  // The session's client; a recording asked for before it came is read once it does. Null (signed
  // out) clears the strip.
  void setClient(std::shared_ptr<client::RecordingsApi> client);
  // Reads this recording's pictures (empty: none), dropping the previous recording's.
  void setRecording(const std::string& recordingId);
  const std::string& recordingId() const { return recordingId_; }
  bool isLoading() const { return loading_; }
  // The picture on screen at media time ms: the last one taken at or before it (null: none).
  QImage pictureAt(qint64 ms) const;
  qint64 mediaTimeAt(int row) const;

  int rowCount(const QModelIndex& parent = QModelIndex()) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

 signals:
  void loadingChanged(bool loading);

 private:
  struct Picture {
    qint64 atMs = 0;
    QImage image;
    QIcon icon;  // made on the UI thread, once; drawn at the view's icon size
  };
  void load();
  void add(quint64 generation, qint64 atMs, const QImage& image);
  void setLoading(bool loading);

  std::shared_ptr<client::RecordingsApi> client_;
  std::string recordingId_;
  std::vector<Picture> pictures_;  // in media time order
  quint64 generation_ = 0;         // bumped by setRecording(): older pictures are dropped
  std::shared_ptr<std::atomic<quint64>> current_ = std::make_shared<std::atomic<quint64>>(0);
  bool loading_ = false;
  QThreadPool pool_;
};

}  // namespace audientia::gui
