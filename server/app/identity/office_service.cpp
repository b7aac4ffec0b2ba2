#include "app/identity/office_service.h"

#include <algorithm>
#include <map>

#include "app/identity/access_policy.h"
#include "domain/rules.h"

namespace audientia::app {
namespace {

std::string missingOffice(const std::string& id) {
  return "office " + id + " does not exist";
}

}  // namespace

Expected<std::vector<domain::Office>> OfficeService::all() {
  std::vector<domain::Office> offices;
  domain::PageRequest request{domain::kMaxPageSize, {}};
  do {
    AUDIENTIA_TRY(auto page, offices_.list(request));
    for (auto& office : page.items) offices.push_back(std::move(office));
    request.pageToken = page.nextPageToken;
  } while (!request.pageToken.empty());
  return offices;
}

Expected<std::vector<std::string>> OfficeService::subtreeIds(const std::string& officeId) {
  AUDIENTIA_TRY(auto offices, all());
  std::multimap<std::string, std::string> children;
  for (const auto& office : offices) {
    if (office.parentId) children.emplace(*office.parentId, office.id);
  }
  std::vector<std::string> ids{officeId};
  for (std::size_t i = 0; i < ids.size(); ++i) {
    auto [begin, end] = children.equal_range(ids[i]);
    for (auto it = begin; it != end; ++it) ids.push_back(it->second);
  }
  return ids;
}

Expected<domain::Office> OfficeService::create(const domain::User& caller,
                                               domain::NewOffice office) {
  AUDIENTIA_TRY_STATUS(domain::validateNewOffice(office));
  AUDIENTIA_TRY_STATUS(authorizeCall(caller, ruleFor(Action::kCreateOffice)));
  // Without a parent the office goes below the caller's own office: the tree has one root,
  // made by the bootstrap.
  if (!office.parentId) office.parentId = caller.officeId;
  AUDIENTIA_TRY_STATUS(domain::validateId("parent_id", *office.parentId));
  const std::string missing = "parent office " + *office.parentId + " does not exist";
  AUDIENTIA_TRY_STATUS(
      authorizeObject(caller, Action::kCreateOffice, *office.parentId, offices_, missing));
  AUDIENTIA_TRY(domain::Office parent, offices_.get(*office.parentId));
  if (!parent.active) {
    return Error(ErrorCode::kFailedPrecondition,
                 "office " + parent.name + " is deactivated: no offices can be added below it");
  }
  return offices_.create(office);
}

Expected<domain::Page<domain::Office>> OfficeService::list(const domain::User& caller, int pageSize,
                                                           const std::string& pageToken) {
  AUDIENTIA_TRY(int limit, domain::effectivePageSize(pageSize));
  AUDIENTIA_TRY_STATUS(authorizeCall(caller, ruleFor(Action::kListOffices)));
  // The page token is the index of the next office in the subtree (offices are few).
  std::size_t start = 0;
  if (!pageToken.empty()) {
    try {
      start = std::stoul(pageToken);
    } catch (const std::exception&) {
      return invalidArgument("page_token is not a token this server issued");
    }
  }
  AUDIENTIA_TRY(auto ids, subtreeIds(caller.officeId));
  AUDIENTIA_TRY(auto offices, all());
  std::vector<domain::Office> visible;
  for (auto& office : offices) {
    if (std::find(ids.begin(), ids.end(), office.id) != ids.end()) {
      visible.push_back(std::move(office));
    }
  }
  domain::Page<domain::Office> page;
  for (std::size_t i = start; i < visible.size() && std::ssize(page.items) < limit; ++i) {
    page.items.push_back(visible[i]);
  }
  if (start + page.items.size() < visible.size()) {
    page.nextPageToken = std::to_string(start + page.items.size());
  }
  return page;
}

Expected<domain::Office> OfficeService::own(const domain::User& caller) {
  return offices_.get(caller.officeId);
}

Expected<domain::Office> OfficeService::rename(const domain::User& caller, const std::string& id,
                                               const std::string& name) {
  AUDIENTIA_TRY_STATUS(domain::validateId("office_id", id));
  AUDIENTIA_TRY_STATUS(domain::validateNewOffice(domain::NewOffice{name, std::nullopt}));
  AUDIENTIA_TRY_STATUS(
      authorizeObject(caller, Action::kRenameOffice, id, offices_, missingOffice(id)));
  return offices_.rename(id, name);
}

Expected<domain::Office> OfficeService::move(const domain::User& caller, const std::string& id,
                                             const std::string& newParentId) {
  AUDIENTIA_TRY_STATUS(domain::validateId("office_id", id));
  AUDIENTIA_TRY_STATUS(domain::validateId("new_parent_id", newParentId));
  AUDIENTIA_TRY_STATUS(
      authorizeObject(caller, Action::kMoveOffice, id, offices_, missingOffice(id)));
  AUDIENTIA_TRY_STATUS(authorizeObject(caller, Action::kMoveOffice, newParentId, offices_,
                                       missingOffice(newParentId)));
  if (id == caller.officeId) {
    return Error(ErrorCode::kFailedPrecondition,
                 "office " + id + " is the caller's own office: it cannot be moved by them");
  }
  AUDIENTIA_TRY(auto below, subtreeIds(id));
  if (std::find(below.begin(), below.end(), newParentId) != below.end()) {
    return Error(ErrorCode::kFailedPrecondition, "office " + id + " cannot be moved under " +
                                                     newParentId + ", which is in its own subtree");
  }
  return offices_.setParent(id, newParentId);
}

Expected<domain::Office> OfficeService::setActive(const domain::User& caller, const std::string& id,
                                                  bool active) {
  AUDIENTIA_TRY_STATUS(domain::validateId("office_id", id));
  Action action = active ? Action::kReactivateOffice : Action::kDeactivateOffice;
  AUDIENTIA_TRY_STATUS(authorizeObject(caller, action, id, offices_, missingOffice(id)));
  if (!active && id == caller.officeId) {
    return Error(ErrorCode::kFailedPrecondition,
                 "office " + id + " is the caller's own office: it cannot be deactivated by them");
  }
  return offices_.setActive(id, active);
}

}  // namespace audientia::app
