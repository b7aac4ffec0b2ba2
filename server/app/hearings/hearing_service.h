#pragma once

#include <string>
#include <vector>

#include "app/identity/access_policy.h"
#include "audientia/base/expected.h"
#include "domain/entities.h"
#include "ports/repositories.h"

namespace audientia::app {

struct HearingWithRecordings {
  domain::Hearing hearing;
  std::vector<domain::Recording> recordings;
};

// Hearings: validated, scoped to offices by the access policy.
class HearingService {
 public:
  HearingService(ports::OfficeRepository& offices, ports::HearingRepository& hearings,
                 ports::RecordingRepository& recordings)
      : offices_(offices), hearings_(hearings), recordings_(recordings) {}

  // hearing.createdBy is set from the caller.
  Expected<domain::Hearing> create(const domain::User& caller, domain::NewHearing hearing);
  Expected<HearingWithRecordings> get(const domain::User& caller, const std::string& id);
  // officeId empty: the caller's office.
  Expected<domain::Page<domain::Hearing>> list(const domain::User& caller,
                                               const std::string& officeId, int pageSize,
                                               const std::string& pageToken);
  // The hearing if it exists and lies in the caller's scope for `action` (kNotFound otherwise,
  // with the same message); kPermissionDenied when the role may not do `action` at all.
  Expected<domain::Hearing> find(const domain::User& caller, const std::string& id, Action action);

 private:
  ports::OfficeRepository& offices_;
  ports::HearingRepository& hearings_;
  ports::RecordingRepository& recordings_;
};

}  // namespace audientia::app
