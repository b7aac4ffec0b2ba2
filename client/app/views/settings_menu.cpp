#include "views/settings_menu.h"

#include <QAction>
#include <QActionGroup>
#include <QMessageBox>

#include "services/language.h"

namespace audientia::gui {

SettingsMenu::SettingsMenu(QWidget* parent) : QMenu(tr("&Settings"), parent) {
  setObjectName(QStringLiteral("settingsMenu"));
  QMenu* languageMenu = addMenu(tr("&Language"));
  languageMenu->setObjectName(QStringLiteral("languageMenu"));
  languages_ = new QActionGroup(this);
  languages_->setExclusive(true);
  const QString chosen = chosenLanguage();
  auto addChoice = [&](const QString& code, const QString& text) {
    QAction* action = languageMenu->addAction(text);
    action->setCheckable(true);
    action->setData(code);
    action->setChecked(code == chosen);
    languages_->addAction(action);
    connect(action, &QAction::triggered, this, [this, code] { choose(code); });
  };
  addChoice({}, tr("The system's (%1)").arg(nativeLanguageName(systemLanguage())));
  languageMenu->addSeparator();
  for (const Language& language : availableLanguages()) {
    addChoice(language.code, language.nativeName);
  }
  // A saved code this client does not have: "the system's" is what applies.
  if (languages_->checkedAction() == nullptr) languages_->actions().constFirst()->setChecked(true);
}

QList<QAction*> SettingsMenu::languageActions() const {
  return languages_->actions();
}

void SettingsMenu::choose(const QString& code) {
  setChosenLanguage(code);
  const QString text =
      code.isEmpty()
          ? tr("From the next start, Audientia follows the system's language (%1).")
                .arg(nativeLanguageName(systemLanguage()))
          : tr("From the next start, Audientia is shown in %1.").arg(nativeLanguageName(code));
  // Not modal to the application: the window stays usable, and tests need no event loop.
  auto* box = new QMessageBox(QMessageBox::Information, tr("Language"), text, QMessageBox::Ok,
                              parentWidget());
  box->setObjectName(QStringLiteral("languageChangedMessage"));
  box->setAttribute(Qt::WA_DeleteOnClose);
  box->open();
}

}  // namespace audientia::gui
