#pragma once

// Protobuf messages as JSON for `--json`: field names as in the .proto (snake_case), enums by
// their proto names ("ROLE_ADMIN"), 64-bit integers as JSON numbers (not strings, unlike
// protobuf's own JSON mapping, so that scripts can compare them), scalars always present
// (defaults included), unset sub-messages and unset oneof members left out.

#include <google/protobuf/message.h>

#include <nlohmann/json.hpp>

namespace audientia::cli {

nlohmann::json protoToJson(const google::protobuf::Message& message);

}  // namespace audientia::cli
