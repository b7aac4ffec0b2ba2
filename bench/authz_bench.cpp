// Issue 3: the cost of a login (scrypt with the server's default parameters) and the cost the
// authorization policy adds to a call (look the method up in the policy table, check the role,
// check the object's office scope), as p50/p99 over many calls. Run by hand:
//   build/bin/bench_authz
// The session lookup that authenticates a call is one indexed SELECT by primary key and was
// there before the policy; the audit append is measured by bench_audit_verify. For context it
// also times a whole WhoAmI round trip (TLS, session, policy, handler, audit append) against a
// real audientia-server.

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

#include "app/identity/access_policy.h"
#include "app/identity/password_hasher.h"
#include "audientia/client/api_client.h"
#include "audientia/testing/server_process.h"

namespace {

using Clock = std::chrono::steady_clock;

double percentile(std::vector<double> values, double p) {
  std::sort(values.begin(), values.end());
  return values[static_cast<std::size_t>(p * static_cast<double>(values.size() - 1))];
}

// An office repository that answers get() from memory: the scope check of a kOwnOffice rule
// never calls it, a kSubtree rule walks at most the depth of the tree.
class NoOffices : public audientia::ports::OfficeRepository {
 public:
  audientia::Expected<audientia::domain::Office> create(
      const audientia::domain::NewOffice&) override {
    return audientia::internalError("unused");
  }
  audientia::Expected<audientia::domain::Office> get(const std::string& id) override {
    return audientia::notFound(id);
  }
  audientia::Expected<audientia::domain::Page<audientia::domain::Office>> list(
      const audientia::domain::PageRequest&) override {
    return audientia::domain::Page<audientia::domain::Office>{};
  }
  audientia::Expected<audientia::domain::Office> rename(const std::string&,
                                                        const std::string&) override {
    return audientia::internalError("unused");
  }
  audientia::Expected<audientia::domain::Office> setParent(const std::string&,
                                                           const std::string&) override {
    return audientia::internalError("unused");
  }
  audientia::Expected<audientia::domain::Office> setActive(const std::string&, bool) override {
    return audientia::internalError("unused");
  }
};

}  // namespace

int main() {
  using namespace audientia;
  app::PasswordHasher hasher;  // the server's default parameters
  auto hash = hasher.hash("a realistic passphrase");
  if (!hash) return 1;
  std::vector<double> loginMs;
  for (int i = 0; i < 10; ++i) {
    auto start = Clock::now();
    auto matches = hasher.verify("a realistic passphrase", *hash);
    loginMs.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    if (!matches || !*matches) return 1;
  }
  const auto params = hasher.params();
  std::printf("login (scrypt N=%llu r=%u p=%u verify): p50 %.1f ms, max %.1f ms over %zu\n",
              static_cast<unsigned long long>(params.n), params.r, params.p,
              percentile(loginMs, 0.5), percentile(loginMs, 1.0), loginMs.size());

  domain::User clerk{
      "5f0c1c9e-0000-4000-8000-000000000001", "clerk", "office-a", domain::Role::kClerk, false, {}};
  NoOffices offices;
  const char* method = "/audientia.v1.HearingService/GetHearing";
  constexpr int kCalls = 200000;
  std::vector<double> micros;
  micros.reserve(kCalls);
  int allowed = 0;
  for (int i = 0; i < kCalls; ++i) {
    auto start = Clock::now();
    const app::RpcRule* rule = app::findRule(method);
    bool ok = rule != nullptr && app::authorizeCall(clerk, *rule).has_value() &&
              app::authorizeObject(clerk, rule->action, "office-a", offices, "missing").has_value();
    micros.push_back(std::chrono::duration<double, std::micro>(Clock::now() - start).count());
    allowed += ok ? 1 : 0;
  }
  std::printf(
      "authorization of GetHearing (table lookup + role + office scope): p50 %.3f us, "
      "p99 %.3f us over %d calls (%d allowed)\n",
      percentile(micros, 0.5), percentile(micros, 0.99), kCalls, allowed);
  if (allowed != kCalls) return 1;

  auto server = testing::ServerProcess::start();
  if (!server) {
    std::fprintf(stderr, "starting the server: %s\n", server.error().toString().c_str());
    return 1;
  }
  auto api = client::ApiClient::create({(*server)->address(), (*server)->caFile(), {}, {}, {}});
  if (!api) return 1;
  client::IdentityApi& identity = **api;
  auto login = identity.login("admin", (*server)->adminPassword());
  if (!login) return 1;
  identity.setToken(login->token());
  std::vector<double> roundTrips;
  for (int i = 0; i < 500; ++i) {
    auto start = Clock::now();
    if (!identity.whoAmI()) return 1;
    roundTrips.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
  }
  std::printf(
      "WhoAmI round trip against a real server (TLS, session, policy, audit append): "
      "p50 %.2f ms, p99 %.2f ms over %zu\n",
      percentile(roundTrips, 0.5), percentile(roundTrips, 0.99), roundTrips.size());
  (*server)->stop();
  return 0;
}
