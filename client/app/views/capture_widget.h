#pragma once

// The "Hearing room" tab (prosecutors): the hearing and its participants on the left, the
// camera previews and the sound meters in the middle under a recording indicator nobody can
// miss and the health banner, the markers and the event list on the right, and the controls
// below. Keyboard: Ctrl+R record, Ctrl+P pause (asks the reason) / resume, Ctrl+. stop (asks
// to confirm), F2–F6 markers (the set of the workstation), Ctrl+N a new hearing once sealed.
// Everything it shows comes from CaptureViewModel.

#include <QWidget>
#include <vector>

class QAbstractButton;
class QComboBox;
class QGridLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;
class QTableWidget;
class QVBoxLayout;

namespace audientia::gui {

class CaptureViewModel;
class LevelMeter;

class CaptureWidget : public QWidget {
  Q_OBJECT

 public:
  explicit CaptureWidget(CaptureViewModel& viewModel, QWidget* parent = nullptr);

  // Asks before leaving while a hearing is recorded: true when it may close (nothing records,
  // or the user chose to stop and seal first: the seal then runs and closing waits for it).
  bool confirmClose();

  // For tests: the parts a user acts on.
  QLineEdit* caseNumberEdit() const { return caseNumber_; }
  QPushButton* recordButton() const { return record_; }
  QPushButton* pauseButton() const { return pause_; }
  QPushButton* stopButton() const { return stop_; }
  QLabel* indicator() const { return indicator_; }
  QLabel* banner() const { return banner_; }
  QTableView* markersView() const { return markers_; }
  const std::vector<LevelMeter*>& meters() const { return meters_; }

 signals:
  void statusMessage(const QString& message);
  void errorShown(const QString& message);

 private:
  QWidget* buildHearingPane();
  QWidget* buildSourcesPane();
  QWidget* buildLivePane();
  QWidget* buildMarkersPane();
  void pushForm();
  void pushParticipants();
  void addParticipantRow(const QString& role, const QString& name);
  void pushSources();
  void showDevices();
  void showForm();
  void showState();
  void showMeters();
  void showPreview(int input);
  void showClock();
  void showBanner();
  void rebuildPreviews();
  void askPause();
  void askStop();
  void stampMarker(int kindIndex);
  void offerInterrupted(int count);

  CaptureViewModel& viewModel_;
  bool syncing_ = false;         // pushing the view model's state into the form
  bool editNextMarker_ = false;  // a note: its text is typed into the row once stamped

  QGroupBox* hearingBox_ = nullptr;
  QLabel* existingLabel_ = nullptr;
  QPushButton* newHearing_ = nullptr;
  QLineEdit* caseNumber_ = nullptr;
  QComboBox* kind_ = nullptr;
  QLineEdit* title_ = nullptr;
  QLineEdit* location_ = nullptr;
  QTableWidget* participants_ = nullptr;
  QGroupBox* sourcesBox_ = nullptr;
  QListWidget* sources_ = nullptr;
  QLabel* problems_ = nullptr;

  QLabel* indicator_ = nullptr;
  QLabel* clock_ = nullptr;
  QLabel* testBadge_ = nullptr;
  QLabel* banner_ = nullptr;
  QLabel* noCameras_ = nullptr;  // what the pane is for, until a source is chosen
  QGridLayout* previewGrid_ = nullptr;
  std::vector<QLabel*> previews_;
  QGridLayout* meterBox_ = nullptr;  // a row per channel: its name, its meter
  std::vector<LevelMeter*> meters_;
  std::vector<QLabel*> meterLabels_;

  QTableView* markers_ = nullptr;
  std::vector<QPushButton*> markerButtons_;
  QTableView* events_ = nullptr;

  QPushButton* record_ = nullptr;
  QPushButton* pause_ = nullptr;
  QPushButton* stop_ = nullptr;
  QPushButton* next_ = nullptr;
  QLabel* sealLabel_ = nullptr;
};

}  // namespace audientia::gui
