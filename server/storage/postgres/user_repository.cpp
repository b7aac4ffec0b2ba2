#include "pg_convert.h"
#include "pg_repositories.h"

namespace audientia::storage::postgres {

namespace {

constexpr const char* kColumns =
    "id, username, office_id, role, disabled, created_at, password_hash, failed_logins, "
    "locked_until";

domain::User userFromRow(const PgResult& r, int row) {
  domain::User u;
  u.id = r.text(row, 0);
  u.username = r.text(row, 1);
  u.officeId = r.text(row, 2);
  u.role = roleFromText(r.text(row, 3));
  u.disabled = r.boolean(row, 4);
  u.createdAt = fromPgTimestamp(r.text(row, 5));
  return u;
}

domain::UserCredentials credentialsFromRow(const PgResult& r, int row) {
  domain::UserCredentials c;
  c.user = userFromRow(r, row);
  c.passwordHash = r.text(row, 6);
  c.failedLogins = static_cast<int>(r.int64(row, 7));
  if (auto locked = r.optionalText(row, 8)) c.lockedUntil = fromPgTimestamp(*locked);
  return c;
}

Status requireOneRow(const PgResult& r, const std::string& userId) {
  if (r.affectedRows() == 0) return notFound("user " + userId + " does not exist");
  return ok();
}

}  // namespace

Expected<domain::User> PgUserRepository::create(const domain::NewUser& user) {
  const std::string role = roleToText(user.role);
  if (role.empty()) return invalidArgument("creating user " + user.username + ": role is not set");
  if (!isUuid(user.officeId)) {
    return invalidArgument("creating user " + user.username + ": office " + user.officeId +
                           " does not exist");
  }
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  AUDIENTIA_TRY(auto r, conn->exec(std::string("INSERT INTO users (username, office_id, role, "
                                               "password_hash) VALUES ($1, $2::uuid, $3, $4) "
                                               "RETURNING ") +
                                       kColumns,
                                   {user.username, user.officeId, role, user.passwordHash},
                                   "creating user " + user.username));
  return userFromRow(r, 0);
}

Expected<domain::User> PgUserRepository::get(const std::string& id) {
  const Error missing = notFound("user " + id + " does not exist");
  if (!isUuid(id)) return missing;
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  AUDIENTIA_TRY(auto r,
                conn->exec(std::string("SELECT ") + kColumns + " FROM users WHERE id = $1::uuid",
                           {id}, "reading user"));
  if (r.rows() == 0) return missing;
  return userFromRow(r, 0);
}

Expected<domain::UserCredentials> PgUserRepository::findByUsername(const std::string& username) {
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  AUDIENTIA_TRY(auto r,
                conn->exec(std::string("SELECT ") + kColumns + " FROM users WHERE username = $1",
                           {username}, "reading user"));
  if (r.rows() == 0) return notFound("user " + username + " does not exist");
  return credentialsFromRow(r, 0);
}

Status PgUserRepository::recordFailedLogin(const std::string& userId,
                                           std::optional<domain::Timestamp> lockedUntil) {
  if (!isUuid(userId)) return notFound("user " + userId + " does not exist");
  PgParam locked;
  if (lockedUntil) locked = toPgTimestamp(*lockedUntil);
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  AUDIENTIA_TRY(auto r, conn->exec("UPDATE users SET failed_logins = failed_logins + 1, "
                                   "locked_until = $2::timestamptz WHERE id = $1::uuid",
                                   {userId, locked}, "recording a failed login"));
  return requireOneRow(r, userId);
}

Status PgUserRepository::recordSuccessfulLogin(const std::string& userId) {
  if (!isUuid(userId)) return notFound("user " + userId + " does not exist");
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  AUDIENTIA_TRY(auto r, conn->exec("UPDATE users SET failed_logins = 0, locked_until = NULL "
                                   "WHERE id = $1::uuid",
                                   {userId}, "recording a successful login"));
  return requireOneRow(r, userId);
}

Expected<std::int64_t> PgUserRepository::count() {
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  AUDIENTIA_TRY(auto r, conn->exec("SELECT count(*) FROM users", {}, "counting users"));
  return r.int64(0, 0);
}

namespace {

Expected<domain::User> updateUser(PgPool& pool, const std::string& id, const std::string& set,
                                  PgParams params, const std::string& what) {
  if (!isUuid(id)) return notFound("user " + id + " does not exist");
  params.insert(params.begin(), id);
  AUDIENTIA_TRY(auto conn, pool.acquire());
  AUDIENTIA_TRY(auto r,
                conn->exec("UPDATE users SET " + set + " WHERE id = $1::uuid RETURNING " + kColumns,
                           params, what + " user " + id));
  if (r.rows() == 0) return notFound("user " + id + " does not exist");
  return userFromRow(r, 0);
}

}  // namespace

Expected<domain::Page<domain::User>> PgUserRepository::list(
    const std::vector<std::string>& officeIds, const domain::PageRequest& page) {
  std::string array = "{";
  for (const auto& id : officeIds) {
    if (!isUuid(id)) continue;
    if (array.size() > 1) array += ',';
    array += id;
  }
  array += '}';
  const int limit = clampPageLimit(page.limit);
  PgParams params{std::to_string(limit + 1), array};
  std::string sql =
      std::string("SELECT ") + kColumns + " FROM users WHERE office_id = ANY($2::uuid[]) ";
  if (!page.pageToken.empty()) {
    AUDIENTIA_TRY(auto pos, decodePageToken(page.pageToken));
    sql +=
        "AND (created_at, id) > ('epoch'::timestamptz + $3::bigint * interval '1 microsecond',"
        " $4::uuid) ";
    params.emplace_back(std::to_string(pos.createdAtMicros));
    params.emplace_back(pos.id);
  }
  sql += "ORDER BY created_at, id LIMIT $1::int";
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  AUDIENTIA_TRY(auto r, conn->exec(sql, params, "listing users"));
  domain::Page<domain::User> out;
  for (int row = 0; row < r.rows() && row < limit; ++row) out.items.push_back(userFromRow(r, row));
  if (r.rows() > limit) {
    const auto& last = out.items.back();
    out.nextPageToken = encodePageToken({toMicros(last.createdAt), last.id});
  }
  return out;
}

Expected<domain::User> PgUserRepository::setDisabled(const std::string& id, bool disabled) {
  return updateUser(pool_, id, "disabled = $2::boolean", {disabled ? "true" : "false"},
                    disabled ? "disabling" : "enabling");
}

Expected<domain::User> PgUserRepository::setPasswordHash(const std::string& id,
                                                         const std::string& passwordHash) {
  return updateUser(pool_, id, "password_hash = $2, failed_logins = 0, locked_until = NULL",
                    {passwordHash}, "setting the password of");
}

Expected<domain::User> PgUserRepository::setRole(const std::string& id, domain::Role role) {
  const std::string text = roleToText(role);
  if (text.empty()) return invalidArgument("role is not set");
  return updateUser(pool_, id, "role = $2", {text}, "changing the role of");
}

}  // namespace audientia::storage::postgres
