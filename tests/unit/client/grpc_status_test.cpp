#include "audientia/client/grpc_status.h"

#include <gtest/gtest.h>

#include <fstream>

#include "audientia/client/api_client.h"
#include "test_env.h"
#include "test_pki.h"

namespace audientia::client {
namespace {

TEST(GrpcStatus, EveryCodeKeepsItsNumberAndTheServerMessage) {
  for (int code = 1; code <= 16; ++code) {
    const auto grpcCode = static_cast<grpc::StatusCode>(code);
    const Error error = errorFromGrpcStatus(grpc::Status(grpcCode, "the server said so"), "h:1");
    EXPECT_EQ(static_cast<int>(error.code()), code);
    EXPECT_NE(error.message().find("the server said so"), std::string::npos) << error.message();
  }
  const Error notFound = errorFromGrpcStatus(
      grpc::Status(grpc::StatusCode::NOT_FOUND, "hearing 42 does not exist"), "h:1");
  EXPECT_EQ(notFound.toString(), "NOT_FOUND: hearing 42 does not exist");
}

TEST(GrpcStatus, UnavailableNamesTheServerAndWhatToCheck) {
  const Error error = errorFromGrpcStatus(
      grpc::Status(grpc::StatusCode::UNAVAILABLE, "failed to connect to all addresses"),
      "records.example:7443");
  EXPECT_EQ(error.code(), ErrorCode::kUnavailable);
  EXPECT_NE(error.message().find("records.example:7443"), std::string::npos);
  EXPECT_NE(error.message().find("running"), std::string::npos);
  EXPECT_NE(error.message().find("CA file"), std::string::npos);
  EXPECT_NE(error.message().find("failed to connect to all addresses"), std::string::npos);
}

// The server answered UNAVAILABLE itself (marked in the details): it is up, its database is not.
TEST(GrpcStatus, UnavailableFromTheServerItselfSaysWhatIsDown) {
  const Error database = errorFromGrpcStatus(
      grpc::Status(grpc::StatusCode::UNAVAILABLE,
                   "connecting to PostgreSQL: could not connect to server", kServerAnswerMark),
      "records.example:7443");
  EXPECT_EQ(database.code(), ErrorCode::kUnavailable);
  EXPECT_NE(database.message().find("records.example:7443 is running but its database is "
                                    "unavailable"),
            std::string::npos)
      << database.message();
  EXPECT_NE(database.message().find("could not connect to server"), std::string::npos);
  EXPECT_EQ(database.message().find("cannot reach"), std::string::npos) << database.message();

  const Error other = errorFromGrpcStatus(
      grpc::Status(grpc::StatusCode::UNAVAILABLE, "the media store is asleep", kServerAnswerMark),
      "h:1");
  EXPECT_NE(other.message().find("h:1 cannot serve this now (the media store is asleep)"),
            std::string::npos)
      << other.message();

  // Details that are not the mark are gRPC's own: the server could not be reached.
  const Error transport = errorFromGrpcStatus(
      grpc::Status(grpc::StatusCode::UNAVAILABLE, "connection reset", "something else"), "h:1");
  EXPECT_NE(transport.message().find("cannot reach"), std::string::npos) << transport.message();
}

TEST(GrpcStatus, UnknownCodesBecomeUnknown) {
  EXPECT_EQ(errorCodeFromGrpc(static_cast<grpc::StatusCode>(99)), ErrorCode::kUnknown);
  EXPECT_EQ(errorCodeFromGrpc(grpc::StatusCode::UNAUTHENTICATED), ErrorCode::kUnauthenticated);
  EXPECT_EQ(errorCodeFromGrpc(grpc::StatusCode::DATA_LOSS), ErrorCode::kDataLoss);
}

TEST(ApiClientCreate, MissingCaFile) {
  ConnectionOptions options;
  options.caFile = "/nonexistent/ca.pem";
  const auto client = ApiClient::create(options);
  ASSERT_FALSE(client.has_value());
  EXPECT_EQ(client.error().code(), ErrorCode::kNotFound);
  EXPECT_NE(client.error().message().find("/nonexistent/ca.pem"), std::string::npos);
}

TEST(ApiClientCreate, NoCaFile) {
  const auto client = ApiClient::create(ConnectionOptions{});
  ASSERT_FALSE(client.has_value());
  EXPECT_EQ(client.error().code(), ErrorCode::kInvalidArgument);
}

TEST(ApiClientCreate, CaFileThatIsNotPem) {
  testing::TempDir dir;
  const auto file = dir.path() / "ca.pem";
  std::ofstream(file)
      << "-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydA==\n-----END CERTIFICATE-----\n";
  ConnectionOptions options;
  options.caFile = file;
  const auto client = ApiClient::create(options);
  ASSERT_FALSE(client.has_value());
  EXPECT_EQ(client.error().code(), ErrorCode::kInvalidArgument);
  EXPECT_NE(client.error().message().find("PEM certificate"), std::string::npos);
}

TEST(ApiClientCreate, ValidCaMakesAClientWithoutNetwork) {
  testing::TempDir dir;
  const auto file = dir.path() / "ca.pem";
  std::ofstream(file) << testing::makeTestPki().caPem;
  ConnectionOptions options;
  options.caFile = file;
  options.token = "abc";
  const auto client = ApiClient::create(options);
  ASSERT_TRUE(client.has_value()) << client.error().toString();
  EXPECT_EQ((*client)->token(), "abc");
}

TEST(ApiClientCreate, ClosedPortIsUnavailableAndNamed) {
  testing::TempDir dir;
  const auto file = dir.path() / "ca.pem";
  std::ofstream(file) << testing::makeTestPki().caPem;
  ConnectionOptions options;
  options.server = "127.0.0.1:1";  // nothing listens on port 1
  options.caFile = file;
  options.token = "abc";
  auto client = ApiClient::create(options);
  ASSERT_TRUE(client.has_value());
  const auto me = (*client)->whoAmI();
  ASSERT_FALSE(me.has_value());
  EXPECT_EQ(me.error().code(), ErrorCode::kUnavailable);
  EXPECT_NE(me.error().message().find("127.0.0.1:1"), std::string::npos);
}

}  // namespace
}  // namespace audientia::client
