#pragma once

// The audit trail, as asynchronous calls (async_call.h), for AuditViewModel (auditors): one page
// of events at a time, and the verification of the hash chain.

#include <QObject>

#include "audientia/v1/audit.pb.h"
#include "services/async_call.h"

namespace audientia::gui {

class AuditApiService {
 public:
  virtual ~AuditApiService() = default;

  // One page of events, oldest first; the next with request.page_token = next_page_token.
  virtual void listAuditEvents(const v1::ListAuditEventsRequest& request, QObject* context,
                               Done<v1::ListAuditEventsResponse> done) = 0;
  // Recomputes the whole chain on the server; names the first event that does not fit.
  virtual void verifyAuditChain(QObject* context, Done<v1::VerifyAuditChainResponse> done) = 0;
};

}  // namespace audientia::gui
