#include "app/hearing_service.h"

#include "app/access_policy.h"
#include "domain/rules.h"

namespace audientia::app {

Expected<domain::Hearing> HearingService::create(const domain::User& caller,
                                                 domain::NewHearing hearing) {
  AUDIENTIA_TRY_STATUS(domain::validateNewHearing(hearing));
  AUDIENTIA_TRY_STATUS(authorize(caller, Action::kCreateHearing, hearing.officeId));
  auto office = offices_.get(hearing.officeId);
  if (!office) {
    if (isMissing(office.error())) {
      return notFound("office " + hearing.officeId + " does not exist");
    }
    return office.error();
  }
  hearing.createdBy = caller.id;
  return hearings_.create(hearing);
}

Expected<domain::Hearing> HearingService::find(const domain::User& caller, const std::string& id,
                                               Action action) {
  AUDIENTIA_TRY_STATUS(domain::validateId("hearing_id", id));
  auto hearing = hearings_.get(id);
  if (!hearing) {
    if (isMissing(hearing.error())) {
      return notFound("hearing " + id + " does not exist");
    }
    return hearing.error();
  }
  AUDIENTIA_TRY_STATUS(authorize(caller, action, hearing->officeId));
  return hearing;
}

Expected<HearingWithRecordings> HearingService::get(const domain::User& caller,
                                                    const std::string& id) {
  AUDIENTIA_TRY(domain::Hearing hearing, find(caller, id, Action::kReadHearing));
  AUDIENTIA_TRY(auto recordings, recordings_.listByHearing(id));
  return HearingWithRecordings{std::move(hearing), std::move(recordings)};
}

Expected<domain::Page<domain::Hearing>> HearingService::list(const domain::User& caller,
                                                             const std::string& officeId,
                                                             int pageSize,
                                                             const std::string& pageToken) {
  AUDIENTIA_TRY(int limit, domain::effectivePageSize(pageSize));
  std::string scope = officeId;
  if (scope.empty() && caller.role != domain::Role::kAdmin) scope = caller.officeId;
  if (!scope.empty()) AUDIENTIA_TRY_STATUS(domain::validateId("office_id", scope));
  AUDIENTIA_TRY_STATUS(authorize(caller, Action::kListHearings, scope));
  return hearings_.list(scope, domain::PageRequest{limit, pageToken});
}

}  // namespace audientia::app
