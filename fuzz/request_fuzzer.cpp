// Every request handler's validation path: bytes in, status out. The first byte picks an RPC of
// the API; the rest is parsed as its request message (as gRPC would) and, when it parses, checked
// against the request-validation table; a request that passes goes through the domain rules the
// handler applies next (hearings, offices, users, uploads) and the audit text bounding.

#include <google/protobuf/descriptor.h>
#include <google/protobuf/dynamic_message.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "api/proto_mapping.h"
#include "api/request_rules.h"
#include "api/request_validation.h"
#include "audientia/v1/auth.pb.h"
#include "audientia/v1/hearings.pb.h"
#include "audientia/v1/offices.pb.h"
#include "audientia/v1/recordings.pb.h"
#include "audientia/v1/users.pb.h"
#include "domain/audit_text.h"
#include "domain/rules.h"

namespace {

using namespace audientia;

struct Method {
  std::string name;
  const google::protobuf::Message* prototype;
};

const std::vector<Method>& methods() {
  static const std::vector<Method> all = [] {
    // Link the generated files in, so that the pool knows them.
    (void)v1::LoginRequest::descriptor();
    (void)v1::CreateHearingRequest::descriptor();
    (void)v1::CreateOfficeRequest::descriptor();
    (void)v1::CreateUploadRequest::descriptor();
    (void)v1::CreateUserRequest::descriptor();
    std::vector<Method> list;
    auto* pool = google::protobuf::DescriptorPool::generated_pool();
    auto* factory = google::protobuf::MessageFactory::generated_factory();
    for (const auto& rules : api::requestRules()) {
      const std::string method(rules.method);
      const auto slash = method.rfind('/');
      const std::string service = method.substr(1, slash - 1);
      const auto* descriptor = pool->FindServiceByName(service);
      if (descriptor == nullptr) continue;
      const auto* rpc = descriptor->FindMethodByName(method.substr(slash + 1));
      if (rpc == nullptr) continue;
      list.push_back({method, factory->GetPrototype(rpc->input_type())});
    }
    return list;
  }();
  return all;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const auto& all = methods();
  const Method& method = all[data[0] % all.size()];
  std::unique_ptr<google::protobuf::Message> request(method.prototype->New());
  if (!request->ParseFromArray(data + 1, static_cast<int>(size - 1))) return 0;
  const Status valid = api::validateRequest(method.name, *request);
  if (!valid) {
    // The refusal goes to the audit trail: its text must always be storable.
    (void)domain::auditText(valid.error().message(), 1024);
    return 0;
  }
  if (auto* hearing = dynamic_cast<v1::CreateHearingRequest*>(request.get())) {
    (void)domain::validateNewHearing(api::fromProto(*hearing));
  } else if (auto* office = dynamic_cast<v1::CreateOfficeRequest*>(request.get())) {
    (void)domain::validateNewOffice(api::fromProto(*office));
  } else if (auto* user = dynamic_cast<v1::CreateUserRequest*>(request.get())) {
    (void)domain::validateUsername(user->username());
    (void)domain::validatePassword(user->password());
  } else if (auto* upload = dynamic_cast<v1::CreateUploadRequest*>(request.get())) {
    (void)domain::validateFileName(upload->file_name());
    (void)domain::validateId("upload_id", upload->upload_id());
  } else if (auto* login = dynamic_cast<v1::LoginRequest*>(request.get())) {
    domain::NewAuditEvent event;
    event.actorUsername = login->username();
    event.officeId = login->username();
    (void)domain::writableAuditEvent(event);
  }
  return 0;
}
