// The server's database dies under it: the embedded cluster is killed with SIGKILL, or an
// external one (--database-url) is stopped. The server reports NOT_SERVING on gRPC health
// meanwhile, brings its own cluster back, reconnects to an external one once it answers, and
// audientiactl says that the server's database is unavailable, not that the server is.

#include <grpcpp/grpcpp.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/stat.h>

#include <chrono>
#include <fstream>
#include <string>
#include <thread>

#include "e2e_fixture.h"
#include "embedded_postgres.h"
#include "grpc/health/v1/health.grpc.pb.h"

namespace audientia::e2e {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;
using HealthStatus = grpc::health::v1::HealthCheckResponse::ServingStatus;

// UNKNOWN when the call itself failed.
HealthStatus health(const std::shared_ptr<grpc::Channel>& channel) {
  auto stub = grpc::health::v1::Health::NewStub(channel);
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() + 2s);
  grpc::health::v1::HealthCheckRequest request;
  grpc::health::v1::HealthCheckResponse response;
  if (!stub->Check(&context, request, &response).ok()) {
    return grpc::health::v1::HealthCheckResponse::UNKNOWN;
  }
  return response.status();
}

// Polls until `done` holds or `limit` passes; true when it held.
template <typename Predicate>
bool eventually(Predicate done, std::chrono::milliseconds limit,
                std::chrono::milliseconds every = 50ms) {
  const auto end = std::chrono::steady_clock::now() + limit;
  while (std::chrono::steady_clock::now() < end) {
    if (done()) return true;
    std::this_thread::sleep_for(every);
  }
  return done();
}

pid_t postmasterPid(const fs::path& pgDir) {
  std::ifstream in(pgDir / "data" / "postmaster.pid");
  long pid = -1;
  in >> pid;
  return in ? static_cast<pid_t>(pid) : -1;
}

class EmbeddedDatabaseFault : public EndToEndTest {};

TEST_F(EmbeddedDatabaseFault, AKilledClusterIsStartedAgainAndHealthSaysSoMeanwhile) {
  loginAsAdmin();
  ASSERT_EQ(ctl({"office", "create", "Before the fault"}).exitCode, 0);
  auto channel = tlsChannel();
  ASSERT_EQ(health(channel), grpc::health::v1::HealthCheckResponse::SERVING);

  const fs::path pgDir = server_->dataDir() / "postgres";
  const pid_t killed = postmasterPid(pgDir);
  ASSERT_GT(killed, 0);
  ASSERT_EQ(::kill(killed, SIGKILL), 0);

  bool sawNotServing = false;
  const bool back = eventually(
      [&] {
        if (health(channel) == grpc::health::v1::HealthCheckResponse::NOT_SERVING) {
          sawNotServing = true;
        }
        return server_->log().find("the database answers again") != std::string::npos;
      },
      60s, 20ms);
  ASSERT_TRUE(back) << server_->log();
  const std::string log = server_->log();
  EXPECT_NE(log.find("the database does not answer: health is NOT_SERVING"), std::string::npos)
      << log;
  EXPECT_NE(log.find("the embedded PostgreSQL does not answer: starting it again"),
            std::string::npos)
      << log;
  EXPECT_TRUE(sawNotServing) << "health never said NOT_SERVING while the database was down";
  EXPECT_EQ(health(channel), grpc::health::v1::HealthCheckResponse::SERVING);
  const pid_t restarted = postmasterPid(pgDir);
  EXPECT_GT(restarted, 0);
  EXPECT_NE(restarted, killed);

  // The session made before the fault still works, and so does everything else.
  const auto offices = ctl({"--json", "office", "list"});
  ASSERT_EQ(offices.exitCode, 0) << offices.err;
  EXPECT_NE(offices.out.find("Before the fault"), std::string::npos) << offices.out;
  EXPECT_EQ(ctl({"office", "create", "After the fault"}).exitCode, 0);
}

// An external PostgreSQL, made and stopped by the test.
class ExternalDatabaseFault : public EndToEndTest {
 protected:
  static void SetUpTestSuite() {
    auto dir = testing::makeTempDir("audientia-external-pg");
    ASSERT_TRUE(dir.has_value()) << dir.error().toString();
    root_ = *dir;
    // Traversable by the postgres user the cluster runs as when the tests run as root.
    ASSERT_EQ(::chmod(root_.c_str(), 0755), 0);
    ASSERT_NO_FATAL_FAILURE(startDatabase());
    startSuite({{}, {"--database-url", database_->connectionString()}});
  }
  static void TearDownTestSuite() {
    EndToEndTest::TearDownTestSuite();
    database_.reset();
    std::error_code ignored;
    fs::remove_all(root_, ignored);
  }
  static void startDatabase() {
    auto started = embedded::EmbeddedPostgres::start({root_ / "pg", "audientia", false});
    ASSERT_TRUE(started.has_value()) << started.error().toString();
    database_ = std::move(started).value();
  }

  static inline fs::path root_;
  static inline std::unique_ptr<embedded::EmbeddedPostgres> database_;
};

TEST_F(ExternalDatabaseFault, TheClientNamesTheDatabaseAndTheServerReconnectsWhenItIsBack) {
  loginAsAdmin();
  ASSERT_EQ(ctl({"office", "create", "Kept across the outage"}).exitCode, 0);
  auto channel = tlsChannel();
  ASSERT_EQ(health(channel), grpc::health::v1::HealthCheckResponse::SERVING);

  ASSERT_TRUE(database_->stop());
  EXPECT_TRUE(eventually(
      [&] { return health(channel) == grpc::health::v1::HealthCheckResponse::NOT_SERVING; }, 15s))
      << server_->log();

  // The server answered: the user is told its database is down, not that it cannot be reached.
  const auto refused = ctl({"office", "list"});
  EXPECT_NE(refused.exitCode, 0);
  EXPECT_NE(refused.err.find("is running but its database is unavailable"), std::string::npos)
      << refused.err;
  EXPECT_EQ(refused.err.find("cannot reach"), std::string::npos) << refused.err;

  ASSERT_NO_FATAL_FAILURE(startDatabase());
  EXPECT_TRUE(eventually(
      [&] { return health(channel) == grpc::health::v1::HealthCheckResponse::SERVING; }, 15s))
      << server_->log();
  const auto offices = ctl({"--json", "office", "list"});
  ASSERT_EQ(offices.exitCode, 0) << offices.err;
  EXPECT_NE(offices.out.find("Kept across the outage"), std::string::npos) << offices.out;
}

}  // namespace
}  // namespace audientia::e2e
