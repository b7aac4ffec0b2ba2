#pragma once

// What goes into an evidence package, asked before it is made: why it leaves the building
// (written into the package and the audit trail), which of the hearing's recordings go in (all
// of them at first), the part of a recording marked in the player (I and O) as a clip cut into
// the package, when there is one, and its form: a folder, or one ZIP file to hand over or
// attach. OK is enabled only once there is a reason and at least one recording.

#include <QDialog>
#include <QList>
#include <QStringList>
#include <optional>

class QAbstractItemModel;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QRadioButton;

namespace audientia::gui {

// A stretch [fromMs, toMs) of one of the hearing's recordings, cut into the package without
// re-encoding (from the keyframe at or before fromMs).
struct ClipMark {
  QString recordingId;
  qint64 fromMs = 0;
  qint64 toMs = 0;
};

struct PackageChoice {
  QString reason;
  QStringList recordingIds;  // empty: every recording of the hearing
  QList<ClipMark> clips;
  bool zip = false;
};

class PackageDialog : public QDialog {
  Q_OBJECT

 public:
  // recordings: the hearing's recordings (RecordingListModel: the file and duration columns,
  // RecordingIdRole); marked: the stretch marked in the player, when it is of one of them.
  PackageDialog(const QString& caseNumber, const QAbstractItemModel& recordings,
                std::optional<ClipMark> marked, QWidget* parent);

  PackageChoice choice() const;

  QPlainTextEdit* reasonEdit() const { return reason_; }
  QListWidget* recordingList() const { return recordings_; }
  // The marked clip's check box and what it says of the clip (null without one).
  QCheckBox* clipBox() const { return clip_; }
  QLabel* clipText() const { return clipText_; }
  QRadioButton* zipButton() const { return zip_; }
  QDialogButtonBox* buttons() const { return buttons_; }

 private:
  void showState();

  QPlainTextEdit* reason_ = nullptr;
  QListWidget* recordings_ = nullptr;
  std::optional<ClipMark> marked_;
  QCheckBox* clip_ = nullptr;
  QLabel* clipText_ = nullptr;
  QRadioButton* folder_ = nullptr;
  QRadioButton* zip_ = nullptr;
  QDialogButtonBox* buttons_ = nullptr;
};

}  // namespace audientia::gui
