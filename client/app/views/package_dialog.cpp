#include "views/package_dialog.h"

#include <QAbstractItemModel>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include "viewmodels/formatting.h"
#include "viewmodels/recording_list_model.h"

namespace audientia::gui {

PackageDialog::PackageDialog(const QString& caseNumber, const QAbstractItemModel& recordings,
                             std::optional<ClipMark> marked, QWidget* parent)
    : QDialog(parent), marked_(std::move(marked)) {
  setWindowTitle(tr("Evidence package of case %1").arg(leftToRight(caseNumber)));
  auto* layout = new QVBoxLayout(this);

  auto* reasonLabel = new QLabel(
      tr("&Why does it leave the building (for example: the court's request, its number)? "
         "The reason is written into the package and into the audit trail."),
      this);
  reasonLabel->setWordWrap(true);
  reason_ = new QPlainTextEdit(this);
  reason_->setTabChangesFocus(true);
  reason_->setMaximumHeight(fontMetrics().lineSpacing() * 5);
  reasonLabel->setBuddy(reason_);
  layout->addWidget(reasonLabel);
  layout->addWidget(reason_);

  auto* recordingsLabel = new QLabel(tr("&Recordings in the package:"), this);
  recordings_ = new QListWidget(this);
  recordingsLabel->setBuddy(recordings_);
  for (int row = 0; row < recordings.rowCount(); ++row) {
    const auto at = [&](int column) { return recordings.index(row, column); };
    const QString file = at(RecordingListModel::kFileColumn).data().toString();
    const QString duration = at(RecordingListModel::kDurationColumn).data().toString();
    auto* item = new QListWidgetItem(tr("%1 (%2)").arg(leftToRight(file), duration), recordings_);
    item->setData(Qt::UserRole,
                  at(RecordingListModel::kFileColumn).data(RecordingListModel::RecordingIdRole));
    item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setCheckState(Qt::Checked);
  }
  layout->addWidget(recordingsLabel);
  layout->addWidget(recordings_);
  QString markedFile;
  for (int row = 0; marked_ && row < recordings.rowCount(); ++row) {
    const QModelIndex file = recordings.index(row, RecordingListModel::kFileColumn);
    if (file.data(RecordingListModel::RecordingIdRole).toString() == marked_->recordingId) {
      markedFile = file.data().toString();
    }
  }
  if (!markedFile.isEmpty()) {
    clip_ = new QCheckBox(tr("Also put in the part &marked in the player, as a clip"), this);
    clip_->setChecked(true);
    clipText_ = new QLabel(
        tr("%1, from %2 to %3: cut from the keyframe before, without "
           "re-encoding.")
            .arg(leftToRight(markedFile), clockText(marked_->fromMs), clockText(marked_->toMs)),
        this);
    clipText_->setWordWrap(true);
    clipText_->setIndent(fontMetrics().averageCharWidth() * 4);
    layout->addWidget(clip_);
    layout->addWidget(clipText_);
    connect(clip_, &QCheckBox::toggled, clipText_, &QWidget::setEnabled);
    connect(clip_, &QCheckBox::toggled, this, &PackageDialog::showState);
  } else {
    auto* hint = new QLabel(tr("To put a part of a recording in the package as well, play it "
                               "and mark where the part starts (I) and ends (O) first."),
                            this);
    hint->setWordWrap(true);
    hint->setEnabled(false);
    layout->addWidget(hint);
  }
  auto* always = new QLabel(tr("The hearing's details, all its annotations, its audit trail and "
                               "the hearing report always go in."),
                            this);
  always->setWordWrap(true);
  layout->addWidget(always);

  folder_ = new QRadioButton(tr("As a &folder"), this);
  zip_ = new QRadioButton(tr("As one &ZIP file, to hand over or attach"), this);
  folder_->setChecked(true);
  layout->addWidget(folder_);
  layout->addWidget(zip_);

  buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  buttons_->button(QDialogButtonBox::Ok)->setText(tr("Choose where to save it…"));
  buttons_->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
  layout->addWidget(buttons_);
  connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(reason_, &QPlainTextEdit::textChanged, this, &PackageDialog::showState);
  connect(recordings_, &QListWidget::itemChanged, this, &PackageDialog::showState);
  setMinimumWidth(fontMetrics().averageCharWidth() * 70);
  reason_->setFocus();
  showState();
}

PackageChoice PackageDialog::choice() const {
  PackageChoice chosen;
  chosen.reason = reason_->toPlainText().trimmed();
  chosen.zip = zip_->isChecked();
  bool all = true;
  for (int row = 0; row < recordings_->count(); ++row) {
    const QListWidgetItem* item = recordings_->item(row);
    if (item->checkState() == Qt::Checked) {
      chosen.recordingIds << item->data(Qt::UserRole).toString();
    } else {
      all = false;
    }
  }
  if (all) chosen.recordingIds.clear();  // every recording, as the server counts them
  if (clip_ != nullptr && clip_->isChecked()) chosen.clips << *marked_;
  return chosen;
}

void PackageDialog::showState() {
  bool anyRecording = recordings_->count() == 0;  // a hearing without recordings: its papers
  for (int row = 0; row < recordings_->count(); ++row) {
    anyRecording = anyRecording || recordings_->item(row)->checkState() == Qt::Checked;
  }
  const bool reason = !reason_->toPlainText().trimmed().isEmpty();
  buttons_->button(QDialogButtonBox::Ok)->setEnabled(reason && anyRecording);
  buttons_->button(QDialogButtonBox::Ok)
      ->setToolTip(!reason         ? tr("Say why the package leaves the building first.")
                   : !anyRecording ? tr("Choose at least one recording.")
                                   : QString());
}

}  // namespace audientia::gui
