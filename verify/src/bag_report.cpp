// The verifier's report (bag_verifier.h): for people, and as one JSON document.

#include <nlohmann/json.hpp>

#include "audientia/verify/bag_verifier.h"

namespace audientia::verify {

bool BagReport::ok() const {
  if (checks.empty()) return false;
  for (const auto& check : checks) {
    if (!check.ok) return false;
  }
  return true;
}

std::string BagReport::firstFailure() const {
  for (const auto& check : checks) {
    if (!check.ok) return check.name + ": " + check.detail;
  }
  return {};
}

std::string reportText(const BagReport& report) {
  std::string out = "Evidence package " + report.path.string() + "\n";
  for (const auto& check : report.checks) {
    out += std::string(check.ok ? "  ok      " : "  FAILED  ") + check.name + ": " + check.detail +
           "\n";
  }
  out += report.ok() ? "INTACT AND SIGNED: every check passed.\n"
                     : "NOT INTACT: " + report.firstFailure() + "\n";
  return out;
}

std::string reportJson(const BagReport& report) {
  nlohmann::json checks = nlohmann::json::array();
  for (const auto& check : report.checks) {
    checks.push_back({{"check", check.name}, {"ok", check.ok}, {"detail", check.detail}});
  }
  nlohmann::json out = {{"path", report.path.string()}, {"ok", report.ok()}, {"checks", checks}};
  if (!report.ok()) out["first_failure"] = report.firstFailure();
  return out.dump(2) + "\n";
}

}  // namespace audientia::verify
