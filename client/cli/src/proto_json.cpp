#include "proto_json.h"

#include <google/protobuf/descriptor.h>

#include <string>

namespace audientia::cli {

namespace {

using google::protobuf::FieldDescriptor;
using google::protobuf::Message;
using google::protobuf::Reflection;

std::string base64(const std::string& data) {
  static constexpr char kAlphabet[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  std::size_t i = 0;
  for (; i + 2 < data.size(); i += 3) {
    const unsigned v = (static_cast<unsigned char>(data[i]) << 16) |
                       (static_cast<unsigned char>(data[i + 1]) << 8) |
                       static_cast<unsigned char>(data[i + 2]);
    out += {kAlphabet[(v >> 18) & 63], kAlphabet[(v >> 12) & 63], kAlphabet[(v >> 6) & 63],
            kAlphabet[v & 63]};
  }
  if (i + 1 == data.size()) {
    const unsigned v = static_cast<unsigned char>(data[i]) << 16;
    out += {kAlphabet[(v >> 18) & 63], kAlphabet[(v >> 12) & 63], '=', '='};
  } else if (i + 2 == data.size()) {
    const unsigned v = (static_cast<unsigned char>(data[i]) << 16) |
                       (static_cast<unsigned char>(data[i + 1]) << 8);
    out += {kAlphabet[(v >> 18) & 63], kAlphabet[(v >> 12) & 63], kAlphabet[(v >> 6) & 63], '='};
  }
  return out;
}

nlohmann::json enumJson(const FieldDescriptor& field, int number) {
  const auto* value = field.enum_type()->FindValueByNumber(number);
  if (value == nullptr) return number;  // a value this client does not know yet
  return value->name();
}

nlohmann::json singleValue(const Message& message, const Reflection& reflection,
                           const FieldDescriptor& field) {
  switch (field.cpp_type()) {
    case FieldDescriptor::CPPTYPE_INT32:
      return reflection.GetInt32(message, &field);
    case FieldDescriptor::CPPTYPE_INT64:
      return reflection.GetInt64(message, &field);
    case FieldDescriptor::CPPTYPE_UINT32:
      return reflection.GetUInt32(message, &field);
    case FieldDescriptor::CPPTYPE_UINT64:
      return reflection.GetUInt64(message, &field);
    case FieldDescriptor::CPPTYPE_DOUBLE:
      return reflection.GetDouble(message, &field);
    case FieldDescriptor::CPPTYPE_FLOAT:
      return reflection.GetFloat(message, &field);
    case FieldDescriptor::CPPTYPE_BOOL:
      return reflection.GetBool(message, &field);
    case FieldDescriptor::CPPTYPE_ENUM:
      return enumJson(field, reflection.GetEnumValue(message, &field));
    case FieldDescriptor::CPPTYPE_STRING: {
      std::string text = reflection.GetString(message, &field);
      if (field.type() == FieldDescriptor::TYPE_BYTES) return base64(text);
      return text;
    }
    case FieldDescriptor::CPPTYPE_MESSAGE:
      return protoToJson(reflection.GetMessage(message, &field));
  }
  return nullptr;
}

nlohmann::json repeatedValue(const Message& message, const Reflection& reflection,
                             const FieldDescriptor& field, int index) {
  switch (field.cpp_type()) {
    case FieldDescriptor::CPPTYPE_INT32:
      return reflection.GetRepeatedInt32(message, &field, index);
    case FieldDescriptor::CPPTYPE_INT64:
      return reflection.GetRepeatedInt64(message, &field, index);
    case FieldDescriptor::CPPTYPE_UINT32:
      return reflection.GetRepeatedUInt32(message, &field, index);
    case FieldDescriptor::CPPTYPE_UINT64:
      return reflection.GetRepeatedUInt64(message, &field, index);
    case FieldDescriptor::CPPTYPE_DOUBLE:
      return reflection.GetRepeatedDouble(message, &field, index);
    case FieldDescriptor::CPPTYPE_FLOAT:
      return reflection.GetRepeatedFloat(message, &field, index);
    case FieldDescriptor::CPPTYPE_BOOL:
      return reflection.GetRepeatedBool(message, &field, index);
    case FieldDescriptor::CPPTYPE_ENUM:
      return enumJson(field, reflection.GetRepeatedEnumValue(message, &field, index));
    case FieldDescriptor::CPPTYPE_STRING: {
      std::string text = reflection.GetRepeatedString(message, &field, index);
      if (field.type() == FieldDescriptor::TYPE_BYTES) return base64(text);
      return text;
    }
    case FieldDescriptor::CPPTYPE_MESSAGE:
      return protoToJson(reflection.GetRepeatedMessage(message, &field, index));
  }
  return nullptr;
}

}  // namespace

nlohmann::json protoToJson(const Message& message) {
  nlohmann::json object = nlohmann::json::object();
  const auto* descriptor = message.GetDescriptor();
  const auto* reflection = message.GetReflection();
  for (int i = 0; i < descriptor->field_count(); ++i) {
    const FieldDescriptor& field = *descriptor->field(i);
    if (field.is_repeated()) {
      nlohmann::json array = nlohmann::json::array();
      const int size = reflection->FieldSize(message, &field);
      for (int j = 0; j < size; ++j) array.push_back(repeatedValue(message, *reflection, field, j));
      object[field.name()] = std::move(array);
      continue;
    }
    const bool presenceMatters =
        field.cpp_type() == FieldDescriptor::CPPTYPE_MESSAGE || field.containing_oneof() != nullptr;
    if (presenceMatters && !reflection->HasField(message, &field)) continue;
    object[field.name()] = singleValue(message, *reflection, field);
  }
  return object;
}

}  // namespace audientia::cli
