#include "views/login_dialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include "viewmodels/login_view_model.h"

namespace audientia::gui {

LoginDialog::LoginDialog(LoginViewModel& viewModel, const ConnectionDefaults& defaults,
                         QWidget* parent)
    : QDialog(parent), viewModel_(viewModel) {
  setWindowTitle(tr("Audientia — Log in"));
  setMinimumWidth(460);

  auto* title = new QLabel(tr("<b>Log in to Audientia</b>"), this);
  server_ = new QLineEdit(defaults.server, this);
  server_->setPlaceholderText(QStringLiteral("host:7443"));
  caFile_ = new QLineEdit(defaults.caFile, this);
  caFile_->setPlaceholderText(tr("PEM file of the server's CA (e.g. DATA_DIR/tls/ca.pem)"));
  browse_ = new QPushButton(tr("&Browse…"), this);
  browse_->setAutoDefault(false);
  const QString onlyIfAsked = tr("Only if the server asks for one");
  certFile_ = new QLineEdit(defaults.certFile, this);
  certFile_->setPlaceholderText(onlyIfAsked);
  keyFile_ = new QLineEdit(defaults.keyFile, this);
  keyFile_->setPlaceholderText(onlyIfAsked);
  browseCert_ = new QPushButton(tr("Browse…"), this);
  browseCert_->setAutoDefault(false);
  browseCert_->setToolTip(tr("Choose the workstation's certificate (PEM)"));
  browseKey_ = new QPushButton(tr("Browse…"), this);
  browseKey_->setAutoDefault(false);
  browseKey_->setToolTip(tr("Choose the workstation's private key (PEM)"));
  username_ = new QLineEdit(defaults.username, this);
  password_ = new QLineEdit(this);
  password_->setEchoMode(QLineEdit::Password);

  auto* caRow = new QHBoxLayout;
  caRow->addWidget(caFile_, 1);
  caRow->addWidget(browse_);

  auto* form = new QFormLayout;
  form->addRow(tr("&Server:"), server_);
  // A row holding a layout gets no buddy by itself: give the label one for its Alt shortcut.
  auto* caLabel = new QLabel(tr("&CA file:"), this);
  caLabel->setBuddy(caFile_);
  form->addRow(caLabel, caRow);
  auto* certRow = new QHBoxLayout;
  certRow->addWidget(certFile_, 1);
  certRow->addWidget(browseCert_);
  auto* certLabel = new QLabel(tr("Client cer&tificate:"), this);
  certLabel->setBuddy(certFile_);
  form->addRow(certLabel, certRow);
  auto* keyRow = new QHBoxLayout;
  keyRow->addWidget(keyFile_, 1);
  keyRow->addWidget(browseKey_);
  auto* keyLabel = new QLabel(tr("Client &key:"), this);
  keyLabel->setBuddy(keyFile_);
  form->addRow(keyLabel, keyRow);
  form->addRow(tr("&User name:"), username_);
  form->addRow(tr("&Password:"), password_);

  error_ = new QLabel(this);
  error_->setWordWrap(true);
  error_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  error_->setStyleSheet(QStringLiteral("color: #b00020;"));
  error_->hide();

  busy_ = new QProgressBar(this);
  busy_->setRange(0, 0);  // indeterminate
  busy_->setTextVisible(false);
  busy_->setMaximumHeight(8);
  busy_->hide();

  buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  buttons_->button(QDialogButtonBox::Ok)->setText(tr("&Log in"));
  buttons_->button(QDialogButtonBox::Ok)->setDefault(true);

  auto* layout = new QVBoxLayout(this);
  layout->addWidget(title);
  layout->addLayout(form);
  layout->addWidget(error_);
  layout->addWidget(busy_);
  layout->addWidget(buttons_);

  connect(buttons_, &QDialogButtonBox::accepted, this, &LoginDialog::submit);
  connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(browse_, &QPushButton::clicked, this, [this] {
    chooseFile(caFile_, tr("CA certificate of the server"),
               tr("PEM certificates (*.pem *.crt);;All files (*)"));
  });
  connect(browseCert_, &QPushButton::clicked, this, [this] {
    chooseFile(certFile_, tr("Certificate of this workstation"),
               tr("PEM certificates (*.pem *.crt);;All files (*)"));
  });
  connect(browseKey_, &QPushButton::clicked, this, [this] {
    chooseFile(keyFile_, tr("Private key of this workstation"),
               tr("PEM keys (*.key *.pem);;All files (*)"));
  });
  connect(&viewModel_, &LoginViewModel::busyChanged, this, &LoginDialog::setBusy);
  connect(&viewModel_, &LoginViewModel::loginFailed, this, &LoginDialog::showError);
  connect(&viewModel_, &LoginViewModel::loggedIn, this, &QDialog::accept);

  // Start where something is missing.
  if (server_->text().isEmpty()) {
    server_->setFocus();
  } else if (username_->text().isEmpty()) {
    username_->setFocus();
  } else {
    password_->setFocus();
  }
}

void LoginDialog::submit() {
  error_->hide();
  viewModel_.login({server_->text(), caFile_->text(), username_->text(), password_->text(),
                    certFile_->text(), keyFile_->text()});
}

void LoginDialog::showError(const QString& message) {
  error_->setText(message);
  error_->show();
  password_->selectAll();
  password_->setFocus();
}

void LoginDialog::chooseFile(QLineEdit* field, const QString& title, const QString& filter) {
  const QString start = field->text().isEmpty() ? QString() : QFileInfo(field->text()).path();
  const QString file = QFileDialog::getOpenFileName(this, title, start, filter);
  if (!file.isEmpty()) field->setText(file);
}

void LoginDialog::setBusy(bool busy) {
  busy_->setVisible(busy);
  const QList<QWidget*> inputs{server_,  caFile_,    browse_,   certFile_, browseCert_,
                               keyFile_, browseKey_, username_, password_};
  for (QWidget* widget : inputs) widget->setEnabled(!busy);
  buttons_->button(QDialogButtonBox::Ok)->setEnabled(!busy);
  if (!busy && error_->isHidden()) password_->setFocus();
}

}  // namespace audientia::gui
