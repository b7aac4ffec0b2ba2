#pragma once

// What goes into an evidence package, asked before it is made: why it leaves the building
// (written into the package and the audit trail), which of the hearing's recordings go in (all
// of them at first) and its form: a folder, or one ZIP file to hand over or attach. OK is
// enabled only once there is a reason and at least one recording.

#include <QDialog>
#include <QStringList>

class QAbstractItemModel;
class QDialogButtonBox;
class QListWidget;
class QPlainTextEdit;
class QRadioButton;

namespace audientia::gui {

struct PackageChoice {
  QString reason;
  QStringList recordingIds;  // empty: every recording of the hearing
  bool zip = false;
};

class PackageDialog : public QDialog {
  Q_OBJECT

 public:
  // recordings: the hearing's recordings (RecordingListModel: the file and duration columns,
  // RecordingIdRole).
  PackageDialog(const QString& caseNumber, const QAbstractItemModel& recordings, QWidget* parent);

  PackageChoice choice() const;

  QPlainTextEdit* reasonEdit() const { return reason_; }
  QListWidget* recordingList() const { return recordings_; }
  QRadioButton* zipButton() const { return zip_; }
  QDialogButtonBox* buttons() const { return buttons_; }

 private:
  void showState();

  QPlainTextEdit* reason_ = nullptr;
  QListWidget* recordings_ = nullptr;
  QRadioButton* folder_ = nullptr;
  QRadioButton* zip_ = nullptr;
  QDialogButtonBox* buttons_ = nullptr;
};

}  // namespace audientia::gui
