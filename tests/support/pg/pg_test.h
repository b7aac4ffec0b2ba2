#pragma once

// A throwaway PostgreSQL for a test binary.
//
// The first PgTest to run starts one cluster for the whole binary (EmbeddedPostgres with
// fsync off, in a fresh temporary directory made traversable (0755) for the postgres user);
// a gtest Environment stops it and removes the directory when the tests end. Every test gets
// a fresh database of its own (CREATE DATABASE test_N).
//
// PostgreSQL binaries missing: the test is skipped, except under CI=true where it fails.

#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <string>

#include "embedded_postgres.h"
#include "pg_pool.h"
#include "postgres_storage.h"

namespace audientia::testing {

class PgTest : public ::testing::Test {
 protected:
  void SetUp() override;

  // libpq conninfo of this test's own database.
  const std::string& connectionString() const { return connectionString_; }
  const std::string& databaseName() const { return databaseName_; }
  // The shared cluster and the temporary root it lives in (0755; make scratch dirs here).
  static embedded::EmbeddedPostgres& cluster();
  static const std::filesystem::path& tempRoot();
  // A new empty directory under tempRoot(), traversable by the postgres user.
  static std::filesystem::path makeScratchDir(const std::string& prefix);

  // PostgresStorage on this test's database, migrated. Fails the test on error.
  std::unique_ptr<storage::postgres::PostgresStorage> openMigratedStorage();
  // The schema as it stood at `version`: the compiled migrations 1..version applied on pool,
  // for a migration test to fill it with rows of that time before migrating the rest.
  static ::testing::AssertionResult migrateUpTo(storage::postgres::PgPool& pool, int version);

 private:
  std::string connectionString_;
  std::string databaseName_;
};

}  // namespace audientia::testing
