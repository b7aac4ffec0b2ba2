#pragma once

// The password policy: 12..1024 bytes (validatePassword in rules.h), must not contain the
// username (case-insensitively), and must not be one of the common passwords shipped in
// common_passwords.cpp (compared case-insensitively, also with trailing digits and symbols
// stripped, so that "Password1234!" counts as "password").

#include <span>
#include <string_view>

#include "audientia/base/expected.h"

namespace audientia::domain {

// kInvalidArgument naming `field` ("password", "new_password") and what is wrong.
Status checkPasswordPolicy(std::string_view field, std::string_view password,
                           std::string_view username);

// The built-in list, lower case.
std::span<const std::string_view> commonPasswords();

}  // namespace audientia::domain
