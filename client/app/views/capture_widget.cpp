#include "views/capture_widget.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QEventLoop>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

#include "viewmodels/capture_view_model.h"
#include "viewmodels/formatting.h"
#include "views/level_meter.h"

namespace audientia::gui {
namespace {

constexpr int kRoleColumn = 0;
constexpr int kNameColumn = 1;
constexpr int kSpecRole = Qt::UserRole + 1;
constexpr int kVideoRole = Qt::UserRole + 2;

// A camera's picture at 16:9, as wide as its column allows.
class PreviewLabel : public QLabel {
 public:
  explicit PreviewLabel(QWidget* parent) : QLabel(parent) {
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setMinimumSize(192, 108);
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setStyleSheet(QStringLiteral("QLabel { background: #111; color: #bbb; }"));
  }
  bool hasHeightForWidth() const override { return true; }
  int heightForWidth(int width) const override { return width * 9 / 16; }
  QSize sizeHint() const override { return {480, 270}; }

  // The engine's picture, drawn scaled at paint time: no pixmap is made per frame.
  void setImage(const QImage& image) {
    image_ = image;
    update();
  }

 protected:
  void paintEvent(QPaintEvent* event) override {
    if (image_.isNull()) {
      QLabel::paintEvent(event);
      return;
    }
    QPainter painter(this);
    painter.fillRect(rect(), QColor(0x11, 0x11, 0x11));
    QSize fitted = image_.size().scaled(size(), Qt::KeepAspectRatio);
    QRect target(QPoint(0, 0), fitted);
    target.moveCenter(rect().center());
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(target, image_);
  }

