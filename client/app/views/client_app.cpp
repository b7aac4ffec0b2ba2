#include "views/client_app.h"

#include <QApplication>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QPixmap>
#include <QTimer>
#include <cstdio>
#include <utility>

#include "services/api_service.h"
#include "viewmodels/account_view_model.h"
#include "viewmodels/admin_view_model.h"
#include "viewmodels/hearings_view_model.h"
#include "viewmodels/login_view_model.h"
#include "views/login_dialog.h"
#include "views/main_window.h"

Q_LOGGING_CATEGORY(lcApp, "audientia.client")

namespace audientia::gui {
namespace {

// Lets the window lay out and paint once more before it is grabbed.
constexpr int kScreenshotSettleMs = 300;

}  // namespace

ClientApp::ClientApp(ApiService& api, ClientOptions options, QObject* parent)
    : QObject(parent), api_(api), options_(std::move(options)) {
  login_ = new LoginViewModel(api_, this);
  hearings_ = new HearingsViewModel(api_, this);
  admin_ = new AdminViewModel(api_, this);
  account_ = new AccountViewModel(api_, this);
  screenshotPending_ = !options_.screenshotFile.isEmpty();
  connect(login_, &LoginViewModel::loggedIn, this, &ClientApp::onLoggedIn);
  connect(login_, &LoginViewModel::loginFailed, this, &ClientApp::onLoginFailed);
  connect(hearings_, &HearingsViewModel::loggedOut, this, &ClientApp::onLoggedOut);
  connect(hearings_, &HearingsViewModel::hearingsLoaded, this, &ClientApp::onHearingsLoaded);
  connect(hearings_, &HearingsViewModel::detailsChanged, this, &ClientApp::onDetailsChanged);
  // Automated runs must not hang on an error: report it and end.
  auto failScreenshot = [this](const QString& message) {
    if (screenshotPending_) fail(message);
  };
  connect(hearings_, &HearingsViewModel::errorOccurred, this, failScreenshot);
  connect(admin_, &AdminViewModel::errorOccurred, this, failScreenshot);
  connect(admin_, &AdminViewModel::usersLoaded, this, &ClientApp::onAdminUsersLoaded);
}

ClientApp::~ClientApp() = default;

void ClientApp::start() {
  if (options_.password) {
    automatic_ = true;
    const ConnectionDefaults& c = options_.connection;
    login_->login({c.server, c.caFile, c.username, *options_.password});
    return;
  }
  showLoginDialog({});
}

void ClientApp::showLoginDialog(const QString& error) {
  dialog_ = std::make_unique<LoginDialog>(*login_, options_.connection, nullptr);
  connect(dialog_.get(), &QDialog::rejected, this, [this] {
    if (!window_) emit finished(0);
  });
  if (!error.isEmpty()) dialog_->showError(error);
  dialog_->show();
}

void ClientApp::onLoggedIn() {
  const SessionInfo& session = login_->session();
  // The next login (after logout) starts from this server and user.
  options_.connection.server = QString::fromStdString(session.server);
  options_.connection.username = QString::fromStdString(session.user.username());
  hearings_->setSession(session);
  const auto errors = screenshotPending_ ? MainWindow::ErrorDisplay::kStatusBarOnly
                                         : MainWindow::ErrorDisplay::kMessageBox;
  const bool isAdmin = session.user.role() == v1::ROLE_ADMIN;
  if (options_.adminTab && !isAdmin && screenshotPending_) {
    fail(tr("--tab admin: %1 is not an administrator")
             .arg(QString::fromStdString(session.user.username())));
    return;
  }
  // The server lets only prosecutors and clerks read hearings (admins manage, auditors audit).
  const bool seesHearings =
      session.user.role() == v1::ROLE_PROSECUTOR || session.user.role() == v1::ROLE_CLERK;
  if (isAdmin) admin_->setSession(session);
  window_ = std::make_unique<MainWindow>(*hearings_, seesHearings, isAdmin ? admin_ : nullptr,
                                         *account_, errors, nullptr);
  connect(window_.get(), &MainWindow::logoutRequested, hearings_, &HearingsViewModel::logout);
  if (options_.adminTab) window_->showTab(MainWindow::Tab::kAdministration);
  window_->show();
  if (dialog_) dialog_->hide();
  if (seesHearings) hearings_->refresh();
  if (isAdmin) admin_->refresh();
  // Nothing to load: the picture can be taken at once.
  if (screenshotPending_ && !seesHearings && !isAdmin) {
    QTimer::singleShot(kScreenshotSettleMs, this, &ClientApp::takeScreenshot);
  }
}

void ClientApp::onLoginFailed(const QString& message) {
  if (!automatic_) return;  // the dialog shows it
  automatic_ = false;
  if (screenshotPending_) {
    fail(tr("Login failed: %1").arg(message));
    return;
  }
  showLoginDialog(message);
}

void ClientApp::onLoggedOut() {
  admin_->clear();
  showLoginDialog({});
  if (window_) {
    window_->hide();
    window_.release()->deleteLater();
  }
}

bool ClientApp::screenshotOfAdmin() const {
  // Admins have the Administration tab only, so it is the one pictured.
  return window_ && window_->adminWidget() != nullptr;
}

void ClientApp::onAdminUsersLoaded() {
  if (screenshotPending_ && screenshotOfAdmin()) {
    QTimer::singleShot(kScreenshotSettleMs, this, &ClientApp::takeScreenshot);
  }
}

void ClientApp::onHearingsLoaded(int count) {
  // With hearings, the window selects the first one; the screenshot waits for its details.
  if (screenshotPending_ && !screenshotOfAdmin() && count == 0) {
    QTimer::singleShot(kScreenshotSettleMs, this, &ClientApp::takeScreenshot);
  }
}

void ClientApp::onDetailsChanged() {
  if (screenshotPending_ && !screenshotOfAdmin() && hearings_->details()) {
    QTimer::singleShot(kScreenshotSettleMs, this, &ClientApp::takeScreenshot);
  }
}

void ClientApp::takeScreenshot() {
  if (!screenshotPending_ || !window_) return;
  screenshotPending_ = false;
  const QPixmap picture = window_->grab();
  if (!picture.save(options_.screenshotFile)) {
    fail(tr("Cannot write the screenshot to %1").arg(options_.screenshotFile));
    return;
  }
  std::fprintf(stdout, "screenshot written to %s\n",
               qPrintable(QFileInfo(options_.screenshotFile).absoluteFilePath()));
  std::fflush(stdout);
  emit finished(0);
}

void ClientApp::fail(const QString& message) {
  screenshotPending_ = false;
  std::fprintf(stderr, "audientia-client: %s\n", qPrintable(message));
  emit finished(1);
}

}  // namespace audientia::gui
