#pragma once

#include <string>

#include "app/identity/access_policy.h"
#include "audientia/base/expected.h"
#include "domain/annotations.h"
#include "ports/annotation_repositories.h"
#include "ports/repositories.h"

namespace audientia::app {

// Search over hearings and annotations within the caller's scope: the offices searched are
// those of the requested office's subtree (the caller's office when none is given) that the
// access policy lets the caller read; an office outside the scope is reported as missing.
class SearchService {
 public:
  SearchService(ports::OfficeRepository& offices, ports::SearchRepository& search)
      : offices_(offices), search_(search) {}

  // query.officeIds is ignored: officeId (may be empty) says where to search.
  Expected<domain::SearchPage> search(const domain::User& caller, const std::string& officeId,
                                      domain::SearchQuery query);

 private:
  ports::OfficeRepository& offices_;
  ports::SearchRepository& search_;
};

}  // namespace audientia::app