 private:
  QImage image_;
};

// Keeps a case number such as "1234/P/2026" in its own order inside right-to-left text.
QString isolated(const QString& text) {
  return QChar(0x2068) + text + QChar(0x2069);
}

}  // namespace

CaptureWidget::CaptureWidget(CaptureViewModel& viewModel, QWidget* parent)
    : QWidget(parent), viewModel_(viewModel) {
  // The strip nobody can miss: recording state, elapsed time, the clock, test sources.
  indicator_ = new QLabel(this);
  indicator_->setObjectName(QStringLiteral("recordingIndicator"));
  indicator_->setAlignment(Qt::AlignCenter);
  indicator_->setMinimumHeight(44);
  clock_ = new QLabel(this);
  clock_->setObjectName(QStringLiteral("wallClock"));
  QFont clockFont = clock_->font();
  clockFont.setPointSizeF(clockFont.pointSizeF() * 1.3);
  clock_->setFont(clockFont);
  testBadge_ = new QLabel(tr("TEST SOURCES — not a real hearing room"), this);
  testBadge_->setStyleSheet(QStringLiteral(
      "QLabel { background: #5b2a86; color: white; font-weight: bold; padding: 4px 8px; }"));
  auto* strip = new QHBoxLayout;
  strip->addWidget(indicator_, 1);
  strip->addWidget(testBadge_);
  strip->addWidget(clock_);

  banner_ = new QLabel(this);
  banner_->setObjectName(QStringLiteral("healthBanner"));
  banner_->setWordWrap(true);
  banner_->hide();

  auto* splitter = new QSplitter(Qt::Horizontal, this);
  auto* left = new QWidget(splitter);
  auto* leftLayout = new QVBoxLayout(left);
  leftLayout->setContentsMargins(0, 0, 0, 0);
  leftLayout->addWidget(buildHearingPane(), 3);
  leftLayout->addWidget(buildSourcesPane(), 2);
  problems_ = new QLabel(left);
  problems_->setWordWrap(true);
  problems_->setStyleSheet(QStringLiteral("QLabel { color: #a0001c; }"));
  leftLayout->addWidget(problems_);
  splitter->addWidget(left);
  splitter->addWidget(buildLivePane());
  splitter->addWidget(buildMarkersPane());
  splitter->setStretchFactor(0, 2);
  splitter->setStretchFactor(1, 5);
  splitter->setStretchFactor(2, 3);
  splitter->setSizes({380, 640, 420});
  splitter->setChildrenCollapsible(false);

  record_ = new QPushButton(tr("● &Record"), this);
  record_->setShortcut(QKeySequence(tr("Ctrl+R")));
  record_->setToolTip(tr("Create the hearing (if new) and start recording (Ctrl+R)"));
  pause_ = new QPushButton(tr("&Pause…"), this);
  pause_->setShortcut(QKeySequence(tr("Ctrl+P")));
  stop_ = new QPushButton(tr("■ &Stop and seal…"), this);
  stop_->setShortcut(QKeySequence(tr("Ctrl+.")));
  stop_->setToolTip(tr("Stop the recording and seal it (asks first; Ctrl+.)"));
  next_ = new QPushButton(tr("&Next hearing"), this);
  next_->setShortcut(QKeySequence::New);
  next_->setToolTip(tr("Prepare another hearing (Ctrl+N)"));
  sealLabel_ = new QLabel(this);
  sealLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  auto* controls = new QHBoxLayout;
  controls->addWidget(record_);
  controls->addWidget(pause_);
  controls->addWidget(stop_);
  controls->addWidget(sealLabel_, 1);
  controls->addWidget(next_);

  auto* layout = new QVBoxLayout(this);
  layout->addLayout(strip);
  layout->addWidget(banner_);
  layout->addWidget(splitter, 1);
  layout->addLayout(controls);

  connect(record_, &QPushButton::clicked, &viewModel_, &CaptureViewModel::record);
  connect(pause_, &QPushButton::clicked, this, [this] {
    if (viewModel_.state() == CaptureState::kPaused) {
      viewModel_.resume();
    } else {
      askPause();
    }
  });
  connect(stop_, &QPushButton::clicked, this, &CaptureWidget::askStop);
  connect(next_, &QPushButton::clicked, &viewModel_, &CaptureViewModel::startOver);

  connect(&viewModel_, &CaptureViewModel::stateChanged, this, &CaptureWidget::showState);
  connect(&viewModel_, &CaptureViewModel::formChanged, this, &CaptureWidget::showForm);
  connect(&viewModel_, &CaptureViewModel::devicesChanged, this, &CaptureWidget::showDevices);
  connect(&viewModel_, &CaptureViewModel::sourcesChanged, this, [this] {
    showDevices();
    rebuildPreviews();
  });
  connect(&viewModel_, &CaptureViewModel::metersChanged, this, &CaptureWidget::showMeters);
  connect(&viewModel_, &CaptureViewModel::previewChanged, this, &CaptureWidget::showPreview);
  connect(&viewModel_, &CaptureViewModel::clockChanged, this, &CaptureWidget::showClock);
  connect(&viewModel_, &CaptureViewModel::bannerChanged, this, &CaptureWidget::showBanner);
  connect(&viewModel_, &CaptureViewModel::errorOccurred, this, &CaptureWidget::errorShown);
  connect(&viewModel_, &CaptureViewModel::statusMessage, this, &CaptureWidget::statusMessage);
  connect(&viewModel_, &CaptureViewModel::interruptedFound, this, &CaptureWidget::offerInterrupted);

  auto* clockTimer = new QTimer(this);
  connect(clockTimer, &QTimer::timeout, this, &CaptureWidget::showClock);
  clockTimer->start(1000);

  showDevices();
  showForm();
  rebuildPreviews();
  showState();
  showClock();
  showBanner();
}

QWidget* CaptureWidget::buildHearingPane() {
  hearingBox_ = new QGroupBox(tr("Hearing"), this);
  existingLabel_ = new QLabel(hearingBox_);
  existingLabel_->setWordWrap(true);
  newHearing_ = new QPushButton(tr("Record a new hearing instead"), hearingBox_);
  caseNumber_ = new QLineEdit(hearingBox_);
  caseNumber_->setPlaceholderText(tr("e.g. 1234/P/2026"));
  caseNumber_->setMaxLength(100);
  kind_ = new QComboBox(hearingBox_);
  kind_->addItem(tr("— choose —"), static_cast<int>(v1::HEARING_KIND_UNSPECIFIED));
  for (auto kind : CaptureViewModel::hearingKinds()) {
    kind_->addItem(kindName(kind), static_cast<int>(kind));
  }
  title_ = new QLineEdit(hearingBox_);
  location_ = new QLineEdit(hearingBox_);
  location_->setPlaceholderText(tr("Room or place"));
  participants_ = new QTableWidget(0, 2, hearingBox_);
  participants_->setHorizontalHeaderLabels({tr("Role"), tr("Name")});
  participants_->horizontalHeader()->setSectionResizeMode(kNameColumn, QHeaderView::Stretch);
  participants_->verticalHeader()->hide();
  participants_->setMinimumHeight(110);
  auto* addParticipant = new QPushButton(tr("&Add participant"), hearingBox_);
  addParticipant->setShortcut(QKeySequence(tr("Ctrl+Shift+A")));
  auto* removeParticipant = new QPushButton(tr("Remove"), hearingBox_);
  auto* participantButtons = new QHBoxLayout;
  participantButtons->addWidget(addParticipant);
  participantButtons->addWidget(removeParticipant);
  participantButtons->addStretch(1);

  auto* form = new QFormLayout;
  form->addRow(tr("&Case number:"), caseNumber_);
  form->addRow(tr("&Kind:"), kind_);
  form->addRow(tr("&Title:"), title_);
  form->addRow(tr("R&oom:"), location_);
  auto* layout = new QVBoxLayout(hearingBox_);
  layout->addWidget(existingLabel_);
  layout->addWidget(newHearing_);
  layout->addLayout(form);
  layout->addWidget(new QLabel(tr("Participants:"), hearingBox_));
  layout->addWidget(participants_, 1);
  layout->addLayout(participantButtons);

  connect(caseNumber_, &QLineEdit::textEdited, this, &CaptureWidget::pushForm);
  connect(title_, &QLineEdit::textEdited, this, &CaptureWidget::pushForm);
  connect(location_, &QLineEdit::textEdited, this, &CaptureWidget::pushForm);
  connect(kind_, &QComboBox::currentIndexChanged, this, &CaptureWidget::pushForm);
  connect(participants_, &QTableWidget::itemChanged, this, &CaptureWidget::pushParticipants);
  connect(addParticipant, &QPushButton::clicked, this, [this] {
    addParticipantRow(QStringLiteral("witness"), {});
    participants_->setCurrentCell(participants_->rowCount() - 1, kNameColumn);
    participants_->editItem(participants_->item(participants_->rowCount() - 1, kNameColumn));
    pushParticipants();
  });
  connect(removeParticipant, &QPushButton::clicked, this, [this] {
    const int row = participants_->currentRow();
    if (row >= 0) participants_->removeRow(row);
    pushParticipants();
  });
  connect(newHearing_, &QPushButton::clicked, &viewModel_, &CaptureViewModel::useNewHearing);
  return hearingBox_;
}

void CaptureWidget::addParticipantRow(const QString& role, const QString& name) {
  const int row = participants_->rowCount();
  participants_->insertRow(row);
  auto* roles = new QComboBox(participants_);
  for (const auto& key : CaptureViewModel::participantRoles()) {
    roles->addItem(CaptureViewModel::participantRoleLabel(key), key);
  }
  const int at = roles->findData(role);
  roles->setCurrentIndex(at >= 0 ? at : 0);
  participants_->setCellWidget(row, kRoleColumn, roles);
  participants_->setItem(row, kNameColumn, new QTableWidgetItem(name));
  connect(roles, &QComboBox::currentIndexChanged, this, &CaptureWidget::pushParticipants);
}

QWidget* CaptureWidget::buildSourcesPane() {
  sourcesBox_ = new QGroupBox(tr("Cameras and microphones"), this);
  sources_ = new QListWidget(sourcesBox_);
  sources_->setWordWrap(true);
  sources_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  sources_->setToolTip(
      tr("Tick what records this hearing; the choice is kept for this "
         "workstation"));
  auto* test = new QPushButton(tr("Use &test sources"), sourcesBox_);
  test->setToolTip(tr("Generated picture and tone, for training and tests"));
  auto* refresh = new QPushButton(tr("Find de&vices"), sourcesBox_);
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(test);
  buttons->addWidget(refresh);
  buttons->addStretch(1);
  auto* layout = new QVBoxLayout(sourcesBox_);
  layout->addWidget(sources_, 1);
  layout->addLayout(buttons);
  connect(sources_, &QListWidget::itemChanged, this, &CaptureWidget::pushSources);
  connect(test, &QPushButton::clicked, &viewModel_, &CaptureViewModel::useTestSources);
  connect(refresh, &QPushButton::clicked, &viewModel_, &CaptureViewModel::loadDevices);
  return sourcesBox_;
}

QWidget* CaptureWidget::buildLivePane() {
  auto* pane = new QGroupBox(tr("Picture and sound"), this);
  noCameras_ = new QLabel(tr("Choose the cameras and microphones of this hearing: their pictures "
                             "and sound levels show here."),
                          pane);
  noCameras_->setAlignment(Qt::AlignCenter);
  noCameras_->setWordWrap(true);
  noCameras_->setForegroundRole(QPalette::PlaceholderText);
  previewGrid_ = new QGridLayout;
  meterBox_ = new QGridLayout;
  meterBox_->setColumnStretch(1, 1);
  auto* layout = new QVBoxLayout(pane);
  layout->addWidget(noCameras_);
  layout->addLayout(previewGrid_);
  layout->addLayout(meterBox_);
  layout->addStretch(1);
  return pane;
}

QWidget* CaptureWidget::buildMarkersPane() {
  auto* pane = new QWidget(this);
  auto* markersBox = new QGroupBox(tr("Markers"), pane);
  auto* buttons = new QGridLayout;
  const auto& kinds = viewModel_.markerKinds();
  for (int i = 0; i < static_cast<int>(kinds.size()); ++i) {
    const auto& kind = kinds[static_cast<std::size_t>(i)];
    auto* button = new QPushButton(kind.shortcut.isEmpty()
                                       ? kind.label
                                       : QStringLiteral("%1  (%2)").arg(kind.label, kind.shortcut),
                                   markersBox);
    if (!kind.shortcut.isEmpty()) button->setShortcut(QKeySequence(kind.shortcut));
    button->setToolTip(kind.asksText ? tr("Marks this moment and asks for the text")
                                     : tr("Marks this moment; the text can be added in the list"));
    connect(button, &QPushButton::clicked, this, [this, i] { stampMarker(i); });
    buttons->addWidget(button, i / 2, i % 2);
    markerButtons_.push_back(button);
  }
  markers_ = new QTableView(markersBox);
  markers_->setModel(viewModel_.markers());
  markers_->verticalHeader()->hide();
  markers_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  markers_->horizontalHeader()->setSectionResizeMode(CaptureMarkerModel::kTextColumn,
                                                     QHeaderView::Stretch);
  markers_->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
  markers_->setWordWrap(false);
  connect(viewModel_.markers(), &QAbstractItemModel::rowsInserted, this,
          [this](const QModelIndex&, int, int last) {
            markers_->scrollToBottom();
            if (!editNextMarker_) return;
            editNextMarker_ = false;
            const QModelIndex text =
                viewModel_.markers()->index(last, CaptureMarkerModel::kTextColumn);
            markers_->setCurrentIndex(text);
            markers_->edit(text);
          });
  auto* markersLayout = new QVBoxLayout(markersBox);
  markersLayout->addLayout(buttons);
  markersLayout->addWidget(markers_, 1);

  auto* eventsBox = new QGroupBox(tr("Events"), pane);
  events_ = new QTableView(eventsBox);
  events_->setModel(viewModel_.events());
  events_->verticalHeader()->hide();
  events_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  events_->horizontalHeader()->setSectionResizeMode(CaptureEventModel::kDetailColumn,
                                                    QHeaderView::Interactive);
  events_->horizontalHeader()->setSectionResizeMode(CaptureEventModel::kWhatColumn,
                                                    QHeaderView::Stretch);
  events_->horizontalHeader()->resizeSection(CaptureEventModel::kDetailColumn, 110);
  events_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  events_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  events_->setWordWrap(false);
  connect(viewModel_.events(), &QAbstractItemModel::rowsInserted, this, [this] {
    events_->resizeColumnToContents(CaptureEventModel::kTimeColumn);
    events_->resizeColumnToContents(CaptureEventModel::kWallColumn);
    events_->scrollToBottom();
  });
  auto* eventsLayout = new QVBoxLayout(eventsBox);
  eventsLayout->addWidget(events_);

  auto* layout = new QVBoxLayout(pane);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(markersBox, 3);
  layout->addWidget(eventsBox, 2);
  return pane;
}

void CaptureWidget::pushForm() {
  if (syncing_) return;
  viewModel_.setCaseNumber(caseNumber_->text());
  viewModel_.setKind(static_cast<v1::HearingKind>(kind_->currentData().toInt()));
  viewModel_.setTitle(title_->text());
  viewModel_.setLocation(location_->text());
}

void CaptureWidget::pushParticipants() {
  if (syncing_) return;
  QList<ParticipantEntry> list;
  for (int row = 0; row < participants_->rowCount(); ++row) {
    auto* roles = qobject_cast<QComboBox*>(participants_->cellWidget(row, kRoleColumn));
    auto* name = participants_->item(row, kNameColumn);
    list.push_back(
        {roles ? roles->currentData().toString() : QString(), name ? name->text() : QString()});
  }
  viewModel_.setParticipants(list);
}

void CaptureWidget::pushSources() {
  if (syncing_) return;
  QStringList video, audio;
  for (int row = 0; row < sources_->count(); ++row) {
    auto* item = sources_->item(row);
    if (item->checkState() != Qt::Checked) continue;
    (item->data(kVideoRole).toBool() ? video : audio) << item->data(kSpecRole).toString();
  }
  viewModel_.setSources(video, audio);
}

void CaptureWidget::showDevices() {
  syncing_ = true;
  sources_->clear();
  std::vector<SourceEntry> shown = viewModel_.devices();
  // What the profile names but was not found (yet) is still listed, ticked.
  const auto listed = [&](const QString& spec) {
    return std::any_of(shown.begin(), shown.end(), [&](const auto& s) { return s.spec == spec; });
  };
  for (const auto& spec : viewModel_.videoSources()) {
    if (!listed(spec)) shown.push_back({spec, viewModel_.sourceLabel(spec), true});
  }
  for (const auto& spec : viewModel_.audioSources()) {
    if (!listed(spec)) shown.push_back({spec, viewModel_.sourceLabel(spec), false});
  }
  for (const auto& source : shown) {
    auto* item = new QListWidgetItem(
        (source.video ? tr("Camera: %1") : tr("Microphone: %1")).arg(source.label), sources_);
    item->setData(kSpecRole, source.spec);
    item->setData(kVideoRole, source.video);
    item->setToolTip(source.spec);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    const bool chosen = (source.video ? viewModel_.videoSources() : viewModel_.audioSources())
                            .contains(source.spec);
    item->setCheckState(chosen ? Qt::Checked : Qt::Unchecked);
  }
  syncing_ = false;
  showForm();
}

void CaptureWidget::showForm() {
  syncing_ = true;
  const bool existing = viewModel_.isExistingHearing();
  existingLabel_->setVisible(existing);
  newHearing_->setVisible(existing && viewModel_.state() == CaptureState::kPreparing);
  existingLabel_->setText(
      viewModel_.isCreatedHere()
          ? tr("Hearing %1, created on the server when recording started.")
                .arg(isolated(viewModel_.caseNumber()))
          : tr("Recording into the existing hearing %1 (another session of it).")
                .arg(isolated(viewModel_.caseNumber())));
  for (QWidget* field :
       std::initializer_list<QWidget*>{caseNumber_, kind_, title_, location_, participants_}) {
    field->setEnabled(!existing && viewModel_.state() == CaptureState::kPreparing);
  }
  if (caseNumber_->text() != viewModel_.caseNumber()) caseNumber_->setText(viewModel_.caseNumber());
  if (title_->text() != viewModel_.title()) title_->setText(viewModel_.title());
  if (location_->text() != viewModel_.location()) location_->setText(viewModel_.location());
  const int kindAt = kind_->findData(static_cast<int>(viewModel_.kind()));
  if (kindAt >= 0 && kindAt != kind_->currentIndex()) kind_->setCurrentIndex(kindAt);
  if (participants_->rowCount() != viewModel_.participants().size()) {
    participants_->setRowCount(0);
    for (const auto& participant : viewModel_.participants()) {
      addParticipantRow(participant.role, participant.name);
    }
  }
  syncing_ = false;
  const QStringList missing = viewModel_.problems();
  problems_->setVisible(viewModel_.state() == CaptureState::kPreparing && !missing.isEmpty());
  problems_->setText(missing.join(QLatin1Char('\n')));
  testBadge_->setVisible(viewModel_.usesTestSources());
  record_->setEnabled(viewModel_.canRecord());
}

void CaptureWidget::showState() {
  const CaptureState state = viewModel_.state();
  const bool capturing = state == CaptureState::kRecording || state == CaptureState::kPaused;
  QString style;
  switch (state) {
    case CaptureState::kRecording:
      style = QStringLiteral("background: #c8102e; color: white;");
      break;
    case CaptureState::kPaused:
      style = QStringLiteral("background: #e0a800; color: black;");
      break;
    case CaptureState::kSealed:
      style = QStringLiteral("background: #2e7d32; color: white;");
      break;
    default:
      style = QStringLiteral("background: palette(mid); color: palette(window-text);");
      break;
  }
  indicator_->setStyleSheet(QStringLiteral("QLabel { %1 font-size: 20px; font-weight: bold; "
                                           "padding: 6px; border-radius: 4px; }")
                                .arg(style));
  pause_->setEnabled(capturing);
  pause_->setText(state == CaptureState::kPaused ? tr("▶ &Resume") : tr("❚❚ &Pause…"));
  pause_->setToolTip(state == CaptureState::kPaused ? tr("Resume the recording (Ctrl+P)")
                                                    : tr("Pause the recording; asks the reason "
                                                         "(Ctrl+P)"));
  pause_->setShortcut(QKeySequence(tr("Ctrl+P")));
  stop_->setEnabled(capturing);
  next_->setVisible(state == CaptureState::kSealed);
  for (auto* button : markerButtons_) button->setEnabled(capturing);
  hearingBox_->setEnabled(state == CaptureState::kPreparing);
  sourcesBox_->setEnabled(state == CaptureState::kPreparing);
  sealLabel_->setText(viewModel_.sealSummary());
  showForm();
  showClock();
  rebuildPreviews();
}

void CaptureWidget::showClock() {
  const QString elapsed = viewModel_.elapsedText();
  QString text = viewModel_.stateText();
  if (viewModel_.state() != CaptureState::kPreparing) text += QStringLiteral("   ") + elapsed;
  if (viewModel_.state() == CaptureState::kRecording) text = QStringLiteral("● ") + text;
  indicator_->setText(text);
  clock_->setText(wallClockText(QDateTime::currentDateTime()));
}

void CaptureWidget::showBanner() {
  const HealthBanner& banner = viewModel_.banner();
  if (banner.severity == EventSeverity::kUnspecified) {
    banner_->hide();
    return;
  }
  const bool error = banner.severity == EventSeverity::kError;
  banner_->setStyleSheet(
      error ? QStringLiteral("QLabel { background: #a0001c; color: white; "
                             "font-size: 15px; font-weight: bold; padding: 8px; }")
            : QStringLiteral("QLabel { background: #ffcc33; color: black; "
                             "font-size: 15px; font-weight: bold; padding: 8px; }"));
  banner_->setText((error ? QStringLiteral("⛔ ") : QStringLiteral("⚠ ")) + banner.text);
  banner_->show();
}

void CaptureWidget::rebuildPreviews() {
  const int cameras = static_cast<int>(viewModel_.videoSources().size());
  noCameras_->setVisible(cameras == 0 && viewModel_.audioSources().isEmpty());
  if (static_cast<int>(previews_.size()) != cameras) {
    for (auto* label : previews_) label->deleteLater();
    previews_.clear();
    for (int i = 0; i < cameras; ++i) {
      auto* label = new PreviewLabel(this);
      // One camera fills the column; more share it two by two.
      previewGrid_->addWidget(label, cameras == 1 ? 0 : i / 2, cameras == 1 ? 0 : i % 2);
      previews_.push_back(label);
    }
  }
  for (int i = 0; i < cameras; ++i) {
    if (viewModel_.preview(i).isNull()) {
      previews_[static_cast<std::size_t>(i)]->setText(
          tr("%1\nThe picture shows once recording starts")
              .arg(viewModel_.sourceLabel(viewModel_.videoSources()[i])));
    } else {
      showPreview(i);
    }
  }
}

void CaptureWidget::showPreview(int input) {
  if (input < 0 || input >= static_cast<int>(previews_.size())) return;
  static_cast<PreviewLabel*>(previews_[static_cast<std::size_t>(input)])
      ->setImage(viewModel_.preview(input));
}

void CaptureWidget::showMeters() {
  const auto& channels = viewModel_.meters();
  while (meters_.size() < channels.size()) {
    auto* label = new QLabel(this);
    auto* meter = new LevelMeter(this);
    const int row = static_cast<int>(meters_.size());
    meterBox_->addWidget(label, row, 0);
    meterBox_->addWidget(meter, row, 1);
    meterLabels_.push_back(label);
    meters_.push_back(meter);
  }
  for (std::size_t i = 0; i < meters_.size(); ++i) {
    const bool shown = i < channels.size();
    meters_[i]->setVisible(shown);
    meterLabels_[i]->setVisible(shown);
    if (!shown) continue;
    meterLabels_[i]->setText(channels[i].label);
    meters_[i]->setLevels(channels[i].peakDb, channels[i].rmsDb, channels[i].clipping);
  }
}

}  // namespace audientia::gui
