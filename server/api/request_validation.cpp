#include "api/request_validation.h"

#include <google/protobuf/descriptor.h>

#include <string>

#include "api/request_rules.h"
#include "domain/rules.h"

namespace audientia::api {
namespace {

using google::protobuf::FieldDescriptor;
using google::protobuf::Message;
using google::protobuf::Reflection;

Error invalid(const std::string& path, const std::string& what) {
  return invalidArgument(path + ": " + what);
}

const FieldRule* ruleOf(const RequestRules& rules, std::string_view path) {
  for (const auto& rule : rules.fields) {
    if (rule.field == path) return &rule;
  }
  return nullptr;
}

bool isControl(unsigned char c, bool allowLineBreaks) {
  if (allowLineBreaks && (c == '\t' || c == '\n' || c == '\r')) return false;
  return c < 0x20 || c == 0x7f;
}

Status checkText(const std::string& path, const std::string& value, const FieldRule* rule,
                 bool isBytesField) {
  if (isBytesField) {
    if (rule != nullptr && rule->max > 0 && static_cast<std::int64_t>(value.size()) > rule->max) {
      return invalid(path, "at most " + std::to_string(rule->max) + " bytes");
    }
    return ok();
  }
  const auto chars = domain::utf8Length(value);
  if (!chars) return invalid(path, "not valid UTF-8");
  if (value.find('\0') != std::string::npos) return invalid(path, "contains a NUL byte");
  if (rule == nullptr) return ok();
  const auto bytes = static_cast<std::int64_t>(value.size());
  switch (rule->check) {
    case FieldCheck::kId:
    case FieldCheck::kToken:
      for (unsigned char c : value) {
        if (c <= 0x20 || c >= 0x7f) return invalid(path, "only printable ASCII is allowed");
      }
      if (bytes > rule->max)
        return invalid(path, "at most " + std::to_string(rule->max) + " characters");
      return ok();
    case FieldCheck::kName:
    case FieldCheck::kText:
      for (unsigned char c : value) {
        if (isControl(c, rule->check == FieldCheck::kText)) {
          return invalid(path, "contains a control character");
        }
      }
      if (static_cast<std::int64_t>(*chars) > rule->max) {
        return invalid(path, "at most " + std::to_string(rule->max) + " characters");
      }
      return ok();
    case FieldCheck::kFileName:
      for (unsigned char c : value) {
        if (isControl(c, false)) return invalid(path, "contains a control character");
      }
      if (bytes > rule->max)
        return invalid(path, "at most " + std::to_string(rule->max) + " bytes");
      return ok();
    case FieldCheck::kSecret:
      if (bytes > rule->max)
        return invalid(path, "at most " + std::to_string(rule->max) + " bytes");
      return ok();
    default:
      return ok();
  }
}

Status checkMessage(const Message& message, const RequestRules& rules, const std::string& prefix,
                    const std::string& displayPrefix);

Status checkField(const Message& message, const FieldDescriptor& field, const RequestRules& rules,
                  const std::string& rulePath, const std::string& path, int index) {
  const Reflection& reflection = *message.GetReflection();
  const FieldRule* rule = ruleOf(rules, rulePath);
  std::string scratch;
  switch (field.cpp_type()) {
    case FieldDescriptor::CPPTYPE_STRING: {
      const std::string& value =
          index < 0 ? reflection.GetStringReference(message, &field, &scratch)
                    : reflection.GetRepeatedStringReference(message, &field, index, &scratch);
      if (rule != nullptr && rule->required && value.empty())
        return invalidArgument(path + " is required");
      return checkText(path, value, rule, field.type() == FieldDescriptor::TYPE_BYTES);
    }
    case FieldDescriptor::CPPTYPE_ENUM: {
      const int value = index < 0 ? reflection.GetEnumValue(message, &field)
                                  : reflection.GetRepeatedEnumValue(message, &field, index);
      if (field.enum_type()->FindValueByNumber(value) == nullptr) {
        return invalid(path, "unknown value " + std::to_string(value));
      }
      if (rule != nullptr && rule->required && value == 0)
        return invalidArgument(path + " is required");
      return ok();
    }
    case FieldDescriptor::CPPTYPE_INT32:
    case FieldDescriptor::CPPTYPE_INT64:
    case FieldDescriptor::CPPTYPE_UINT32: {
      std::int64_t value = 0;
      if (field.cpp_type() == FieldDescriptor::CPPTYPE_INT32) {
        value = index < 0 ? reflection.GetInt32(message, &field)
                          : reflection.GetRepeatedInt32(message, &field, index);
      } else if (field.cpp_type() == FieldDescriptor::CPPTYPE_INT64) {
        value = index < 0 ? reflection.GetInt64(message, &field)
                          : reflection.GetRepeatedInt64(message, &field, index);
      } else {
        value = index < 0 ? reflection.GetUInt32(message, &field)
                          : reflection.GetRepeatedUInt32(message, &field, index);
      }
      if (rule != nullptr && rule->check == FieldCheck::kNumber &&
          (value < rule->min || value > rule->max)) {
        return invalid(path, "must be between " + std::to_string(rule->min) + " and " +
                                 std::to_string(rule->max) + ", got " + std::to_string(value));
      }
      return ok();
    }
    case FieldDescriptor::CPPTYPE_MESSAGE: {
      const Message& nested = index < 0 ? reflection.GetMessage(message, &field)
                                        : reflection.GetRepeatedMessage(message, &field, index);
      return checkMessage(nested, rules, rulePath + ".", path + ".");
    }
    default:
      return ok();
  }
}

Status checkMessage(const Message& message, const RequestRules& rules, const std::string& prefix,
                    const std::string& displayPrefix) {
  const auto& descriptor = *message.GetDescriptor();
  const Reflection& reflection = *message.GetReflection();
  for (int i = 0; i < descriptor.field_count(); ++i) {
    const FieldDescriptor& field = *descriptor.field(i);
    const std::string rulePath = prefix + std::string(field.name());
    const std::string path = displayPrefix + std::string(field.name());
    if (field.is_repeated()) {
      const int size = reflection.FieldSize(message, &field);
      for (int k = 0; k < size; ++k) {
        AUDIENTIA_TRY_STATUS(
            checkField(message, field, rules, rulePath, path + "[" + std::to_string(k) + "]", k));
      }
      continue;
    }
    const bool present = field.has_presence() ? reflection.HasField(message, &field) : true;
    if (!present) {
      const FieldRule* rule = ruleOf(rules, rulePath);
      if (rule != nullptr && rule->required) return invalidArgument(path + " is required");
      continue;
    }
    AUDIENTIA_TRY_STATUS(checkField(message, field, rules, rulePath, path, -1));
  }
  return ok();
}

}  // namespace

Status validateRequest(std::string_view method, const Message& request) {
  const RequestRules* rules = requestRulesFor(method);
  if (rules == nullptr) {
    return internalError("no request rules for " + std::string(method));
  }
  return checkMessage(request, *rules, "", "");
}

}  // namespace audientia::api
