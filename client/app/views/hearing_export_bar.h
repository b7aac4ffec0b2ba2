#pragma once

// Evidence out of the hearing view (prosecutors and clerks): "Hearing report…" (Ctrl+Shift+D)
// saves the server's draft record of the hearing as a PDF in the client's language (Romanian
// when the client speaks it, else English); "Evidence package…" (Ctrl+Shift+X) asks why the
// package leaves the building, which recordings go in, whether the part marked in the player
// goes in as a clip, and whether it is a folder or one ZIP file (PackageDialog), then saves the
// signed evidence package that anyone can check with audientia-verify. Both run through the
// DownloadViewModel, with progress, Cancel and what happened in words (TransferStatus).

#include <QStandardItemModel>
#include <QWidget>
#include <memory>

class QAbstractItemModel;
class QPushButton;

namespace audientia::gui {

class DownloadViewModel;
class PlayerViewModel;
class TransferStatus;
class PackageDialog;
struct PackageChoice;

class HearingExportBar : public QWidget {
  Q_OBJECT

 public:
  HearingExportBar(DownloadViewModel& downloads, QWidget* parent);

  // recordings: the hearing's recordings (RecordingListModel), offered in the package dialog.
  void setHearing(const QString& hearingId, const QString& caseNumber,
                  const QAbstractItemModel* recordings = nullptr);
  // The player, whose marked part of one of this hearing's recordings the package dialog offers.
  void setPlayer(const PlayerViewModel* player) { player_ = player; }
  // Asks where (and for the package, why), then exports.
  void exportReport();
  void exportPackage();
  // The dialog exportPackage() asks with: the reason, this hearing's recordings, the part
  // marked in the player, the form.
  std::unique_ptr<PackageDialog> packageDialog();
  // Without asking.
  void exportReportTo(const QString& path);
  void exportPackageTo(const PackageChoice& choice, const QString& path);

  // "en" or "ro": the language the client speaks, when the report is written in it.
  static QString reportLanguage();
  // "808-P-2026_report_ro.pdf", "808-P-2026_evidence" (with zip: "808-P-2026_evidence.zip").
  QString suggestedReportName() const;
  QString suggestedPackageName(bool zip = false) const;

  QPushButton* reportButton() const { return report_; }
  QPushButton* packageButton() const { return package_; }
  TransferStatus* transfer() const { return transfer_; }

 private:
  void showState();
  QString caseStem() const;

  DownloadViewModel& downloads_;
  QString hearingId_;
  QString caseNumber_;
  const QAbstractItemModel* recordings_ = nullptr;
  QStandardItemModel noRecordings_;
  const PlayerViewModel* player_ = nullptr;
  QPushButton* report_ = nullptr;
  QPushButton* package_ = nullptr;
  TransferStatus* transfer_ = nullptr;
};

}  // namespace audientia::gui
