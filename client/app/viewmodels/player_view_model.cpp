#include "viewmodels/player_view_model.h"

#include <QAudioOutput>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMediaMetaData>
#include <QMediaPlayer>
#include <QPointer>
#include <QVideoFrame>
#include <QVideoSink>
#include <QtConcurrent/QtConcurrent>
#include <algorithm>
#include <cmath>

#include "audientia/client/recordings_api.h"
#include "services/media_stream_server.h"
#include "services/pitch_keeping.h"
#include "viewmodels/annotation_list_model.h"
#include "viewmodels/recording_moments_model.h"

namespace audientia::gui {
namespace {

const v1::RecordingFile* playableFile(const v1::Recording& recording) {
  const v1::RecordingFile* original = nullptr;
  for (const auto& file : recording.files()) {
    if (file.role() == v1::FILE_ROLE_MASTER) return &file;
    if (file.role() == v1::FILE_ROLE_ORIGINAL) original = &file;
  }
  return original;
}

QString trackName(const QMediaMetaData& data, const QString& fallback) {
  const QString title = data.stringValue(QMediaMetaData::Title);
  const QString language = data.stringValue(QMediaMetaData::Language);
  if (!title.isEmpty()) return fallback + QStringLiteral(" — ") + title;
  if (!language.isEmpty() && language != QStringLiteral("und")) {
    return fallback + QStringLiteral(" (") + language + QLatin1Char(')');
  }
  return fallback;
}

}  // namespace

PlayerViewModel::PlayerViewModel(MediaStreamServer& streams, QObject* parent)
    : QObject(parent), streams_(streams) {}

// The media backend (GStreamer, the audio server) is started by the first recording opened, not
// at login: a user who never plays never loads it.
void PlayerViewModel::ensurePlayer() {
  if (player_ != nullptr) return;
  installPitchKeeping();  // before the backend makes its first audio path
  player_ = new QMediaPlayer(this);
  audio_ = new QAudioOutput(this);
  player_->setAudioOutput(audio_);
  connect(player_, &QMediaPlayer::positionChanged, this, &PlayerViewModel::positionChanged);
  connect(player_, &QMediaPlayer::durationChanged, this,
          [this](qint64) { emit durationChanged(durationMs()); });
  connect(player_, &QMediaPlayer::playbackStateChanged, this, &PlayerViewModel::stateChanged);
  connect(player_, &QMediaPlayer::tracksChanged, this, &PlayerViewModel::tracksChanged);
  connect(player_, &QMediaPlayer::activeTracksChanged, this, &PlayerViewModel::tracksChanged);
  connect(player_, &QMediaPlayer::mediaStatusChanged, this, &PlayerViewModel::onMediaStatus);
  connect(player_, &QMediaPlayer::errorOccurred, this, &PlayerViewModel::onError);
  connect(player_, &QMediaPlayer::seekableChanged, this, &PlayerViewModel::applyPendingSeek);
  if (sink_ != nullptr) player_->setVideoSink(sink_);
}

void PlayerViewModel::applyPendingSeek() {
  if (pendingSeekMs_ < 0 || player_ == nullptr || !player_->isSeekable()) return;
  const qint64 to = pendingSeekMs_;
  pendingSeekMs_ = -1;
  player_->setPosition(to);
}

PlayerViewModel::~PlayerViewModel() {
  if (player_ != nullptr) player_->stop();
  pool_.waitForDone();
}

void PlayerViewModel::setVideoSink(QVideoSink* sink) {
  sink_ = sink;
  if (player_ != nullptr) player_->setVideoSink(sink);
  connect(sink, &QVideoSink::videoFrameChanged, this, [this](const QVideoFrame& frame) {
    if (firstFrameMs_ >= 0 || !frame.isValid() || !openedAt_.isValid()) return;
    firstFrameMs_ = openedAt_.elapsed();
    emit firstFrameShown(firstFrameMs_);
  });
}

void PlayerViewModel::setAnnotations(AnnotationListModel* annotations) {
  annotations_ = annotations;
  connect(annotations, &QAbstractItemModel::modelReset, this, &PlayerViewModel::rebuildMarks);
  connect(annotations, &QAbstractItemModel::layoutChanged, this, &PlayerViewModel::rebuildMarks);
  connect(annotations, &QAbstractItemModel::dataChanged, this, &PlayerViewModel::rebuildMarks);
  rebuildMarks();
}

void PlayerViewModel::open(const v1::Recording& recording, qint64 atMs) {
  const QString id = QString::fromStdString(recording.id());
  if (id == recordingId_ && hasMedia()) {
    if (atMs >= 0) seek(atMs);
    play();
    return;
  }
  close();
  title_ = QString::fromStdString(recording.file_name());
  const v1::RecordingFile* file = playableFile(recording);
  if (!recording.media_error().empty()) {
    setStatus(tr("This file is not playable media (%1); it is kept unchanged.")
                  .arg(QString::fromStdString(recording.media_error())),
              true);
    return;
  }
  if (file == nullptr || recording.state() != v1::RECORDING_STATE_AVAILABLE) {
    setStatus(recording.state() == v1::RECORDING_STATE_FAILED
                  ? tr("This recording failed on the server and cannot be played: %1")
                        .arg(QString::fromStdString(recording.failure_reason()))
                  : tr("This recording is not ready to play yet: the server is still "
                       "receiving or processing it."),
              true);
    return;
  }
  if (!streams_.isListening()) {
    setStatus(tr("The player cannot start: no local port could be opened for it."), true);
    return;
  }
  recordingId_ = id;
  knownDurationMs_ = recording.media_info().duration_ms();
  gapMarks_.clear();
  for (const auto& gap : recording.gaps()) {
    if (gap.media_time_ms() < 0) continue;
    const bool pause = gap.kind() == v1::GAP_KIND_PAUSE;
    const QString reason = QString::fromStdString(gap.reason());
    gapMarks_.push_back({gap.media_time_ms(), pause ? MarkKind::kPause : MarkKind::kInterruption,
                         pause ? (reason.isEmpty() ? tr("Pause") : tr("Pause: %1").arg(reason))
                               : tr("Interruption: %1").arg(reason),
                         QString()});
  }
  StreamedFile streamed{recording.id(), file->role(), file->sequence(), file->size_bytes(),
                        file->content_type()};
  pendingSeekMs_ = atMs > 0 ? atMs : -1;
  firstFrameMs_ = -1;
  openedAt_.start();
  setStatus(tr("Loading…"));
  ensurePlayer();
  player_->setSource(streams_.urlFor(streamed));
  player_->setPlaybackRate(rate_);
  player_->play();
  rebuildMarks();
  fetchWaveform(recording);
  thumbnails_.setClient(streams_.client());
  thumbnails_.setRecording(recording.id());
  emit opened();
  emit durationChanged(durationMs());
}

void PlayerViewModel::close() {
  if (player_ != nullptr) {
    player_->stop();
    player_->setSource(QUrl());
  }
  recordingId_.clear();
  title_.clear();
  knownDurationMs_ = 0;
  pendingSeekMs_ = -1;
  gapMarks_.clear();
  openedAt_.invalidate();
  clearClip();
  ++generation_;
  thumbnails_.setRecording({});
  if (!waveform_.empty()) {
    waveform_.clear();
    emit waveformChanged();
  }
  setStatus(QString());
  rebuildMarks();
  emit stateChanged();
  emit durationChanged(0);
}

qint64 PlayerViewModel::durationMs() const {
  const qint64 reported = player_ != nullptr ? player_->duration() : 0;
  return reported > 0 ? reported : knownDurationMs_;
}

qint64 PlayerViewModel::positionMs() const {
  if (pendingSeekMs_ >= 0) return pendingSeekMs_;
  return player_ != nullptr ? player_->position() : 0;
}

bool PlayerViewModel::isPlaying() const {
  return player_ != nullptr && player_->playbackState() == QMediaPlayer::PlayingState;
}

const std::vector<double>& PlayerViewModel::rates() {
  static const std::vector<double> kRates{0.5, 0.75, 1.0, 1.25, 1.5, 2.0};
  return kRates;
}

int PlayerViewModel::markBefore(qint64 positionMs) const {
  int found = -1;
  for (int i = 0; i < static_cast<int>(marks_.size()); ++i) {
    if (marks_[static_cast<std::size_t>(i)].atMs <= positionMs) found = i;
  }
  return found;
}

QStringList PlayerViewModel::cameras() const {
  QStringList names;
  if (player_ == nullptr) return names;
  const auto tracks = player_->videoTracks();
  for (int i = 0; i < tracks.size(); ++i) names << trackName(tracks[i], tr("Camera %1").arg(i + 1));
  return names;
}

QStringList PlayerViewModel::audioTracks() const {
  QStringList names;
  if (player_ == nullptr) return names;
  const auto tracks = player_->audioTracks();
  for (int i = 0; i < tracks.size(); ++i) {
    names << trackName(tracks[i], tr("Microphone %1").arg(i + 1));
  }
  return names;
}

int PlayerViewModel::activeCamera() const {
  return player_ != nullptr ? player_->activeVideoTrack() : -1;
}
int PlayerViewModel::activeAudioTrack() const {
  return player_ != nullptr ? player_->activeAudioTrack() : -1;
}
void PlayerViewModel::setCamera(int index) {
  if (player_ != nullptr) player_->setActiveVideoTrack(index);
}
void PlayerViewModel::setAudioTrack(int index) {
  if (player_ != nullptr) player_->setActiveAudioTrack(index);
}

void PlayerViewModel::play() {
  if (!hasMedia()) return;
  if (player_->mediaStatus() == QMediaPlayer::EndOfMedia) player_->setPosition(0);
  player_->play();
}

void PlayerViewModel::pause() {
  if (hasMedia()) player_->pause();
}

void PlayerViewModel::togglePlay() {
  isPlaying() ? pause() : play();
}

void PlayerViewModel::seek(qint64 ms) {
  if (!hasMedia()) return;
  const qint64 duration = durationMs();
  ms = std::max<qint64>(0, duration > 0 ? std::min(ms, duration) : ms);
  if (!player_->isSeekable()) {
    pendingSeekMs_ = ms;  // applied once the backend can seek (it ignores seeks before)
  } else {
    player_->setPosition(ms);
  }
  emit positionChanged(ms);
}

void PlayerViewModel::skip(qint64 deltaMs) {
  seek(positionMs() + deltaMs);
}

void PlayerViewModel::previousMark() {
  // A mark just passed (within a second) counts as "here": go to the one before it.
  const qint64 here = positionMs() - kSmallStepMs;
  for (auto it = marks_.rbegin(); it != marks_.rend(); ++it) {
    if (it->atMs < here) {
      seek(it->atMs);
      return;
    }
  }
  seek(0);
}

void PlayerViewModel::nextMark() {
  const qint64 here = positionMs();
  for (const auto& mark : marks_) {
    if (mark.atMs > here + 50) {
      seek(mark.atMs);
      return;
    }
  }
}

void PlayerViewModel::setRate(double rate) {
  const auto& all = rates();
  rate = std::clamp(rate, all.front(), all.back());
  if (std::abs(rate - rate_) < 1e-6) return;
  rate_ = rate;
  if (player_ != nullptr) player_->setPlaybackRate(rate_);
  emit rateChanged(rate_);
}

void PlayerViewModel::slower() {
  const auto& all = rates();
  for (auto it = all.rbegin(); it != all.rend(); ++it) {
    if (*it < rate_ - 1e-6) {
      setRate(*it);
      return;
    }
  }
}

void PlayerViewModel::faster() {
  for (double step : rates()) {
    if (step > rate_ + 1e-6) {
      setRate(step);
      return;
    }
  }
}

void PlayerViewModel::keyJ() {
  if (isPlaying() && rate_ > 1.0 + 1e-6) {
    slower();
  } else {
    skip(-kStepMs);
  }
}

void PlayerViewModel::keyK() {
  pause();
}

void PlayerViewModel::keyL() {
  if (isPlaying()) {
    faster();
  } else {
    if (rate_ < 1.0 - 1e-6) setRate(1.0);
    play();
  }
}

void PlayerViewModel::rebuildMarks() {
  marks_ = gapMarks_;
  if (annotations_ != nullptr && hasMedia() && annotations_->recording() == recordingId_) {
    for (int row = 0; row < annotations_->rowCount(); ++row) {
      const QModelIndex index = annotations_->index(row, 0);
      const QString kind = index.data(AnnotationListModel::KindRole).toString();
      marks_.push_back({index.data(AnnotationListModel::StartMsRole).toLongLong(),
                        MarkKind::kAnnotation,
                        RecordingMomentsModel::markerKindName(kind) + QStringLiteral(": ") +
                            index.data(AnnotationListModel::TextRole).toString(),
                        index.data(AnnotationListModel::AnnotationIdRole).toString()});
    }
  }
  std::stable_sort(marks_.begin(), marks_.end(),
                   [](const Mark& a, const Mark& b) { return a.atMs < b.atMs; });
  emit marksChanged();
}

void PlayerViewModel::markClipStart() {
  if (!hasMedia()) return;
  clipStart_ = positionMs();
  if (clipEnd_ >= 0 && clipEnd_ <= clipStart_) clipEnd_ = -1;
  emit clipChanged();
}

void PlayerViewModel::markClipEnd() {
  if (!hasMedia()) return;
  clipEnd_ = positionMs();
  if (clipStart_ >= 0 && clipStart_ >= clipEnd_) clipStart_ = -1;
  emit clipChanged();
}

void PlayerViewModel::clearClip() {
  if (clipStart_ < 0 && clipEnd_ < 0) return;
  clipStart_ = -1;
  clipEnd_ = -1;
  emit clipChanged();
}

bool PlayerViewModel::hasClip() const {
  return (clipStart_ >= 0 || clipEnd_ >= 0) && clipToMs() > clipFromMs();
}

void PlayerViewModel::fetchWaveform(const v1::Recording& recording) {
  auto api = streams_.client();
  const v1::RecordingFile* found = nullptr;
  for (const auto& file : recording.files()) {
    if (file.role() == v1::FILE_ROLE_WAVEFORM) found = &file;
  }
  // A waveform is a few KiB per hour; anything far larger is not one.
  if (!api || found == nullptr || found->size_bytes() > 16 * 1024 * 1024) return;
  client::DownloadRequest request;
  request.recordingId = recording.id();
  request.role = v1::FILE_ROLE_WAVEFORM;
  request.sequence = found->sequence();
  const quint64 generation = generation_;
  QPointer<PlayerViewModel> self(this);
  (void)QtConcurrent::run(&pool_, [api, request, generation, self] {
    std::string json;
    if (!api->readRecordingFile(request, [&](std::string_view chunk) {
          json.append(chunk);
          return true;
        })) {
      return;  // the player plays without it
    }
    const QJsonObject doc = QJsonDocument::fromJson(QByteArray::fromStdString(json)).object();
    const int perSecond = doc.value(QStringLiteral("peaks_per_second")).toInt();
    std::vector<float> envelope;
    for (const auto& channel : doc.value(QStringLiteral("peaks")).toArray()) {
      const QJsonArray peaks = channel.toArray();
      envelope.resize(
          std::max<std::size_t>(envelope.size(), static_cast<std::size_t>(peaks.size() / 2)));
      for (qsizetype i = 0; i + 1 < peaks.size(); i += 2) {
        const auto peak = static_cast<float>(
            std::max(std::abs(peaks[i].toDouble()), std::abs(peaks[i + 1].toDouble())));
        float& bucket = envelope[static_cast<std::size_t>(i / 2)];
        bucket = std::max(bucket, std::min(peak, 1.0F));
      }
    }
    // Relative to the loudest moment, so that a quiet room shows its speech as well as a loud one.
    const float loudest =
        envelope.empty() ? 0.0F : *std::max_element(envelope.begin(), envelope.end());
    if (loudest > 0) {
      for (float& peak : envelope) peak /= loudest;
    }
    QMetaObject::invokeMethod(
        self,
        [self, generation, perSecond, envelope = std::move(envelope)]() mutable {
          if (!self || self->generation_ != generation || perSecond <= 0) return;
          self->waveform_ = std::move(envelope);
          self->waveformPerSecond_ = perSecond;
          emit self->waveformChanged();
        },
        Qt::QueuedConnection);
  });
}

void PlayerViewModel::setStatus(const QString& text, bool problem) {
  if (text == status_ && problem == problem_) return;
  status_ = text;
  problem_ = problem;
  emit statusChanged(status_);
}

void PlayerViewModel::onMediaStatus() {
  switch (player_->mediaStatus()) {
    case QMediaPlayer::LoadingMedia:
      setStatus(tr("Loading…"));
      break;
    case QMediaPlayer::StalledMedia:
      setStatus(tr("Waiting for the server…"));
      break;
    case QMediaPlayer::LoadedMedia:
    case QMediaPlayer::BufferingMedia:
    case QMediaPlayer::BufferedMedia:
      applyPendingSeek();
      setStatus(QString());
      emit durationChanged(durationMs());
      break;
    case QMediaPlayer::EndOfMedia:
      setStatus(tr("End of the recording"));
      break;
    case QMediaPlayer::InvalidMedia:
      setStatus(tr("This recording cannot be played on this workstation."), true);
      break;
    case QMediaPlayer::NoMedia:
      break;
  }
  emit stateChanged();
}

void PlayerViewModel::onError() {
  const QString detail = player_->errorString();
  switch (player_->error()) {
    case QMediaPlayer::NoError:
      return;
    case QMediaPlayer::ResourceError:
    case QMediaPlayer::NetworkError:
      setStatus(tr("The recording could not be read from the server (%1). Check the connection "
                   "and open it again.")
                    .arg(detail),
                true);
      break;
    case QMediaPlayer::FormatError:
      setStatus(
          tr("This recording's format cannot be played on this workstation (%1).").arg(detail),
          true);
      break;
    case QMediaPlayer::AccessDeniedError:
      setStatus(tr("You may not play this recording (%1).").arg(detail), true);
      break;
  }
}

}  // namespace audientia::gui
