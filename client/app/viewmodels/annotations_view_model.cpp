#include "viewmodels/annotations_view_model.h"

#include <QRegularExpression>
#include <algorithm>

#include "viewmodels/login_view_model.h"

namespace audientia::gui {

AnnotationsViewModel::AnnotationsViewModel(AnnotationsApiService& api, QObject* parent)
    : QObject(parent), api_(api) {}

QStringList AnnotationsViewModel::kinds() {
  return {QStringLiteral("question"), QStringLiteral("answer"), QStringLiteral("objection"),
          QStringLiteral("exhibit"), QStringLiteral("note")};
}

std::optional<qint64> AnnotationsViewModel::parseClockText(const QString& text) {
  static const QRegularExpression clock(
      QStringLiteral("^\\s*(?:(?:(\\d{1,3}):)?([0-5]?\\d):)?([0-5]?\\d)\\s*$"));
  const QRegularExpressionMatch match = clock.match(text);
  if (!match.hasMatch()) return std::nullopt;
  const qint64 hours = match.captured(1).toLongLong();
  const qint64 minutes = match.captured(2).toLongLong();
  const qint64 seconds = match.captured(3).toLongLong();
  return ((hours * 60 + minutes) * 60 + seconds) * 1000;
}

template <typename T>
Done<T> AnnotationsViewModel::guarded(std::function<void(Expected<T>)> then) {
  const quint64 generation = generation_;
  if (pending_++ == 0) emit busyChanged(true);
  return [this, generation, then = std::move(then)](Expected<T> result) {
    // Answers about a hearing no longer shown are dropped. A reload started by `then` keeps the
    // model busy without a flicker.
    if (generation == generation_) then(std::move(result));
    if (--pending_ == 0) emit busyChanged(false);
  };
}

void AnnotationsViewModel::setHearing(const QString& hearingId) {
  if (hearingId != hearingId_) {
    ++generation_;
    hearingId_ = hearingId;
    annotations_.clear();
    history_.clear();
  }
  reload();
}

void AnnotationsViewModel::setRecording(const QString& recordingId) {
  if (recordingId != annotations_.recording()) annotations_.setRecording(recordingId);
}

void AnnotationsViewModel::reload() {
  if (hearingId_.isEmpty()) {
    emit annotationsLoaded();
    return;
  }
  const quint64 load = ++loadRequest_;
  api_.listAnnotations(
      hearingId_.toStdString(), this,
      guarded<std::vector<v1::Annotation>>(
          [this, load](Expected<std::vector<v1::Annotation>> result) {
            if (load != loadRequest_) return;  // a newer list is coming
            if (!result) {
              emit errorOccurred(
                  tr("The annotations could not be loaded: %1").arg(errorText(result.error())));
              return;
            }
            annotations_.setAnnotations(std::move(result).value());
            emit annotationsLoaded();
          }));
}

void AnnotationsViewModel::afterChange(Expected<v1::Annotation> result) {
  if (!result) {
    emit errorOccurred(errorText(result.error()));
  } else {
    emit changed(QString::fromStdString(result->id()));
  }
  // Reloaded either way: a refused change means the list shown is out of date.
  reload();
}

void AnnotationsViewModel::add(const QString& recordingId, qint64 atMs, const QString& kind,
                               const QString& text) {
  v1::AddAnnotationRequest request;
  request.set_recording_id(recordingId.toStdString());
  request.set_start_ms(std::max<qint64>(atMs, 0));
  request.set_kind(kind.trimmed().toLower().toStdString());
  request.set_text(text.toStdString());
  api_.addAnnotation(request, this, guarded<v1::Annotation>([this](Expected<v1::Annotation> r) {
                       afterChange(std::move(r));
                     }));
}

void AnnotationsViewModel::edit(const QString& annotationId, const QString& kind,
                                const QString& text, int expectedRevision) {
  v1::EditAnnotationRequest request;
  request.set_annotation_id(annotationId.toStdString());
  request.set_kind(kind.trimmed().toLower().toStdString());
  request.set_text(text.toStdString());
  request.set_expected_revision(expectedRevision);
  api_.editAnnotation(request, this, guarded<v1::Annotation>([this](Expected<v1::Annotation> r) {
                        afterChange(std::move(r));
                      }));
}

void AnnotationsViewModel::remove(const QString& annotationId, int expectedRevision) {
  v1::DeleteAnnotationRequest request;
  request.set_annotation_id(annotationId.toStdString());
  request.set_expected_revision(expectedRevision);
  api_.deleteAnnotation(request, this, guarded<v1::Annotation>([this](Expected<v1::Annotation> r) {
                          afterChange(std::move(r));
                        }));
}

void AnnotationsViewModel::loadHistory(const QString& annotationId) {
  api_.annotationHistory(
      annotationId.toStdString(), this,
      guarded<v1::GetAnnotationHistoryResponse>(
          [this, annotationId](Expected<v1::GetAnnotationHistoryResponse> result) {
            if (!result) {
              emit errorOccurred(
                  tr("The history could not be loaded: %1").arg(errorText(result.error())));
              return;
            }
            auto* revisions = result->mutable_revisions();
            history_.setRevisions({std::make_move_iterator(revisions->begin()),
                                   std::make_move_iterator(revisions->end())});
            emit historyLoaded(annotationId);
          }));
}

}  // namespace audientia::gui
