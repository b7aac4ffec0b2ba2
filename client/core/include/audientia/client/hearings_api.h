#pragma once

// Hearing calls (HearingService). One part of ApiClient (api_client.h says how to create one,
// and its threads, deadlines and errors).

#include <string>
#include <vector>

#include "audientia/base/expected.h"
#include "audientia/v1/hearings.pb.h"

namespace audientia::client {

class HearingsApi {
 public:
  virtual ~HearingsApi() = default;

  virtual Expected<v1::Hearing> createHearing(const v1::CreateHearingRequest& request) = 0;
  // Every page; officeId empty: the caller's own office.
  virtual Expected<std::vector<v1::Hearing>> listHearings(const std::string& officeId) = 0;
  virtual Expected<v1::GetHearingResponse> getHearing(const std::string& hearingId) = 0;
};

}  // namespace audientia::client
