#include "views/annotation_dialogs.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTableView>
#include <QVBoxLayout>

#include "viewmodels/annotations_view_model.h"
#include "viewmodels/formatting.h"
#include "viewmodels/recording_moments_model.h"

namespace audientia::gui {
namespace {

// The kind chosen: the key of a listed kind shown in words, or the word typed.
QString chosenAnnotationKind(const QComboBox& combo) {
  const QString typed = combo.currentText().trimmed();
  const int listed = combo.findText(typed);
  if (listed >= 0) return combo.itemData(listed).toString();
  return typed.toLower();
}

}  // namespace

std::optional<AnnotationInput> askAnnotation(QWidget* parent, const QString& title,
                                             const AnnotationInput& initial, bool timeEditable) {
  QDialog dialog(parent);
  dialog.setWindowTitle(title);
  auto* time = new QLineEdit(clockText(initial.atMs), &dialog);
  time->setValidator(new QRegularExpressionValidator(
      QRegularExpression(QStringLiteral("\\d{0,3}:?\\d{0,2}:?\\d{0,2}")), time));
  time->setToolTip(QCoreApplication::translate(
      "AnnotationDialog", "The time in the recording: hours, minutes and seconds (1:02:03)"));
  time->setEnabled(timeEditable);
  auto* kind = new QComboBox(&dialog);
  kind->setEditable(true);
  kind->setInsertPolicy(QComboBox::NoInsert);
  for (const QString& key : AnnotationsViewModel::kinds()) {
    kind->addItem(RecordingMomentsModel::markerKindName(key), key);
  }
  const int listed = kind->findData(initial.kind);
  if (listed >= 0) {
    kind->setCurrentIndex(listed);
  } else {
    kind->setEditText(initial.kind.isEmpty() ? kind->itemText(kind->count() - 1) : initial.kind);
  }
  auto* text = new QPlainTextEdit(initial.text, &dialog);
  text->setTabChangesFocus(true);
  text->setMinimumSize(420, 120);

  auto* form = new QFormLayout;
  form->addRow(QCoreApplication::translate("AnnotationDialog", "&Time (H:MM:SS):"), time);
  form->addRow(QCoreApplication::translate("AnnotationDialog", "&Kind:"), kind);
  form->addRow(QCoreApplication::translate("AnnotationDialog", "Te&xt:"), text);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
  auto* layout = new QVBoxLayout(&dialog);
  layout->addLayout(form);
  layout->addWidget(buttons);
  QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
  QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
  auto check = [&] {
    buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(AnnotationsViewModel::parseClockText(time->text()).has_value() &&
                     !kind->currentText().trimmed().isEmpty());
  };
  QObject::connect(time, &QLineEdit::textChanged, &dialog, check);
  QObject::connect(kind, &QComboBox::currentTextChanged, &dialog, check);
  check();
  (timeEditable ? static_cast<QWidget*>(time) : text)->setFocus();
  if (dialog.exec() != QDialog::Accepted) return std::nullopt;
  AnnotationInput result;
  result.atMs =
      timeEditable ? AnnotationsViewModel::parseClockText(time->text()).value_or(0) : initial.atMs;
  result.kind = chosenAnnotationKind(*kind);
  result.text = text->toPlainText();
  return result;
}

void showAnnotationHistory(QWidget* parent, AnnotationsViewModel& viewModel,
                           const QString& annotationId, const QString& caption) {
  auto* dialog = new QDialog(parent);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  dialog->setWindowTitle(caption);
  viewModel.history()->clear();
  auto* table = new QTableView(dialog);
  table->setModel(viewModel.history());
  table->verticalHeader()->hide();
  table->setWordWrap(false);
  table->setSelectionBehavior(QAbstractItemView::SelectRows);
  table->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  table->horizontalHeader()->setStretchLastSection(true);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
  auto* layout = new QVBoxLayout(dialog);
  layout->addWidget(table);
  layout->addWidget(buttons);
  QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
  dialog->resize(720, 280);
  dialog->open();
  viewModel.loadHistory(annotationId);
}

}  // namespace audientia::gui
