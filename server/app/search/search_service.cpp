#include "app/search/search_service.h"

#include "domain/annotation_rules.h"
#include "domain/rules.h"

namespace audientia::app {

Expected<domain::SearchPage> SearchService::search(const domain::User& caller,
                                                   const std::string& officeId,
                                                   domain::SearchQuery query) {
  AUDIENTIA_TRY_STATUS(authorizeCall(caller, ruleFor(Action::kSearch)));
  AUDIENTIA_TRY_STATUS(domain::validateSearchQuery(query));
  if (query.limit < 0 || query.limit > domain::kMaxSearchPageSize) {
    return invalidArgument("page_size: at most " + std::to_string(domain::kMaxSearchPageSize));
  }
  if (query.limit == 0) query.limit = domain::kDefaultSearchPageSize;
  const std::string root = officeId.empty() ? caller.officeId : officeId;
  AUDIENTIA_TRY_STATUS(domain::validateId("office_id", root));
  const std::string missing = "office " + root + " does not exist";
  AUDIENTIA_TRY(auto subtree, search_.officeSubtree(root));
  if (subtree.empty()) return notFound(missing);
  query.officeIds.clear();
  for (const auto& office : subtree) {
    AUDIENTIA_TRY(bool readable, inScope(caller, Action::kSearch, office, offices_));
    if (readable) query.officeIds.push_back(office);
  }
  // Nothing readable under the office asked for: the same answer as for a missing office.
  if (query.officeIds.empty()) return notFound(missing);
  return search_.search(query);
}

}  // namespace audientia::app
