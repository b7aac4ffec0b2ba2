#pragma once

#include <string>

#include "audientia/base/expected.h"
#include "domain/entities.h"
#include "ports/repositories.h"

namespace audientia::app {

// Offices: admins create them and see them all; other users see their own office.
class OfficeService {
 public:
  explicit OfficeService(ports::OfficeRepository& offices) : offices_(offices) {}

  Expected<domain::Office> create(const domain::User& caller, const domain::NewOffice& office);
  // pageSize 0: the default page size.
  Expected<domain::Page<domain::Office>> list(const domain::User& caller, int pageSize,
                                              const std::string& pageToken);
  Expected<domain::Office> get(const domain::User& caller, const std::string& id);

 private:
  ports::OfficeRepository& offices_;
};

}  // namespace audientia::app
