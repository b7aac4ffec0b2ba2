#pragma once

// The annotations of the selected hearing (prosecutors and clerks): loaded when a hearing is
// shown, listed for the selected recording (annotations()), and changed through
// AnnotationsApiService: add, edit and delete (the last two with the revision shown, so that a
// change made meanwhile by someone else is refused rather than overwritten), and the history of
// one annotation (history()). Every change reloads the list; failures go to errorOccurred with
// the server's message. Answers about a hearing no longer shown are dropped.

#include <QObject>
#include <QString>
#include <optional>

#include "services/annotations_api_service.h"
#include "viewmodels/annotation_list_model.h"

namespace audientia::gui {

class AnnotationsViewModel : public QObject {
  Q_OBJECT

 public:
  explicit AnnotationsViewModel(AnnotationsApiService& api, QObject* parent = nullptr);

  AnnotationListModel* annotations() { return &annotations_; }
  // The revisions of the annotation last asked for with loadHistory().
  AnnotationHistoryModel* history() { return &history_; }
  const QString& hearingId() const { return hearingId_; }
  bool isBusy() const { return pending_ > 0; }
  // The kinds offered (keys, "question"); any other lower-case word is accepted too.
  static QStringList kinds();
  // "1:02:03", "2:03", "45" -> ms; nullopt when it is not a time.
  static std::optional<qint64> parseClockText(const QString& text);

  // Loads the annotations of this hearing (an empty id clears them); the same id reloads.
  void setHearing(const QString& hearingId);
  // Lists those of this recording.
  void setRecording(const QString& recordingId);
  void reload();
  void add(const QString& recordingId, qint64 atMs, const QString& kind, const QString& text);
  // expectedRevision: the revision the user saw (refused by the server when no longer current).
  void edit(const QString& annotationId, const QString& kind, const QString& text,
            int expectedRevision);
  void remove(const QString& annotationId, int expectedRevision);
  void loadHistory(const QString& annotationId);

 signals:
  // annotations() now shows the hearing's current annotations.
  void annotationsLoaded();
  // An add, edit or delete succeeded (the list reloads).
  void changed(const QString& annotationId);
  // history() now shows this annotation's revisions.
  void historyLoaded(const QString& annotationId);
  void busyChanged(bool busy);
  void errorOccurred(const QString& message);

 private:
  // Calls back with the answer unless the hearing changed meanwhile; counts the call as pending.
  template <typename T>
  Done<T> guarded(std::function<void(Expected<T>)> then);
  void afterChange(Expected<v1::Annotation> result);

  AnnotationsApiService& api_;
  AnnotationListModel annotations_;
  AnnotationHistoryModel history_;
  QString hearingId_;
  quint64 generation_ = 0;   // bumped by every setHearing(); older answers are dropped
  quint64 loadRequest_ = 0;  // bumped by every reload(); only the newest list is shown
  int pending_ = 0;
};

}  // namespace audientia::gui
