#include "views/hearing_details_widget.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

#include "viewmodels/annotations_view_model.h"
#include "viewmodels/formatting.h"
#include "viewmodels/hearings_view_model.h"
#include "viewmodels/recording_list_model.h"
#include "viewmodels/uploads_view_model.h"
#include "views/annotations_panel.h"
#include "views/hearing_export_bar.h"
#include "views/recording_files_panel.h"
#include "views/table_rows.h"
#include "views/thumbnail_strip_view.h"

namespace audientia::gui {
namespace {

constexpr int kMaxColumnWidth = 260;

QLabel* valueLabel(QWidget* parent) {
  auto* label = new QLabel(parent);
  label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
  label->setWordWrap(true);
  return label;
}

QLabel* hintLabel(const QString& text, QWidget* parent) {
  auto* label = new QLabel(text, parent);
  label->setAlignment(Qt::AlignCenter);
  label->setWordWrap(true);
  label->setForegroundRole(QPalette::PlaceholderText);
  return label;
}

}  // namespace

HearingDetailsWidget::HearingDetailsWidget(HearingsViewModel& viewModel, QWidget* parent)
    : QWidget(parent), viewModel_(viewModel) {
  stack_ = new QStackedWidget(this);
  placeholder_ = hintLabel(tr("Select a hearing to see its details and recordings."), stack_);

  auto* page = new QWidget(stack_);
  heading_ = valueLabel(page);
  QFont headingFont = heading_->font();
  headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
  headingFont.setBold(true);
  heading_->setFont(headingFont);

  auto* particulars = new QGroupBox(tr("Hearing"), page);
  kind_ = valueLabel(particulars);
  status_ = valueLabel(particulars);
  location_ = valueLabel(particulars);
  participants_ = valueLabel(particulars);
  created_ = valueLabel(particulars);
  auto* form = new QFormLayout(particulars);
  form->addRow(tr("Kind:"), kind_);
  form->addRow(tr("Status:"), status_);
  form->addRow(tr("Location:"), location_);
  form->addRow(tr("Participants:"), participants_);
  form->addRow(tr("Created:"), created_);
  particularsLayout_ = form;

  auto* recordingsBox = new QGroupBox(tr("Recordings"), page);
  recordingsStack_ = new QStackedWidget(recordingsBox);
  noRecordings_ = hintLabel(tr("No recordings in this hearing yet."), recordingsStack_);
  recordings_ = new QTableView(recordingsStack_);
  recordings_->setModel(viewModel_.recordings());
  recordings_->setSelectionBehavior(QAbstractItemView::SelectRows);
  recordings_->setSelectionMode(QAbstractItemView::SingleSelection);
  recordings_->setAlternatingRowColors(true);
  recordings_->setWordWrap(false);
  recordings_->setTextElideMode(Qt::ElideRight);
  recordings_->verticalHeader()->hide();
  recordings_->horizontalHeader()->setStretchLastSection(true);
  recordings_->horizontalHeader()->setHighlightSections(false);
  recordingsStack_->addWidget(noRecordings_);
  recordingsStack_->addWidget(recordings_);
  // Room for three recordings, whatever the panes below take.
  recordings_->setMinimumHeight(recordings_->horizontalHeader()->sizeHint().height() +
                                3 * recordings_->verticalHeader()->defaultSectionSize() +
                                2 * recordings_->frameWidth());

  sha256_ = new QLineEdit(recordingsBox);
  sha256_->setReadOnly(true);
  sha256_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
  sha256_->setPlaceholderText(tr("Select a recording"));
  sha256_->setMinimumWidth(sha256_->fontMetrics().horizontalAdvance(QString(66, QLatin1Char('0'))));
  copySha_ = new QPushButton(tr("Cop&y"), recordingsBox);
  copySha_->setToolTip(tr("Copy the SHA-256 of the selected recording"));
  copySha_->setEnabled(false);
  auto* shaLabel = new QLabel(tr("SHA-&256:"), recordingsBox);
  shaLabel->setBuddy(sha256_);
  auto* shaRow = new QHBoxLayout;
  shaRow->addWidget(shaLabel);
  shaRow->addWidget(sha256_, 1);
  shaRow->addWidget(copySha_);

  mediaError_ = new QLabel(recordingsBox);
  mediaError_->setWordWrap(true);
  mediaError_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  mediaError_->setStyleSheet(QStringLiteral("color: #b00020;"));
  mediaError_->hide();

  addRecording_ = new QPushButton(tr("&Add recording…"), recordingsBox);
  addRecording_->setToolTip(
      tr("Upload a recording file to this hearing (in the background; "
         "see the Uploads tab)"));
  addCapture_ = new QPushButton(tr("Add capture &folder…"), recordingsBox);
  addCapture_->setToolTip(
      tr("Upload a capture directory (manifest.json and its segments) to "
         "this hearing; a capture still recording is followed to its end"));
  addRecording_->hide();
  addCapture_->hide();
  play_ = new QPushButton(style()->standardIcon(QStyle::SP_MediaPlay), tr("&Play"), recordingsBox);
  play_->setToolTip(
      tr("Play the selected recording in the player window (Ctrl+P, or a "
         "double-click on the recording)"));
  play_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
  play_->setEnabled(false);
  play_->hide();
  auto* uploadRow = new QHBoxLayout;
  uploadRow->addWidget(play_);
  uploadRow->addWidget(addRecording_);
  uploadRow->addWidget(addCapture_);
  uploadRow->addStretch(1);

  moments_ = new QTableView(recordingsBox);
  moments_->setModel(viewModel_.moments());
  moments_->setToolTip(
      tr("The markers and the gaps (pauses, interruptions) of the selected "
         "recording"));
  moments_->verticalHeader()->hide();
  moments_->setWordWrap(false);
  moments_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  moments_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  moments_->horizontalHeader()->setStretchLastSection(true);

  filesPanel_ = new RecordingFilesPanel(*viewModel_.files(), recordingsBox);
  detailTabs_ = new QTabWidget(recordingsBox);
  detailTabs_->addTab(moments_, tr("&Moments"));
  detailTabs_->addTab(filesPanel_, tr("Fi&les"));
  pictures_ = new ThumbnailStripView(*viewModel_.thumbnails(), recordingsBox);
  detailTabs_->addTab(pictures_, pictures_->title());

  recordingsLayout_ = new QVBoxLayout(recordingsBox);
  recordingsLayout_->addWidget(recordingsStack_, 2);
  recordingsLayout_->addWidget(detailTabs_, 3);
  recordingsLayout_->addWidget(mediaError_);
  recordingsLayout_->addLayout(shaRow);
  recordingsLayout_->addLayout(uploadRow);

  auto* pageLayout = new QVBoxLayout(page);
  pageLayout->setContentsMargins(0, 0, 0, 0);
  pageLayout->addWidget(heading_);
  pageLayout->addWidget(particulars);
  pageLayout->addWidget(recordingsBox, 1);

  stack_->addWidget(placeholder_);
  stack_->addWidget(page);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(stack_);

  connect(&viewModel_, &HearingsViewModel::detailsChanged, this,
          &HearingDetailsWidget::showDetails);
  connect(recordings_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
          &HearingDetailsWidget::showCurrentRecording);
  connect(copySha_, &QPushButton::clicked, this, &HearingDetailsWidget::copySha256);
  connect(play_, &QPushButton::clicked, this, &HearingDetailsWidget::playCurrent);
  connect(recordings_, &QTableView::doubleClicked, this, [this] {
    if (play_->isVisible()) playCurrent();
  });
  connect(pictures_, &ThumbnailStripView::titleChanged, this,
          [this] { detailTabs_->setTabText(detailTabs_->indexOf(pictures_), pictures_->title()); });
  connect(pictures_, &ThumbnailStripView::playRequested, this, [this](qint64 atMs) {
    const QModelIndex current = recordings_->currentIndex();
    if (current.isValid() && play_->isVisible() && play_->isEnabled()) {
      emit playRequested(current.row(), atMs);
    }
  });
  connect(addRecording_, &QPushButton::clicked, this, &HearingDetailsWidget::addRecording);
  connect(addCapture_, &QPushButton::clicked, this, &HearingDetailsWidget::addCaptureFolder);
  showDetails();
}

void HearingDetailsWidget::showDetails() {
  const auto& details = viewModel_.details();
  if (annotations_ != nullptr) annotations_->setHearing(details ? details->id : QString());
  if (!details) {
    if (exportBar_ != nullptr) exportBar_->setHearing({}, {});
    stack_->setCurrentWidget(placeholder_);
    return;
  }
  heading_->setText(details->title.isEmpty()
                        ? tr("Case %1").arg(leftToRight(details->caseNumber))
                        : tr("Case %1 — %2").arg(leftToRight(details->caseNumber), details->title));
  kind_->setText(details->kind);
  status_->setText(details->status);
  location_->setText(details->location.isEmpty() ? tr("(not recorded)") : details->location);
  participants_->setText(details->participants.isEmpty() ? tr("(none listed)")
                                                         : details->participants);
  created_->setText(details->created);
  if (exportBar_ != nullptr)
    exportBar_->setHearing(details->id, details->caseNumber, viewModel_.recordings());
  stack_->setCurrentIndex(1);

  const bool any = viewModel_.recordings()->rowCount() > 0;
  recordingsStack_->setCurrentWidget(any ? static_cast<QWidget*>(recordings_) : noRecordings_);
  if (any) {
    // Fit the columns, but never let one long value (a media error) push the hash off screen;
    // the full text is in the tooltip.
    recordings_->resizeColumnsToContents();
    for (int column = 0; column < RecordingListModel::kSha256Column; ++column) {
      recordings_->setColumnWidth(column,
                                  std::min(recordings_->columnWidth(column), kMaxColumnWidth));
    }
    int row = 0;
    for (int r = 0; r < viewModel_.recordings()->rowCount(); ++r) {
      const QModelIndex index = viewModel_.recordings()->index(r, 0);
      if (!pendingRecording_.isEmpty() &&
          index.data(RecordingListModel::RecordingIdRole).toString() == pendingRecording_) {
        row = r;
      }
    }
    selectTableRow(*recordings_, row);
  }
  showCurrentRecording();
  if (!pendingRecording_.isEmpty() && pendingAtMs_ >= 0) {
    const int moment = viewModel_.moments()->rowNearest(pendingAtMs_);
    if (moment >= 0) {
      selectTableRow(*moments_, moment);
      moments_->scrollTo(moments_->currentIndex());
    }
    const QModelIndex current = recordings_->currentIndex();
    if (play_->isVisible() && current.isValid() &&
        current.data(RecordingListModel::RecordingIdRole).toString() == pendingRecording_) {
      emit playRequested(current.row(), pendingAtMs_);
    }
  }
  pendingRecording_.clear();
  pendingAtMs_ = -1;
}

void HearingDetailsWidget::openAt(const QString& recordingId, qint64 atMs) {
  pendingRecording_ = recordingId;
  pendingAtMs_ = atMs;
}

void HearingDetailsWidget::showCurrentRecording() {
  const QModelIndex current = recordings_->currentIndex();
  const QString sha =
      current.isValid() ? current.data(RecordingListModel::Sha256Role).toString() : QString();
  const QString mediaError =
      current.isValid() ? current.data(RecordingListModel::MediaErrorRole).toString() : QString();
  mediaError_->setText(
      tr("This file could not be read as media; it is kept unchanged. Reason: %1").arg(mediaError));
  mediaError_->setVisible(!mediaError.isEmpty());
  viewModel_.showMoments(current.isValid() ? current.row() : -1);
  filesPanel_->setRecording(current.isValid() ? viewModel_.recordings()->recordingAt(current.row())
                                              : nullptr);
  detailTabs_->setTabText(detailTabs_->indexOf(moments_),
                          tr("&Moments (%1)").arg(viewModel_.moments()->rowCount()));
  detailTabs_->setVisible(current.isValid());
  if (annotationsPanel_ != nullptr) {
    annotationsPanel_->setRecording(
        current.isValid() ? current.data(RecordingListModel::RecordingIdRole).toString()
                          : QString());
  }
  play_->setEnabled(current.isValid() && mediaError.isEmpty());
  sha256_->setText(sha);
  sha256_->setCursorPosition(0);
  copySha_->setEnabled(!sha.isEmpty());
}

void HearingDetailsWidget::setUploads(UploadsViewModel* uploads) {
  uploads_ = uploads;
  addRecording_->setVisible(uploads_ != nullptr);
  addCapture_->setVisible(uploads_ != nullptr);
}

void HearingDetailsWidget::setAnnotations(AnnotationsViewModel& annotations) {
  if (annotations_ != nullptr) return;
  annotations_ = &annotations;
  annotationsPanel_ = new AnnotationsPanel(annotations, recordingsStack_->parentWidget());
  annotationsPanel_->setSuggestedTime([this]() -> qint64 {
    const QModelIndex moment = moments_->currentIndex();
    return moment.isValid() ? moment.data(RecordingMomentsModel::MediaMsRole).toLongLong() : -1;
  });
  // The first tab, shown first: the work of the day.
  detailTabs_->insertTab(0, annotationsPanel_, tr("A&nnotations"));
  detailTabs_->setCurrentIndex(0);
  if (const auto& details = viewModel_.details()) annotations_->setHearing(details->id);
  showCurrentRecording();
}

void HearingDetailsWidget::setDownloads(DownloadViewModel& downloads) {
  filesPanel_->setDownloads(&downloads);
  if (exportBar_ == nullptr) {
    exportBar_ = new HearingExportBar(downloads, this);
    exportBar_->setPlayer(player_);
    particularsLayout_->addRow(exportBar_);
    showDetails();
  }
}

void HearingDetailsWidget::setPlayer(const PlayerViewModel* player) {
  player_ = player;
  if (exportBar_ != nullptr) exportBar_->setPlayer(player);
}

void HearingDetailsWidget::setPlayable(bool playable) {
  play_->setVisible(playable);
  showCurrentRecording();
}

void HearingDetailsWidget::playCurrent() {
  const QModelIndex current = recordings_->currentIndex();
  if (current.isValid() && play_->isEnabled()) emit playRequested(current.row(), -1);
}

void HearingDetailsWidget::addRecording() {
  const auto& details = viewModel_.details();
  if (uploads_ == nullptr || !details) return;
  const QString hearingId = details->id;
  const QString file = QFileDialog::getOpenFileName(
      this, tr("Add a recording to case %1").arg(details->caseNumber), QString(),
      tr("Recordings (*.mp4 *.mkv *.mov *.webm *.avi *.ts *.m4a *.wav *.mp3 *.flac *.ogg);;"
         "All files (*)"));
  if (!file.isEmpty()) uploads_->addFile(hearingId, file);
}

void HearingDetailsWidget::addCaptureFolder() {
  const auto& details = viewModel_.details();
  if (uploads_ == nullptr || !details) return;
  const QString hearingId = details->id;
  const QString directory = QFileDialog::getExistingDirectory(
      this, tr("Add a capture folder to case %1").arg(details->caseNumber));
  if (!directory.isEmpty()) uploads_->addCaptureFolder(hearingId, directory);
}

void HearingDetailsWidget::copySha256() {
  if (!sha256_->text().isEmpty()) QApplication::clipboard()->setText(sha256_->text());
}

}  // namespace audientia::gui
