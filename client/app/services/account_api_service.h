#pragma once

// The logged-in user's own account, as asynchronous calls (async_call.h), for AccountViewModel.

#include <QObject>
#include <string>

#include "services/async_call.h"

namespace audientia::gui {

class AccountApiService {
 public:
  virtual ~AccountApiService() = default;

  // Any logged-in user, for themselves.
  virtual void changeOwnPassword(const std::string& currentPassword, const std::string& newPassword,
                                 QObject* context, Done<void> done) = 0;
};

}  // namespace audientia::gui
