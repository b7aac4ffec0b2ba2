#include "views/player_window.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QVideoWidget>

#include "viewmodels/annotation_list_model.h"
#include "viewmodels/annotations_view_model.h"
#include "viewmodels/formatting.h"
#include "viewmodels/player_view_model.h"
#include "views/annotations_panel.h"
#include "views/clip_bar.h"
#include "views/timeline_widget.h"

namespace audientia::gui {
namespace {

QToolButton* transportButton(QStyle::StandardPixmap icon, const QString& tip, QWidget* parent) {
  auto* button = new QToolButton(parent);
  button->setIcon(parent->style()->standardIcon(icon));
  button->setToolTip(tip);
  button->setAutoRaise(true);
  // The keys act on the player, not on a focused button.
  button->setFocusPolicy(Qt::NoFocus);
  return button;
}

}  // namespace

PlayerWindow::PlayerWindow(PlayerViewModel& player, AnnotationsViewModel* annotations,
                           DownloadViewModel* downloads, QWidget* parent)
    : QWidget(parent, Qt::Window), player_(player) {
  setWindowTitle(tr("Player"));
  title_ = new QLabel(this);
  QFont titleFont = title_->font();
  titleFont.setBold(true);
  title_->setFont(titleFont);
  title_->setTextInteractionFlags(Qt::TextSelectableByMouse);

  video_ = new QVideoWidget(this);
  video_->setMinimumSize(480, 270);
  video_->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
  player_.setVideoSink(video_->videoSink());

  timeline_ = new TimelineWidget(player_, this);

  playButton_ = transportButton(QStyle::SP_MediaPlay, tr("Play or pause (Space, K)"), this);
  auto* back = transportButton(QStyle::SP_MediaSeekBackward, tr("5 seconds back (Left, J)"), this);
  auto* forward = transportButton(QStyle::SP_MediaSeekForward, tr("5 seconds on (Right)"), this);
  auto* previous =
      transportButton(QStyle::SP_MediaSkipBackward, tr("Previous mark (Page Up)"), this);
  auto* next = transportButton(QStyle::SP_MediaSkipForward, tr("Next mark (Page Down)"), this);
  time_ = new QLabel(this);
  time_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
  // Media times read left to right in every language.
  time_->setLayoutDirection(Qt::LeftToRight);

  speed_ = new QComboBox(this);
  for (double rate : PlayerViewModel::rates()) {
    speed_->addItem(tr("%1×").arg(QLocale().toString(rate, 'g', 3)), rate);
  }
  speed_->setCurrentIndex(speed_->findData(1.0));
  speed_->setToolTip(tr("Playing speed; voices keep their pitch ([ slower, ] faster)"));
  speed_->setFocusPolicy(Qt::NoFocus);
  auto* speedLabel = new QLabel(tr("&Speed:"), this);
  speedLabel->setBuddy(speed_);
  camera_ = new QComboBox(this);
  camera_->setFocusPolicy(Qt::NoFocus);
  cameraLabel_ = new QLabel(tr("&Camera:"), this);
  cameraLabel_->setBuddy(camera_);
  audio_ = new QComboBox(this);
  audio_->setFocusPolicy(Qt::NoFocus);
  audioLabel_ = new QLabel(tr("A&udio:"), this);
  audioLabel_->setBuddy(audio_);

  // Like the timeline above them, the transport keys and the clock keep the direction of media
  // time in every language.
  auto* keys = new QWidget(this);
  keys->setLayoutDirection(Qt::LeftToRight);
  auto* keysLayout = new QHBoxLayout(keys);
  keysLayout->setContentsMargins(0, 0, 0, 0);
  for (QWidget* widget : {static_cast<QWidget*>(previous), static_cast<QWidget*>(back),
                          static_cast<QWidget*>(playButton_), static_cast<QWidget*>(forward),
                          static_cast<QWidget*>(next), static_cast<QWidget*>(time_)}) {
    keysLayout->addWidget(widget);
  }
  auto* transport = new QHBoxLayout;
  transport->addWidget(keys);
  transport->addStretch(1);
  for (QWidget* widget : {static_cast<QWidget*>(speedLabel), static_cast<QWidget*>(speed_),
                          static_cast<QWidget*>(cameraLabel_), static_cast<QWidget*>(camera_),
                          static_cast<QWidget*>(audioLabel_), static_cast<QWidget*>(audio_)}) {
    transport->addWidget(widget);
  }

  now_ = new QLabel(this);
  now_->setTextFormat(Qt::PlainText);
  now_->setMinimumWidth(100);
  status_ = new QLabel(this);
  status_->setWordWrap(true);
  status_->setTextInteractionFlags(Qt::TextSelectableByMouse);

  auto* left = new QWidget(this);
  auto* leftLayout = new QVBoxLayout(left);
  leftLayout->setContentsMargins(0, 0, 0, 0);
  leftLayout->addWidget(title_);
  leftLayout->addWidget(video_, 1);
  leftLayout->addWidget(timeline_);
  leftLayout->addLayout(transport);
  if (downloads != nullptr) {
    clipBar_ = new ClipBar(player_, *downloads, left);
    leftLayout->addWidget(clipBar_);
  }
  leftLayout->addWidget(now_);
  leftLayout->addWidget(status_);

  auto* splitter = new QSplitter(Qt::Horizontal, this);
  splitter->addWidget(left);
  if (annotations != nullptr) {
    auto* right = new QWidget(splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    annotate_ = new QPushButton(tr("Annotate &here"), right);
    annotate_->setToolTip(
        tr("Add an annotation at the playing position (Ctrl+M); the player "
           "pauses while you type"));
    panel_ = new AnnotationsPanel(*annotations, right);
    panel_->setSuggestedTime([this] { return player_.positionMs(); });
    // Beside the video there is room for what is said, not for the bookkeeping (the hearing
    // view shows it all).
    for (int column : {AnnotationListModel::kChangedAtColumn, AnnotationListModel::kRevisionColumn,
                       AnnotationListModel::kFromCaptureColumn}) {
      panel_->view()->hideColumn(column);
    }
    rightLayout->addWidget(annotate_);
    rightLayout->addWidget(panel_, 1);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    player_.setAnnotations(annotations->annotations());
    connect(annotate_, &QPushButton::clicked, this, &PlayerWindow::annotateHere);
    // A click on an annotation plays from it.
    connect(panel_->view(), &QTableView::clicked, this, [this](const QModelIndex& index) {
      player_.seek(index.siblingAtColumn(0).data(AnnotationListModel::StartMsRole).toLongLong());
    });
  }
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(splitter);

  connect(playButton_, &QToolButton::clicked, &player_, &PlayerViewModel::togglePlay);
  connect(back, &QToolButton::clicked, this, [this] { player_.skip(-PlayerViewModel::kStepMs); });
  connect(forward, &QToolButton::clicked, this, [this] { player_.skip(PlayerViewModel::kStepMs); });
  connect(previous, &QToolButton::clicked, &player_, &PlayerViewModel::previousMark);
  connect(next, &QToolButton::clicked, &player_, &PlayerViewModel::nextMark);
  connect(speed_, &QComboBox::activated, this,
          [this](int index) { player_.setRate(speed_->itemData(index).toDouble()); });
  connect(camera_, &QComboBox::activated, &player_, &PlayerViewModel::setCamera);
  connect(audio_, &QComboBox::activated, &player_, &PlayerViewModel::setAudioTrack);
  connect(&player_, &PlayerViewModel::positionChanged, this, &PlayerWindow::showPosition);
  connect(&player_, &PlayerViewModel::durationChanged, this, &PlayerWindow::showPosition);
  connect(&player_, &PlayerViewModel::marksChanged, this, &PlayerWindow::showPosition);
  connect(&player_, &PlayerViewModel::stateChanged, this, &PlayerWindow::showState);
  connect(&player_, &PlayerViewModel::tracksChanged, this, &PlayerWindow::showTracks);
  connect(&player_, &PlayerViewModel::statusChanged, this, &PlayerWindow::showStatus);
  connect(&player_, &PlayerViewModel::rateChanged, this,
          [this](double rate) { speed_->setCurrentIndex(speed_->findData(rate)); });
  addShortcuts();
  showTracks();
  showState();
  showPosition();
  resize(1200, 640);
}

void PlayerWindow::addShortcuts() {
  auto add = [this](const QKeySequence& keys, auto&& slot) {
    auto* shortcut = new QShortcut(keys, this);
    shortcut->setContext(Qt::WindowShortcut);
    connect(shortcut, &QShortcut::activated, this, slot);
  };
  add(Qt::Key_Space, [this] { player_.togglePlay(); });
  add(Qt::Key_K, [this] { player_.keyK(); });
  add(Qt::Key_J, [this] { player_.keyJ(); });
  add(Qt::Key_L, [this] { player_.keyL(); });
  add(Qt::Key_Left, [this] { player_.skip(-PlayerViewModel::kStepMs); });
  add(Qt::Key_Right, [this] { player_.skip(PlayerViewModel::kStepMs); });
  add(QKeySequence(Qt::SHIFT | Qt::Key_Left),
      [this] { player_.skip(-PlayerViewModel::kSmallStepMs); });
  add(QKeySequence(Qt::SHIFT | Qt::Key_Right),
      [this] { player_.skip(PlayerViewModel::kSmallStepMs); });
  add(Qt::Key_PageUp, [this] { player_.previousMark(); });
  add(Qt::Key_PageDown, [this] { player_.nextMark(); });
  add(Qt::Key_Home, [this] { player_.seek(0); });
  add(Qt::Key_End, [this] { player_.seek(player_.durationMs()); });
  add(Qt::Key_BracketLeft, [this] { player_.slower(); });
  add(Qt::Key_BracketRight, [this] { player_.faster(); });
  add(QKeySequence(Qt::CTRL | Qt::Key_W), [this] { close(); });
  if (panel_ != nullptr) add(QKeySequence(Qt::CTRL | Qt::Key_M), [this] { annotateHere(); });
  if (clipBar_ != nullptr) {
    add(Qt::Key_I, [this] { player_.markClipStart(); });
    add(Qt::Key_O, [this] { player_.markClipEnd(); });
    add(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), [this] { clipBar_->exportClip(); });
  }
}

void PlayerWindow::play(const v1::Recording& recording, const QString& heading, qint64 atMs,
                        const QString& caseNumber) {
  heading_ = heading;
  if (clipBar_ != nullptr) clipBar_->setCaseNumber(caseNumber);
  title_->setText(heading + QStringLiteral(" — ") +
                  leftToRight(QString::fromStdString(recording.file_name())));
  setWindowTitle(tr("Player — %1").arg(heading));
  if (panel_ != nullptr) panel_->setRecording(QString::fromStdString(recording.id()));
  showStatus(QString());
  player_.open(recording, atMs);
  show();
  raise();
  activateWindow();
}

void PlayerWindow::annotateHere() {
  if (panel_ == nullptr || !player_.hasMedia()) return;
  const bool wasPlaying = player_.isPlaying();
  player_.pause();
  panel_->addAnnotation();
  if (wasPlaying) player_.play();
}

void PlayerWindow::closeEvent(QCloseEvent* event) {
  player_.close();
  QWidget::closeEvent(event);
}

void PlayerWindow::showPosition() {
  const qint64 position = player_.positionMs();
  const qint64 duration = player_.durationMs();
  time_->setText(clockText(position) + QStringLiteral(" / ") +
                 (duration > 0 ? clockText(duration) : QStringLiteral("–:––:––")));
  const int mark = player_.markBefore(position);
  now_->setText(mark >= 0
                    ? tr("Last mark: %1 %2")
                          .arg(clockText(player_.marks()[static_cast<std::size_t>(mark)].atMs),
                               player_.marks()[static_cast<std::size_t>(mark)].label)
                    : QString());
}

void PlayerWindow::showState() {
  const bool playing = player_.isPlaying();
  playButton_->setIcon(
      style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
  if (annotate_ != nullptr) annotate_->setEnabled(player_.hasMedia());
}

void PlayerWindow::showTracks() {
  const QStringList cameras = player_.cameras();
  const QStringList tracks = player_.audioTracks();
  camera_->clear();
  camera_->addItems(cameras);
  camera_->setCurrentIndex(player_.activeCamera());
  audio_->clear();
  audio_->addItems(tracks);
  audio_->setCurrentIndex(player_.activeAudioTrack());
  // A choice only where there is one to make.
  cameraLabel_->setVisible(cameras.size() > 1);
  camera_->setVisible(cameras.size() > 1);
  audioLabel_->setVisible(tracks.size() > 1);
  audio_->setVisible(tracks.size() > 1);
}

void PlayerWindow::showStatus(const QString& text) {
  status_->setText(text);
  status_->setStyleSheet(player_.statusIsProblem() ? QStringLiteral("color: #b00020;") : QString());
}

}  // namespace audientia::gui
