#include "views/hearing_export_bar.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QStandardPaths>
#include <QVBoxLayout>

#include "viewmodels/download_view_model.h"
#include "viewmodels/formatting.h"
#include "viewmodels/player_view_model.h"
#include "views/package_dialog.h"
#include "views/transfer_status.h"

namespace audientia::gui {

HearingExportBar::HearingExportBar(DownloadViewModel& downloads, QWidget* parent)
    : QWidget(parent), downloads_(downloads) {
  report_ = new QPushButton(tr("Hearing &report…"), this);
  report_->setToolTip(
      tr("Save the hearing report (Ctrl+Shift+D): a draft record of the hearing as a PDF, with "
         "the participants, the recordings and their SHA-256, pauses, annotations and a picture "
         "of each camera"));
  package_ = new QPushButton(tr("E&vidence package…"), this);
  package_->setToolTip(
      tr("Save the signed evidence package (Ctrl+Shift+X): the recordings as sealed, the "
         "hearing, its annotations, its audit trail and the report, as a folder or one ZIP file "
         "that anyone can check with audientia-verify"));
  transfer_ = new TransferStatus(downloads_, {TransferKind::kReport, TransferKind::kPackage},
                                 tr("Cancel"), this);
  auto* row = new QHBoxLayout;
  row->setContentsMargins(0, 0, 0, 0);
  row->addWidget(report_);
  row->addWidget(package_);
  row->addStretch(1);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addLayout(row);
  layout->addWidget(transfer_);
  for (auto [keys, slot] :
       {std::pair{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), &HearingExportBar::exportReport},
        std::pair{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X),
                  &HearingExportBar::exportPackage}}) {
    // Wherever the focus is in the window (the list of hearings, too) while this bar shows,
    // that is while the hearing view shows a hearing.
    auto* shortcut = new QShortcut(keys, this);
    shortcut->setContext(Qt::WindowShortcut);
    connect(shortcut, &QShortcut::activated, this, slot);
  }
  connect(report_, &QPushButton::clicked, this, &HearingExportBar::exportReport);
  connect(package_, &QPushButton::clicked, this, &HearingExportBar::exportPackage);
  connect(&downloads_, &DownloadViewModel::stateChanged, this, &HearingExportBar::showState);
  showState();
}

void HearingExportBar::setHearing(const QString& hearingId, const QString& caseNumber,
                                  const QAbstractItemModel* recordings) {
  if (hearingId != hearingId_) transfer_->clear();
  hearingId_ = hearingId;
  caseNumber_ = caseNumber;
  recordings_ = recordings;
  showState();
}

QString HearingExportBar::reportLanguage() {
  return QLocale().language() == QLocale::Romanian ? QStringLiteral("ro") : QStringLiteral("en");
}

QString HearingExportBar::caseStem() const {
  return caseFileStem(caseNumber_, QStringLiteral("hearing"));
}

QString HearingExportBar::suggestedReportName() const {
  return caseStem() + QStringLiteral("_report_") + reportLanguage() + QStringLiteral(".pdf");
}

QString HearingExportBar::suggestedPackageName(bool zip) const {
  return caseStem() + QStringLiteral("_evidence") + (zip ? QStringLiteral(".zip") : QString());
}

void HearingExportBar::exportReport() {
  if (hearingId_.isEmpty() || downloads_.state() == DownloadState::kRunning) return;
  const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
  const QString path = QFileDialog::getSaveFileName(
      this, tr("Save the report of case %1").arg(leftToRight(caseNumber_)),
      QDir(folder).filePath(suggestedReportName()), tr("PDF document (*.pdf)"));
  if (!path.isEmpty()) exportReportTo(path);
}

void HearingExportBar::exportPackage() {
  if (hearingId_.isEmpty() || downloads_.state() == DownloadState::kRunning) return;
  const auto dialog = packageDialog();
  if (dialog->exec() != QDialog::Accepted) return;
  const PackageChoice choice = dialog->choice();
  const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
  const QString suggested = QDir(folder).filePath(suggestedPackageName(choice.zip));
  const QString path =
      choice.zip
          ? QFileDialog::getSaveFileName(this,
                                         tr("Save the evidence package of case %1 as a ZIP file")
                                             .arg(leftToRight(caseNumber_)),
                                         suggested, tr("ZIP archive (*.zip)"))
          : QFileDialog::getSaveFileName(this,
                                         tr("Save the evidence package of case %1 as a new folder")
                                             .arg(leftToRight(caseNumber_)),
                                         suggested, QString(), nullptr, QFileDialog::ShowDirsOnly);
  if (!path.isEmpty()) exportPackageTo(choice, path);
}

std::unique_ptr<PackageDialog> HearingExportBar::packageDialog() {
  std::optional<ClipMark> marked;
  if (player_ != nullptr && player_->hasMedia() && player_->hasClip()) {
    // The dialog offers it only when the recording is one of this hearing's.
    marked = ClipMark{player_->recordingId(), player_->clipFromMs(), player_->clipToMs()};
  }
  return std::make_unique<PackageDialog>(
      caseNumber_, recordings_ != nullptr ? *recordings_ : noRecordings_, marked, this);
}

void HearingExportBar::exportReportTo(const QString& path) {
  downloads_.startReport(hearingId_.toStdString(), reportLanguage(), path);
}

void HearingExportBar::exportPackageTo(const PackageChoice& choice, const QString& path) {
  std::vector<client::ClipExportRequest> clips;
  for (const ClipMark& clip : choice.clips) {
    clips.push_back({clip.recordingId.toStdString(), clip.fromMs, clip.toMs});
  }
  downloads_.startPackage(hearingId_.toStdString(), choice.reason, reportLanguage(), path,
                          choice.recordingIds, choice.zip, clips);
}

void HearingExportBar::showState() {
  const bool idle = downloads_.state() != DownloadState::kRunning && !hearingId_.isEmpty();
  report_->setEnabled(idle);
  package_->setEnabled(idle);
}

}  // namespace audientia::gui
