#pragma once

// The player of the hearing view: one recording at a time (its master, else its original), read
// through the MediaStreamServer while it plays, with what a clerk needs to work through a long
// hearing: play/pause, seeks by 1 or 5 seconds and to the previous/next mark, speeds from 0.5x to
// 2x, the J/K/L keys of transcription tools (J back 5 s or slower, K pause, L play and then
// faster), the camera and the audio track of a capture with several, and the marks of the
// timeline: the recording's annotations (from an AnnotationListModel, kept in step) and its
// pauses and interruptions. It measures how long the first frame took to show. No widgets: the
// view gives it a video sink and reads its state.

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QThreadPool>
#include <memory>
#include <vector>

#include "audientia/v1/recordings.pb.h"
#include "viewmodels/thumbnail_strip_model.h"

class QAudioOutput;
class QMediaPlayer;
class QVideoSink;

namespace audientia::gui {

class AnnotationListModel;
class MediaStreamServer;

class PlayerViewModel : public QObject {
  Q_OBJECT

 public:
  enum class MarkKind { kAnnotation, kPause, kInterruption };
  struct Mark {
    qint64 atMs = 0;
    MarkKind kind = MarkKind::kAnnotation;
    QString label;         // "Question: Where were you…", "Pause: the witness asked for water"
    QString annotationId;  // annotations only
  };
  static constexpr qint64 kSmallStepMs = 1000;
  static constexpr qint64 kStepMs = 5000;

  PlayerViewModel(MediaStreamServer& streams, QObject* parent = nullptr);
  ~PlayerViewModel() override;

  // The view shows frames here; the first one after open() stops firstFrameMs()'s clock.
  void setVideoSink(QVideoSink* sink);
  // The annotations shown as marks: those of the model's recording when it is the one playing.
  void setAnnotations(AnnotationListModel* annotations);

  // Plays this recording from atMs (or the start); a recording with nothing playable yet is not
  // opened and statusText() says why.
  void open(const v1::Recording& recording, qint64 atMs = -1);
  void close();
  const QString& recordingId() const { return recordingId_; }
  const QString& title() const { return title_; }
  bool hasMedia() const { return !recordingId_.isEmpty(); }

  qint64 durationMs() const;
  qint64 positionMs() const;
  bool isPlaying() const;
  double rate() const { return rate_; }
  static const std::vector<double>& rates();
  // What the player is doing in words (loading, buffering, an error), or "" while all is well.
  const QString& statusText() const { return status_; }
  // Whether statusText() reports a problem (shown in red) rather than progress.
  bool statusIsProblem() const { return problem_; }
  // ms from open() to the first frame shown; -1 until it is shown.
  qint64 firstFrameMs() const { return firstFrameMs_; }
  const std::vector<Mark>& marks() const { return marks_; }
  // The loudness of the recording over time (the server's waveform: per bucket the largest
  // peak of any channel, relative to the loudest one: 0..1), fetched in the background after
  // open(); empty until it arrives or when the recording has none.
  const std::vector<float>& waveform() const { return waveform_; }
  int waveformPeaksPerSecond() const { return waveformPerSecond_; }
  // The pictures the server took of the recording playing (the timeline previews them).
  ThumbnailStripModel& thumbnails() { return thumbnails_; }
  const ThumbnailStripModel& thumbnails() const { return thumbnails_; }
  // The stretch marked for a clip: its start (I) and end (O) at the playing position. An unset
  // start is the recording's start, an unset end its end; -1 when unset. Cleared by open().
  void markClipStart();
  void markClipEnd();
  void clearClip();
  qint64 clipStartMs() const { return clipStart_; }
  qint64 clipEndMs() const { return clipEnd_; }
  // Whether a mark is set and the stretch it gives is not empty.
  bool hasClip() const;
  // The stretch to export: [start or 0, end or the duration).
  qint64 clipFromMs() const { return clipStart_ >= 0 ? clipStart_ : 0; }
  qint64 clipToMs() const { return clipEnd_ >= 0 ? clipEnd_ : durationMs(); }
  // The mark at or just before positionMs (-1: none), for the view's "now" text.
  int markBefore(qint64 positionMs) const;

  QStringList cameras() const;
  QStringList audioTracks() const;
  int activeCamera() const;
  int activeAudioTrack() const;
  void setCamera(int index);
  void setAudioTrack(int index);

  void play();
  void pause();
  void togglePlay();
  void seek(qint64 ms);
  void skip(qint64 deltaMs);
  void previousMark();
  void nextMark();
  void setRate(double rate);
  void slower();
  void faster();
  // J: slower while faster than 1x, else 5 s back; K: pause; L: play, then faster.
  void keyJ();
  void keyK();
  void keyL();

  // The backend's player; null until the first recording is opened.
  QMediaPlayer* mediaPlayer() const { return player_; }

 signals:
  void opened();
  void stateChanged();
  void positionChanged(qint64 ms);
  void durationChanged(qint64 ms);
  void marksChanged();
  void clipChanged();
  void tracksChanged();
  void rateChanged(double rate);
  void statusChanged(const QString& text);
  void firstFrameShown(qint64 ms);
  void waveformChanged();

 private:
  void rebuildMarks();
  void fetchWaveform(const v1::Recording& recording);
  void setStatus(const QString& text, bool problem = false);
  void onMediaStatus();
  // A seek asked for before the backend could seek, once it can.
  void applyPendingSeek();
  void ensurePlayer();
  void onError();

  MediaStreamServer& streams_;
  QMediaPlayer* player_ = nullptr;
  QAudioOutput* audio_ = nullptr;
  QVideoSink* sink_ = nullptr;
  AnnotationListModel* annotations_ = nullptr;
  QString recordingId_;
  QString title_;
  qint64 knownDurationMs_ = 0;
  qint64 pendingSeekMs_ = -1;
  qint64 clipStart_ = -1;
  qint64 clipEnd_ = -1;
  double rate_ = 1.0;
  QString status_;
  bool problem_ = false;
  std::vector<Mark> marks_;
  std::vector<Mark> gapMarks_;
  QElapsedTimer openedAt_;
  std::vector<float> waveform_;
  int waveformPerSecond_ = 0;
  quint64 generation_ = 0;  // bumped by open() and close(): older waveforms are dropped
  QThreadPool pool_;
  ThumbnailStripModel thumbnails_;
  qint64 firstFrameMs_ = -1;
};

}  // namespace audientia::gui
