#include "domain/password_policy.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "domain/rules.h"

namespace audientia::domain {
namespace {

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

bool isCommon(const std::string& candidate) {
  const auto list = commonPasswords();
  return std::find(list.begin(), list.end(), candidate) != list.end();
}

}  // namespace

Status checkPasswordPolicy(std::string_view field, std::string_view password,
                           std::string_view username) {
  const std::string name(field);
  if (password.empty()) return invalidArgument(name + " is required");
  if (password.size() < 12) return invalidArgument(name + ": at least 12 characters");
  if (password.size() > 1024) return invalidArgument(name + ": at most 1024 bytes");
  const std::string folded = lower(password);
  if (!username.empty() && folded.find(lower(username)) != std::string::npos) {
    return invalidArgument(name + " must not contain the username");
  }
  // "Password1234!" is "password" with a suffix: strip trailing digits and symbols too.
  std::string stem = folded;
  while (!stem.empty() && !std::isalpha(static_cast<unsigned char>(stem.back()))) stem.pop_back();
  if (isCommon(folded) || (!stem.empty() && isCommon(stem))) {
    return invalidArgument(name +
                           " is too common: choose one that is not on lists of "
                           "frequently used passwords");
  }
  return ok();
}

}  // namespace audientia::domain
