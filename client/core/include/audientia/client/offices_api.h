#pragma once

// Office calls (OfficeService): the office tree, managed by admins. One part of ApiClient
// (api_client.h says how to create one, and its threads, deadlines and errors).

#include <string>
#include <vector>

#include "audientia/base/expected.h"
#include "audientia/v1/offices.pb.h"

namespace audientia::client {

class OfficesApi {
 public:
  virtual ~OfficesApi() = default;

  // parentId empty: a root office.
  virtual Expected<v1::Office> createOffice(const std::string& name,
                                            const std::string& parentId) = 0;
  // Every page.
  virtual Expected<std::vector<v1::Office>> listOffices() = 0;
  virtual Expected<v1::Office> renameOffice(const std::string& officeId,
                                            const std::string& name) = 0;
  virtual Expected<v1::Office> moveOffice(const std::string& officeId,
                                          const std::string& newParentId) = 0;
  // Deactivates (false) or reactivates (true).
  virtual Expected<v1::Office> setOfficeActive(const std::string& officeId, bool active) = 0;
};

}  // namespace audientia::client
