#include "views/recording_files_panel.h"

#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

#include "viewmodels/download_view_model.h"
#include "viewmodels/recording_file_model.h"

namespace audientia::gui {
namespace {

QString stateName(v1::RecordingState state) {
  switch (state) {
    case v1::RECORDING_STATE_UPLOADING:
      return RecordingFilesPanel::tr("Uploading");
    case v1::RECORDING_STATE_VERIFYING:
      return RecordingFilesPanel::tr("Verifying");
    case v1::RECORDING_STATE_PROCESSING:
      return RecordingFilesPanel::tr("Processing");
    case v1::RECORDING_STATE_AVAILABLE:
      return RecordingFilesPanel::tr("Available");
    case v1::RECORDING_STATE_FAILED:
      return RecordingFilesPanel::tr("Failed");
    default:
      return RecordingFilesPanel::tr("Unknown");
  }
}

}  // namespace

RecordingFilesPanel::RecordingFilesPanel(RecordingFileModel& files, QWidget* parent)
    : QWidget(parent), files_(files) {
  state_ = new QLabel(this);
  state_->setWordWrap(true);
  state_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  seal_ = new QLineEdit(this);
  seal_->setReadOnly(true);
  seal_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
  seal_->setToolTip(
      tr("The last link of the capture's chain of segment digests, as sealed when "
         "the recording stopped: any change to a segment or its order breaks it"));
  sealLabel_ = new QLabel(tr("Seal:"), this);
  auto* form = new QFormLayout;
  form->addRow(tr("State:"), state_);
  form->addRow(sealLabel_, seal_);

  table_ = new QTableView(this);
  table_->setModel(&files_);
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->setSelectionMode(QAbstractItemView::SingleSelection);
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->setWordWrap(false);
  table_->verticalHeader()->hide();
  table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  table_->horizontalHeader()->setStretchLastSection(true);

  save_ = new QPushButton(tr("&Save file…"), this);
  save_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
  save_->setToolTip(
      tr("Download the selected file (the master or original when none is "
         "selected) and check its SHA-256 against the server's (Ctrl+S)"));
  cancel_ = new QPushButton(tr("Cancel download"), this);
  progress_ = new QProgressBar(this);
  progress_->setTextVisible(true);
  status_ = new QLabel(this);
  status_->setWordWrap(true);
  status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  auto* row = new QHBoxLayout;
  row->addWidget(save_);
  row->addWidget(progress_, 3);
  row->addWidget(cancel_);
  row->addStretch(1);

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addLayout(form);
  layout->addWidget(table_, 1);
  layout->addLayout(row);
  layout->addWidget(status_);
  save_->hide();
  cancel_->hide();
  progress_->hide();
  status_->hide();

  connect(save_, &QPushButton::clicked, this, &RecordingFilesPanel::save);
  setRecording(nullptr);
}

void RecordingFilesPanel::setRecording(const v1::Recording* recording) {
  recordingId_ = recording != nullptr ? recording->id() : std::string();
  if (recording == nullptr) {
    state_->clear();
    seal_->clear();
  } else {
    QString state = stateName(recording->state());
    if (recording->state() == v1::RECORDING_STATE_FAILED) {
      state = tr("%1: %2").arg(state, QString::fromStdString(recording->failure_reason()));
    }
    state_->setText(state);
    seal_->setText(QString::fromStdString(recording->capture_seal()));
    seal_->setCursorPosition(0);
  }
  const bool sealed = !seal_->text().isEmpty();
  sealLabel_->setVisible(sealed);
  seal_->setVisible(sealed);
  table_->resizeColumnsToContents();
  showDownload();
}

void RecordingFilesPanel::setDownloads(DownloadViewModel* downloads) {
  downloads_ = downloads;
  if (downloads_ != nullptr) {
    connect(downloads_, &DownloadViewModel::stateChanged, this, &RecordingFilesPanel::showDownload);
    connect(downloads_, &DownloadViewModel::progressChanged, this,
            &RecordingFilesPanel::showDownload);
    connect(cancel_, &QPushButton::clicked, downloads_, &DownloadViewModel::cancel);
  }
  showDownload();
}

const v1::RecordingFile* RecordingFilesPanel::chosenFile() const {
  const QModelIndex current = table_->currentIndex();
  if (current.isValid()) return files_.fileAt(current.row());
  return files_.fileAt(0);  // the master (or original) sorts first
}

void RecordingFilesPanel::save() {
  const v1::RecordingFile* file = chosenFile();
  if (downloads_ == nullptr || file == nullptr) return;
  const QString folder = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
  const QString path = QFileDialog::getSaveFileName(
      this, tr("Save %1").arg(RecordingFileModel::roleName(*file)),
      folder + QLatin1Char('/') + QString::fromStdString(file->file_name()));
  if (!path.isEmpty()) saveTo(path);
}

void RecordingFilesPanel::saveTo(const QString& path) {
  const v1::RecordingFile* file = chosenFile();
  if (downloads_ == nullptr || file == nullptr || recordingId_.empty()) return;
  downloads_->start(recordingId_, *file, path);
}

void RecordingFilesPanel::showDownload() {
  const bool can = downloads_ != nullptr;
  save_->setVisible(can);
  save_->setEnabled(can && files_.rowCount() > 0 && !recordingId_.empty() &&
                    downloads_->state() != DownloadState::kRunning);
  if (!can) return;
  // Only this panel's own: a clip, a report or a package is shown where it was asked for.
  const DownloadState state =
      downloads_->kind() == TransferKind::kFile ? downloads_->state() : DownloadState::kIdle;
  const bool running = state == DownloadState::kRunning;
  cancel_->setVisible(running);
  progress_->setVisible(running || state == DownloadState::kDone);
  const int percent = state == DownloadState::kIdle ? 0 : downloads_->percent();
  progress_->setRange(0, percent < 0 ? 0 : 100);
  progress_->setValue(std::max(0, percent));
  status_->setVisible(state != DownloadState::kIdle);
  status_->setText(downloads_->statusText());
  status_->setStyleSheet(state == DownloadState::kFailed ? QStringLiteral("color: #b00020;")
                                                         : QString());
}

}  // namespace audientia::gui
