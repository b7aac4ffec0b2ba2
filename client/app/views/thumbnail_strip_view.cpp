#include "views/thumbnail_strip_view.h"

#include <QLabel>
#include <QListView>
#include <QStackedWidget>
#include <QVBoxLayout>

#include "viewmodels/thumbnail_strip_model.h"

namespace audientia::gui {

ThumbnailStripView::ThumbnailStripView(ThumbnailStripModel& model, QWidget* parent)
    : QWidget(parent), model_(model) {
  stack_ = new QStackedWidget(this);
  hint_ = new QLabel(stack_);
  hint_->setAlignment(Qt::AlignCenter);
  hint_->setWordWrap(true);
  hint_->setEnabled(false);
  list_ = new QListView(stack_);
  list_->setModel(&model_);
  list_->setViewMode(QListView::IconMode);
  list_->setFlow(QListView::LeftToRight);
  list_->setWrapping(true);
  list_->setResizeMode(QListView::Adjust);
  list_->setMovement(QListView::Static);
  list_->setUniformItemSizes(true);
  list_->setIconSize(QSize(160, 90));
  list_->setSpacing(4);
  list_->setSelectionMode(QAbstractItemView::SingleSelection);
  list_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  // Media time runs left to right, in Arabic too.
  list_->setLayoutDirection(Qt::LeftToRight);
  list_->setAccessibleName(tr("Pictures of the recording"));
  stack_->addWidget(hint_);
  stack_->addWidget(list_);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(stack_);

  connect(list_, &QListView::activated, this, [this](const QModelIndex& index) {
    if (index.isValid()) emit playRequested(model_.mediaTimeAt(index.row()));
  });
  connect(&model_, &ThumbnailStripModel::loadingChanged, this, &ThumbnailStripView::showState);
  connect(&model_, &QAbstractItemModel::rowsInserted, this, &ThumbnailStripView::showState);
  connect(&model_, &QAbstractItemModel::modelReset, this, &ThumbnailStripView::showState);
  showState();
}

QString ThumbnailStripView::title() const {
  return tr("P&ictures (%1)").arg(model_.rowCount());
}

void ThumbnailStripView::showState() {
  const bool any = model_.rowCount() > 0;
  if (!any) {
    hint_->setText(
        model_.isLoading() ? tr("Reading the pictures of this recording…")
        : model_.recordingId().empty()
            ? tr("Pictures are shown once the server has processed the recording.")
            : tr("No pictures of this recording: it has no video, or they could not be read."));
  }
  stack_->setCurrentWidget(any ? static_cast<QWidget*>(list_) : hint_);
  if (any && !list_->currentIndex().isValid()) list_->setCurrentIndex(model_.index(0, 0));
  emit titleChanged();
}

}  // namespace audientia::gui
