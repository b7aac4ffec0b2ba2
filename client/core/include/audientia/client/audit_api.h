#pragma once

// Audit calls (AuditService): the trail read a page at a time and its hash chain verified
// (auditors). One part of ApiClient (api_client.h says how to create one, and its threads,
// deadlines and errors).

#include "audientia/base/expected.h"
#include "audientia/v1/audit.pb.h"

namespace audientia::client {

class AuditApi {
 public:
  virtual ~AuditApi() = default;

  // One page of audit events.
  virtual Expected<v1::ListAuditEventsResponse> listAuditEvents(
      const v1::ListAuditEventsRequest& request) = 0;
  virtual Expected<v1::VerifyAuditChainResponse> verifyAuditChain() = 0;
};

}  // namespace audientia::client
