#include "viewmodels/account_view_model.h"

#include "viewmodels/admin_view_model.h"
#include "viewmodels/login_view_model.h"

namespace audientia::gui {

AccountViewModel::AccountViewModel(AccountApiService& api, QObject* parent)
    : QObject(parent), api_(api) {}

void AccountViewModel::changeOwnPassword(const QString& currentPassword, const QString& newPassword,
                                         const QString& confirmation) {
  if (busy_) return;
  if (currentPassword.isEmpty()) {
    emit passwordChangeFailed(tr("Enter your current password."));
    return;
  }
  if (const QString problem = validateNewPassword(newPassword, confirmation); !problem.isEmpty()) {
    emit passwordChangeFailed(problem);
    return;
  }
  if (newPassword == currentPassword) {
    emit passwordChangeFailed(tr("The new password is the same as the current one."));
    return;
  }
  setBusy(true);
  api_.changeOwnPassword(currentPassword.toStdString(), newPassword.toStdString(), this,
                         [this](Status status) {
                           setBusy(false);
                           if (!status) {
                             emit passwordChangeFailed(errorText(status.error()));
                             return;
                           }
                           emit passwordChanged();
                         });
}

void AccountViewModel::setBusy(bool busy) {
  if (busy_ == busy) return;
  busy_ = busy;
  emit busyChanged(busy_);
}

}  // namespace audientia::gui
