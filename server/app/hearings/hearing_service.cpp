#include "app/hearings/hearing_service.h"

#include "app/identity/access_policy.h"
#include "domain/rules.h"

namespace audientia::app {

Expected<domain::Hearing> HearingService::create(const domain::User& caller,
                                                 domain::NewHearing hearing) {
  AUDIENTIA_TRY_STATUS(domain::validateNewHearing(hearing));
  const std::string missing = "office " + hearing.officeId + " does not exist";
  AUDIENTIA_TRY_STATUS(
      authorizeObject(caller, Action::kCreateHearing, hearing.officeId, offices_, missing));
  auto office = offices_.get(hearing.officeId);
  if (!office) {
    if (isMissing(office.error())) return notFound(missing);
    return office.error();
  }
  if (!office->active) {
    return Error(ErrorCode::kFailedPrecondition,
                 "office " + office->name + " is deactivated: no new hearings can be added to it");
  }
  hearing.createdBy = caller.id;
  return hearings_.create(hearing);
}

Expected<domain::Hearing> HearingService::find(const domain::User& caller, const std::string& id,
                                               Action action) {
  AUDIENTIA_TRY_STATUS(domain::validateId("hearing_id", id));
  const std::string missing = "hearing " + id + " does not exist";
  AUDIENTIA_TRY_STATUS(authorizeCall(caller, ruleFor(action)));
  auto hearing = hearings_.get(id);
  if (!hearing) {
    if (isMissing(hearing.error())) return notFound(missing);
    return hearing.error();
  }
  AUDIENTIA_TRY_STATUS(authorizeObject(caller, action, hearing->officeId, offices_, missing));
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
  std::string scope = officeId.empty() ? caller.officeId : officeId;
  AUDIENTIA_TRY_STATUS(domain::validateId("office_id", scope));
  AUDIENTIA_TRY_STATUS(authorizeObject(caller, Action::kListHearings, scope, offices_,
                                       "office " + scope + " does not exist"));
  return hearings_.list(scope, domain::PageRequest{limit, pageToken});
}

}  // namespace audientia::app
