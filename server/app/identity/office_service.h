#pragma once

#include <string>
#include <vector>

#include "audientia/base/expected.h"
#include "domain/entities.h"
#include "ports/repositories.h"

namespace audientia::app {

// Offices form a tree. Admins manage the offices of their own office's subtree (an admin of the
// root office: all of them); every user sees the offices of their own subtree. Offices outside
// the caller's scope read as missing (kNotFound).
class OfficeService {
 public:
  explicit OfficeService(ports::OfficeRepository& offices) : offices_(offices) {}

  // No parent: below the caller's own office.
  Expected<domain::Office> create(const domain::User& caller, domain::NewOffice office);
  // pageSize 0: the default page size. Only offices in the caller's subtree.
  Expected<domain::Page<domain::Office>> list(const domain::User& caller, int pageSize,
                                              const std::string& pageToken);
  // Without an authorization check: the caller's own office, for WhoAmI.
  Expected<domain::Office> own(const domain::User& caller);
  Expected<domain::Office> rename(const domain::User& caller, const std::string& id,
                                  const std::string& name);
  // kFailedPrecondition for a move into the office's own subtree or of a root office.
  Expected<domain::Office> move(const domain::User& caller, const std::string& id,
                                const std::string& newParentId);
  Expected<domain::Office> setActive(const domain::User& caller, const std::string& id,
                                     bool active);

  // Every office, in pages from the repository.
  Expected<std::vector<domain::Office>> all();
  // The ids of officeId and every office below it.
  Expected<std::vector<std::string>> subtreeIds(const std::string& officeId);

 private:
  ports::OfficeRepository& offices_;
};

}  // namespace audientia::app
