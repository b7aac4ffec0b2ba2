#include "views/transfer_status.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace audientia::gui {

TransferStatus::TransferStatus(DownloadViewModel& downloads, QList<TransferKind> kinds,
                               const QString& cancelText, QWidget* parent)
    : QWidget(parent), downloads_(downloads), kinds_(std::move(kinds)) {
  progress_ = new QProgressBar(this);
  progress_->setTextVisible(true);
  cancel_ = new QPushButton(cancelText, this);
  status_ = new QLabel(this);
  status_->setWordWrap(true);
  status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  auto* row = new QHBoxLayout;
  row->setContentsMargins(0, 0, 0, 0);
  row->addWidget(progress_, 1);
  row->addWidget(cancel_);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addLayout(row);
  layout->addWidget(status_);
  connect(cancel_, &QPushButton::clicked, &downloads_, &DownloadViewModel::cancel);
  connect(&downloads_, &DownloadViewModel::stateChanged, this, &TransferStatus::show);
  connect(&downloads_, &DownloadViewModel::progressChanged, this, &TransferStatus::show);
  show();
  status_->clear();
}

void TransferStatus::clear() {
  status_->clear();
}

void TransferStatus::show() {
  if (!kinds_.contains(downloads_.kind())) {
    progress_->hide();
    cancel_->hide();
    status_->clear();
    return;
  }
  const bool running = downloads_.state() == DownloadState::kRunning;
  progress_->setVisible(running);
  cancel_->setVisible(running);
  if (downloads_.percent() >= 0) {
    progress_->setRange(0, 100);
    progress_->setValue(downloads_.percent());
  } else {
    progress_->setRange(0, 0);  // busy until the size is known
  }
  status_->setText(downloads_.statusText());
  status_->setStyleSheet(
      downloads_.state() == DownloadState::kFailed ? QStringLiteral("color: #b00020;") : QString());
}

}  // namespace audientia::gui
