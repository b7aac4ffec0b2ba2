#include "views/client_app.h"

#include <QApplication>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QPixmap>
#include <QSettings>
#include <QTimer>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <utility>

#include "audientia/client/api_client.h"
#include "services/api_service.h"
#include "services/capture_service.h"
#include "services/media_stream_server.h"
#include "viewmodels/account_view_model.h"
#include "viewmodels/admin_view_model.h"
#include "viewmodels/annotations_view_model.h"
#include "viewmodels/audit_view_model.h"
#include "viewmodels/capture_view_model.h"
#include "viewmodels/download_view_model.h"
#include "viewmodels/hearings_view_model.h"
#include "viewmodels/keeping_view_model.h"
#include "viewmodels/login_view_model.h"
#include "viewmodels/player_view_model.h"
#include "viewmodels/retention_view_model.h"
#include "viewmodels/search_view_model.h"
#include "viewmodels/uploads_view_model.h"
#include "views/hearing_details_widget.h"
#include "views/login_dialog.h"
#include "views/main_window.h"

Q_LOGGING_CATEGORY(lcApp, "audientia.client")

namespace audientia::gui {
namespace {

// Lets the window lay out and paint once more before it is grabbed.
constexpr int kScreenshotSettleMs = 300;
// The Uploads tab is pictured once the resumed uploads have shown some progress.
constexpr int kUploadsScreenshotSettleMs = 1500;

}  // namespace

ClientApp::ClientApp(ApiService& api, ClientOptions options, QObject* parent)
    : QObject(parent), api_(api), options_(std::move(options)) {
  login_ = new LoginViewModel(api_, this);
  hearings_ = new HearingsViewModel(api_, api_, this);
  admin_ = new AdminViewModel(api_, this);
  account_ = new AccountViewModel(api_, this);
  uploads_ = new UploadsViewModel(this);
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
  connect(uploads_, &UploadsViewModel::recordingUploaded, this, &ClientApp::onRecordingUploaded);
  connect(hearings_, &HearingsViewModel::hearingsLoaded, this, &ClientApp::updateHearingNames);
}

// The window goes first: its widgets show the view models' models.
ClientApp::~ClientApp() {
  window_.reset();
}

void ClientApp::start() {
  if (options_.password) {
    automatic_ = true;
    const ConnectionDefaults& c = options_.connection;
    login_->login({c.server, c.caFile, c.username, *options_.password, c.certFile, c.keyFile});
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
  const UserRole role = login_->role();
  // The next login (after logout) starts from this server and user.
  options_.connection.server = login_->server();
  options_.connection.username = login_->username();
  hearings_->setSession(session);
  const auto errors = screenshotPending_ ? MainWindow::ErrorDisplay::kStatusBarOnly
                                         : MainWindow::ErrorDisplay::kMessageBox;
  const bool isAdmin = role == UserRole::kAdmin;
  if (options_.adminTab && !isAdmin && screenshotPending_) {
    fail(tr("--tab admin: %1 is not an administrator").arg(login_->username()));
    return;
  }
  // Prosecutors record hearings; clerks only read them.
  const bool uploads = role == UserRole::kProsecutor;
  if (options_.uploadsTab && !uploads && screenshotPending_) {
    fail(tr("--tab uploads: %1 is not a prosecutor").arg(login_->username()));
    return;
  }
  if (options_.roomTab && !uploads && screenshotPending_) {
    fail(tr("--tab room: %1 is not a prosecutor").arg(login_->username()));
    return;
  }
  // The server lets only prosecutors and clerks read hearings (admins manage, auditors audit).
  const bool seesHearings = role == UserRole::kProsecutor || role == UserRole::kClerk;
  if (isAdmin) admin_->setSession(session);
  window_ = std::make_unique<MainWindow>(*hearings_, seesHearings, isAdmin ? admin_ : nullptr,
                                         uploads ? uploads_ : nullptr, *account_, errors, nullptr);
  connect(window_.get(), &MainWindow::logoutRequested, this, &ClientApp::logout);
  if (seesHearings) {
    if (search_ == nullptr) search_ = new SearchViewModel(api_, this);
    window_->addSearchTab(*search_);
    if (annotations_ == nullptr) annotations_ = new AnnotationsViewModel(api_, this);
    window_->addAnnotations(*annotations_);
    startPlayer();
  }
  if (isAdmin) {
    if (keeping_ == nullptr) keeping_ = new KeepingViewModel(api_, this);
    window_->addKeepingTab(*keeping_);
    if (retention_ == nullptr) retention_ = new RetentionViewModel(api_, api_, this);
    window_->addRetentionTab(*retention_);
  }
  const bool isAuditor = role == UserRole::kAuditor;
  if (isAuditor) {
    if (audit_ == nullptr) audit_ = new AuditViewModel(api_, this);
    window_->addAuditTab(*audit_);
    if (screenshotPending_) {
      connect(audit_, &AuditViewModel::stateChanged, this, [this](AuditState state) {
        if (state == AuditState::kDone) {
          QTimer::singleShot(kScreenshotSettleMs, this, &ClientApp::takeScreenshot);
        } else if (state == AuditState::kFailed && screenshotPending_) {
          fail(audit_->statusText());
        }
      });
    }
  }
  if (options_.searchTab) window_->showTab(MainWindow::Tab::kSearch);
  if (options_.auditTab) window_->showTab(MainWindow::Tab::kAudit);
  if (options_.adminTab) window_->showTab(MainWindow::Tab::kAdministration);
  if (options_.uploadsTab) window_->showTab(MainWindow::Tab::kUploads);
  hearingsLoaded_ = false;
  uploadsLoaded_ = false;
  if (uploads) startUploads();
  if (uploads) startCapture();
  window_->show();
  if (dialog_) dialog_->hide();
  if (seesHearings) hearings_->refresh();
  if (isAdmin) admin_->refresh();
  if (isAdmin) keeping_->refresh();
  if (isAdmin) retention_->refresh();
  if (isAuditor) audit_->apply();
  // Nothing to load: the picture can be taken at once.
  if (screenshotPending_ && !seesHearings && !isAdmin && !isAuditor) {
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

void ClientApp::logout() {
  // The uploads stop before the session ends (a revoked token would fail the running item);
  // what is unfinished stays pending for the next login.
  uploads_->clear();
  hearings_->logout();
}

void ClientApp::startUploads() {
  const std::string server = login_->server().toStdString();
  api_.sessionClient(this, [this, server](Expected<std::shared_ptr<client::ApiClient>> api) {
    if (!window_) return;  // logged out meanwhile
    if (!api) {
      emit uploads_->errorOccurred(tr("Uploads are not available: %1").arg(errorText(api.error())));
      return;
    }
    auto journal = client::UploadJournal::openDefault();
    if (!journal) {
      emit uploads_->errorOccurred(
          tr("Uploads are not available: %1").arg(errorText(journal.error())));
      return;
    }
    client::UploadEngineOptions engine;
    engine.maxBytesPerSecond = options_.uploadLimitBytesPerSecond;
    // The queue makes upload and recording calls; both go through the session's one client.
    std::shared_ptr<client::ApiClient> session = std::move(api).value();
    uploads_->setService(std::make_unique<UploadQueueService>(
        session, session, std::move(journal).value(), server, engine));
    connect(uploads_->service(), &UploadQueueService::localCopiesRemoved, uploads_,
            [this](const QStringList& dirs) {
              emit uploads_->statusMessage(
                  tr("%n verified recording(s) removed from this workstation (kept on the "
                     "server).",
                     nullptr, static_cast<int>(dirs.size())));
            });
    removeLocalCopies();
    updateHearingNames();
    uploadsLoaded_ = true;
    screenshotOfUploadsWhenReady();
  });
}

void ClientApp::updateHearingNames() {
  uploads_->setHearingNames(hearings_->hearingNames());
}

void ClientApp::onRecordingUploaded(const QString& hearingId) {
  // The hearing shown lists its new recording at once; others show it on their next load.
  if (hearingId == hearings_->selectedHearingId()) hearings_->selectHearing(hearingId);
  removeLocalCopies();
}

void ClientApp::removeLocalCopies() {
  if (uploads_->service() == nullptr) return;
  // Settings: [capture] keepDays (default 7; 0 removes a capture as soon as it is verified).
  const int days = std::max(0, QSettings().value(QStringLiteral("capture/keepDays"), 7).toInt());
  uploads_->service()->removeVerifiedCaptures(defaultCaptureRoot().toStdString(),
                                              std::chrono::hours(24 * days));
}

void ClientApp::screenshotOfUploadsWhenReady() {
  if (screenshotPending_ && options_.uploadsTab && hearingsLoaded_ && uploadsLoaded_) {
    QTimer::singleShot(kUploadsScreenshotSettleMs, this, &ClientApp::takeScreenshot);
  }
}

void ClientApp::onLoggedOut() {
  admin_->clear();
  showLoginDialog({});
  if (window_) {
    window_->hide();
    window_.release()->deleteLater();
  }
  // After the window that shows it.
  if (capture_ != nullptr) {
    capture_->deleteLater();
    capture_ = nullptr;
  }
  if (search_ != nullptr) {
    search_->deleteLater();
    search_ = nullptr;
  }
  if (audit_ != nullptr) {
    audit_->deleteLater();
    audit_ = nullptr;
  }
  if (keeping_ != nullptr) {
    keeping_->deleteLater();
    keeping_ = nullptr;
  }
  if (retention_ != nullptr) {
    retention_->deleteLater();
    retention_ = nullptr;
  }
  if (annotations_ != nullptr) {
    annotations_->deleteLater();
    annotations_ = nullptr;
  }
  if (player_ != nullptr) {
    player_->deleteLater();
    player_ = nullptr;
  }
  if (downloads_ != nullptr) {
    downloads_->deleteLater();
    downloads_ = nullptr;
  }
  if (streams_) streams_->setClient(nullptr);
  hearings_->thumbnails()->setClient(nullptr);
}

void ClientApp::startPlayer() {
  if (!streams_) streams_ = std::make_unique<MediaStreamServer>();
  if (player_ == nullptr) player_ = new PlayerViewModel(*streams_, this);
  if (downloads_ == nullptr) downloads_ = new DownloadViewModel(this);
  window_->addPlayer(*player_, annotations_, downloads_);
  window_->detailsWidget()->setDownloads(*downloads_);
  // All three read through the session's own client (its token, its connection).
  api_.sessionClient(this, [this](Expected<std::shared_ptr<client::ApiClient>> api) {
    if (!api) return;
    std::shared_ptr<client::ApiClient> session = std::move(api).value();
    if (streams_) streams_->setClient(session);
    if (downloads_ != nullptr) downloads_->setClient(session);
    hearings_->thumbnails()->setClient(session);
  });
}

void ClientApp::startCapture() {
  if (!captureService_) captureService_ = std::make_unique<CaptureService>();
  capture_ = new CaptureViewModel(*captureService_, api_, defaultCaptureRoot(), this);
  capture_->setOfficeId(QString::fromStdString(login_->session().user.office_id()));
  connect(capture_, &CaptureViewModel::captureStarted, uploads_,
          &UploadsViewModel::addCaptureFolder);
  window_->addCaptureTab(*capture_);
  if (options_.roomTab) window_->showTab(MainWindow::Tab::kHearingRoom);
  capture_->loadDevices();
  // A capture an earlier run left unsealed is offered for resuming (not while a picture is
  // taken: nobody is there to answer).
  if (!screenshotPending_) capture_->findInterrupted();
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
  hearingsLoaded_ = true;
  if (options_.uploadsTab) {
    screenshotOfUploadsWhenReady();
    return;
  }
  // With hearings, the window selects the first one; the screenshot waits for its details.
  if (screenshotPending_ && !screenshotOfAdmin() && count == 0) {
    QTimer::singleShot(kScreenshotSettleMs, this, &ClientApp::takeScreenshot);
  }
}

void ClientApp::onDetailsChanged() {
  if (screenshotPending_ && !screenshotOfAdmin() && !options_.uploadsTab && hearings_->details()) {
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
