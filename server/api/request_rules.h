#pragma once

// The request-validation table: for every RPC, the rule of each field of its request, checked
// before the handler runs (next to the policy table of app/identity/access_policy.h, which says
// who may call it). tests/unit/server/request_rules_test.cpp enumerates the API's descriptors:
// an RPC without an entry, or a request field without a rule, fails the build's tests.
//
// Whatever a rule says, every field also gets the checks that hold for all of them
// (request_validation.h): text is valid UTF-8 without NUL bytes, enum values are known.

#include <cstdint>
#include <string_view>
#include <vector>

namespace audientia::api {

enum class FieldCheck {
  kId,        // an object's id: printable ASCII, at most 64 bytes (a UUID in practice)
  kName,      // one line of text: no control characters; max = characters
  kText,      // free text (reasons): tabs and line breaks allowed; max = characters
  kFileName,  // a plain file name: one line, max = bytes (the domain checks the rest)
  kSecret,    // a password: any text but NUL; max = bytes
  kToken,     // a page token or digest: printable ASCII; max = bytes
  kEnum,      // a known value of the field's enum type (UNSPECIFIED unless required)
  kNumber,    // an integer in [min, max]
  kFlag,      // a bool
  kBytes,     // bytes; max = bytes
  kMessage,   // a nested message, whose fields have rules of their own ("parent.child")
};

struct FieldRule {
  std::string_view field;  // path from the request: "participants.name", "header.sha256"
  FieldCheck check = FieldCheck::kName;
  bool required = false;
  std::int64_t max = 0;
  std::int64_t min = 0;
};

struct RequestRules {
  std::string_view method;  // "/audientia.v1.HearingService/CreateHearing"
  std::vector<FieldRule> fields;
};

const std::vector<RequestRules>& requestRules();
// nullptr for a method not in the table.
const RequestRules* requestRulesFor(std::string_view method);

}  // namespace audientia::api
