#pragma once

// The main window's Settings menu: Language ▸ the system's language, English, Română, Русский,
// العربية, with the saved choice checked. Choosing one saves it (services/language.h) and says
// in a message box that it applies the next time the client starts: the widgets take their
// texts and layout direction when they are built.

#include <QList>
#include <QMenu>

class QAction;
class QActionGroup;

namespace audientia::gui {

class SettingsMenu : public QMenu {
  Q_OBJECT

 public:
  explicit SettingsMenu(QWidget* parent);

  // The language choices, checkable and exclusive; data() holds the code, empty for "the
  // system's".
  QList<QAction*> languageActions() const;

 private:
  void choose(const QString& code);

  QActionGroup* languages_ = nullptr;
};

}  // namespace audientia::gui
