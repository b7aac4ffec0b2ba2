#pragma once

// Checks a request against its method's rules (request_rules.h) before the handler runs, and
// against what holds for every field whatever the table says: text is valid UTF-8 without NUL
// bytes (text reaches SQL, logs and the audit trail), enum values are known ones (an unknown
// value must not be read as UNSPECIFIED and served the default). kInvalidArgument naming the
// field in the API's spelling ("participants[1].name: contains a NUL byte").

#include <google/protobuf/message.h>

#include <string_view>

#include "audientia/base/expected.h"

namespace audientia::api {

// kInternal for a method without rules (the table test keeps that from happening).
Status validateRequest(std::string_view method, const google::protobuf::Message& request);

}  // namespace audientia::api
