#pragma once

// The player (prosecutors and clerks): a window of its own beside the main one, for the recording
// chosen in the hearing view. The video, the timeline with the marks, the transport (play/pause,
// 5 s back and forth, previous/next mark, speed, camera and audio track when there are several)
// and, on the right, the recording's annotations: a click on one plays from there, and
// "Annotate here" (Ctrl+M, or Insert) adds one at the playing position, pausing while it is
// typed. Keyboard: Space or K play/pause, J/L (see PlayerViewModel), Left/Right 5 s,
// Shift+Left/Right 1 s, Page Up/Down previous/next mark, Home/End, [ and ] speed, Ctrl+W closes;
// with a DownloadViewModel, I and O mark a clip's start and end and Ctrl+Shift+E exports it.

#include <QWidget>

#include "audientia/v1/recordings.pb.h"

class QComboBox;
class QLabel;
class QToolButton;
class QPushButton;
class QVideoWidget;

namespace audientia::gui {

class AnnotationsPanel;
class AnnotationsViewModel;
class ClipBar;
class DownloadViewModel;
class PlayerViewModel;
class TimelineWidget;

class PlayerWindow : public QWidget {
  Q_OBJECT

 public:
  // annotations: null for a role without them (no panel); downloads: null, no clip export.
  PlayerWindow(PlayerViewModel& player, AnnotationsViewModel* annotations,
               DownloadViewModel* downloads, QWidget* parent);

  // Shows the window and plays the recording from atMs (-1: the start); heading names the case,
  // caseNumber names exported clips.
  void play(const v1::Recording& recording, const QString& heading, qint64 atMs,
            const QString& caseNumber = QString());

  TimelineWidget* timeline() const { return timeline_; }
  QVideoWidget* video() const { return video_; }
  AnnotationsPanel* annotationsPanel() const { return panel_; }
  QLabel* statusLabel() const { return status_; }
  QComboBox* speedBox() const { return speed_; }
  // Null without clip export.
  ClipBar* clipBar() const { return clipBar_; }
  void annotateHere();

 protected:
  void closeEvent(QCloseEvent* event) override;

 private:
  void addShortcuts();
  void showPosition();
  void showState();
  void showTracks();
  void showStatus(const QString& text);

  PlayerViewModel& player_;
  QString heading_;
  QLabel* title_ = nullptr;
  QVideoWidget* video_ = nullptr;
  TimelineWidget* timeline_ = nullptr;
  QToolButton* playButton_ = nullptr;
  QLabel* time_ = nullptr;
  QLabel* now_ = nullptr;
  QComboBox* speed_ = nullptr;
  QLabel* cameraLabel_ = nullptr;
  QComboBox* camera_ = nullptr;
  QLabel* audioLabel_ = nullptr;
  QComboBox* audio_ = nullptr;
  QPushButton* annotate_ = nullptr;
  QLabel* status_ = nullptr;
  AnnotationsPanel* panel_ = nullptr;
  ClipBar* clipBar_ = nullptr;
};

}  // namespace audientia::gui
