#pragma once

// Hearings, as asynchronous calls (async_call.h), for HearingsViewModel.

#include <QObject>
#include <string>
#include <vector>

#include "audientia/v1/hearings.pb.h"
#include "services/async_call.h"

namespace audientia::gui {

class HearingsApiService {
 public:
  virtual ~HearingsApiService() = default;

  // officeId empty: every office the user may see.
  virtual void listHearings(const std::string& officeId, QObject* context,
                            Done<std::vector<v1::Hearing>> done) = 0;
  virtual void getHearing(const std::string& hearingId, QObject* context,
                          Done<v1::GetHearingResponse> done) = 0;
  // A new hearing (prosecutors, in their own office: office_id empty means the caller's).
  virtual void createHearing(const v1::CreateHearingRequest& request, QObject* context,
                             Done<v1::Hearing> done) = 0;
};

}  // namespace audientia::gui
