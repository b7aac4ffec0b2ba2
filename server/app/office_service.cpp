#include "app/office_service.h"

#include "app/access_policy.h"
#include "domain/rules.h"

namespace audientia::app {

Expected<domain::Office> OfficeService::create(const domain::User& caller,
                                               const domain::NewOffice& office) {
  AUDIENTIA_TRY_STATUS(domain::validateNewOffice(office));
  AUDIENTIA_TRY_STATUS(authorize(caller, Action::kCreateOffice, {}));
  if (office.parentId) {
    auto parent = offices_.get(*office.parentId);
    if (!parent) {
      if (isMissing(parent.error())) {
        return notFound("parent office " + *office.parentId + " does not exist");
      }
      return parent.error();
    }
  }
  return offices_.create(office);
}

Expected<domain::Page<domain::Office>> OfficeService::list(const domain::User& caller, int pageSize,
                                                           const std::string& pageToken) {
  AUDIENTIA_TRY(int limit, domain::effectivePageSize(pageSize));
  AUDIENTIA_TRY_STATUS(authorize(caller, Action::kListOffices, caller.officeId));
  if (caller.role == domain::Role::kAdmin) {
    return offices_.list(domain::PageRequest{limit, pageToken});
  }
  domain::Page<domain::Office> page;
  if (pageToken.empty()) {
    AUDIENTIA_TRY(domain::Office own, offices_.get(caller.officeId));
    page.items.push_back(std::move(own));
  }
  return page;
}

Expected<domain::Office> OfficeService::get(const domain::User& caller, const std::string& id) {
  AUDIENTIA_TRY_STATUS(domain::validateId("office_id", id));
  AUDIENTIA_TRY_STATUS(authorize(caller, Action::kListOffices, id));
  auto office = offices_.get(id);
  if (!office && isMissing(office.error())) {
    return notFound("office " + id + " does not exist");
  }
  return office;
}

}  // namespace audientia::app
