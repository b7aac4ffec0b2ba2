#pragma once

// The dialogs of the annotations panel: adding or editing one annotation (time in the
// recording, kind, text) and the list of an annotation's revisions.

#include <QString>
#include <optional>

class QWidget;

namespace audientia::gui {

class AnnotationsViewModel;

struct AnnotationInput {
  qint64 atMs = 0;
  QString kind;  // "question", or what was typed (lower case)
  QString text;
};

// Asks for an annotation, starting from `initial`; the time can be changed only when
// timeEditable (a new annotation). nullopt when cancelled.
std::optional<AnnotationInput> askAnnotation(QWidget* parent, const QString& title,
                                             const AnnotationInput& initial, bool timeEditable);

// Shows the revisions of an annotation (loaded now) in a window of its own.
void showAnnotationHistory(QWidget* parent, AnnotationsViewModel& viewModel,
                           const QString& annotationId, const QString& caption);

}  // namespace audientia::gui
