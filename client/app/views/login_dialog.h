#pragma once

// The login form: server address, CA file (with a file picker), the workstation's client
// certificate and key for servers that require one (mutual TLS), user name and password. Enter
// logs in; while the server answers, the form is disabled and a busy bar runs; a failure shows
// the server's message in the dialog. Accepted once logged in (LoginViewModel::session()).

#include <QDialog>

#include "services/connection_defaults.h"

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace audientia::gui {

class LoginViewModel;

class LoginDialog : public QDialog {
  Q_OBJECT

 public:
  LoginDialog(LoginViewModel& viewModel, const ConnectionDefaults& defaults, QWidget* parent);

  // Shows a message as if a login had failed (e.g. after an automated login failed).
  void showError(const QString& message);

 private:
  void submit();
  // A file picker for `field`, starting where its current file is.
  void chooseFile(QLineEdit* field, const QString& title, const QString& filter);
  void setBusy(bool busy);

  LoginViewModel& viewModel_;
  QLineEdit* server_ = nullptr;
  QLineEdit* caFile_ = nullptr;
  QPushButton* browse_ = nullptr;
  QLineEdit* certFile_ = nullptr;
  QPushButton* browseCert_ = nullptr;
  QLineEdit* keyFile_ = nullptr;
  QPushButton* browseKey_ = nullptr;
  QLineEdit* username_ = nullptr;
  QLineEdit* password_ = nullptr;
  QLabel* error_ = nullptr;
  QProgressBar* busy_ = nullptr;
  QDialogButtonBox* buttons_ = nullptr;
};

}  // namespace audientia::gui
