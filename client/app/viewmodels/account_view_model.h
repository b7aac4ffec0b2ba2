#pragma once

// The logged-in user's own account: changing their password (any role). The server revokes the
// user's other sessions; this one stays logged in.

#include <QObject>
#include <QString>

#include "services/account_api_service.h"

namespace audientia::gui {

class AccountViewModel : public QObject {
  Q_OBJECT

 public:
  explicit AccountViewModel(AccountApiService& api, QObject* parent = nullptr);

  // Checks the form (confirmation equal, new differs from current), then asks the server.
  void changeOwnPassword(const QString& currentPassword, const QString& newPassword,
                         const QString& confirmation);
  bool isBusy() const { return busy_; }

 signals:
  void busyChanged(bool busy);
  void passwordChanged();
  // The server's message (e.g. the password policy's) or what was wrong with the form.
  void passwordChangeFailed(const QString& message);

 private:
  void setBusy(bool busy);

  AccountApiService& api_;
  bool busy_ = false;
};

}  // namespace audientia::gui
