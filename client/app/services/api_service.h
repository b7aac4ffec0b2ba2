#pragma once

// Everything the view models need from the server, as asynchronous calls (async_call.h): one
// interface per area, each view model taking only its own (LoginViewModel: SessionApiService;
// HearingsViewModel: HearingsApiService and SessionApiService for logging out; AdminViewModel:
// AdminApiService; AccountViewModel: AccountApiService; SearchViewModel and the annotations:
// AnnotationsApiService; AuditViewModel: AuditApiService; KeepingViewModel: KeepingApiService).
// ApiService is all of them, for the one implementation (ApiClientService), the test doubles, and
// ClientApp, which makes the view models.

#include "services/account_api_service.h"
#include "services/admin_api_service.h"
#include "services/annotations_api_service.h"
#include "services/audit_api_service.h"
#include "services/hearings_api_service.h"
#include "services/keeping_api_service.h"
#include "services/session_api_service.h"

namespace audientia::gui {

class ApiService : public SessionApiService,
                   public HearingsApiService,
                   public AdminApiService,
                   public AccountApiService,
                   public AnnotationsApiService,
                   public AuditApiService,
                   public KeepingApiService {
 public:
  ~ApiService() override = default;
};

}  // namespace audientia::gui
