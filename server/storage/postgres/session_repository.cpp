#include "pg_convert.h"
#include "pg_repositories.h"

namespace audientia::storage::postgres {

namespace {
Error unknownSession() {
  return notFound("session does not exist or was revoked");
}
}  // namespace

Status PgSessionRepository::create(const std::string& tokenHash, const domain::Session& session) {
  if (!isUuid(session.userId)) {
    return invalidArgument("creating session: user " + session.userId + " does not exist");
  }
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  AUDIENTIA_TRY_STATUS(
      conn->exec("INSERT INTO sessions (token_hash, user_id, created_at, expires_at, last_seen_at) "
                 "VALUES ($1, $2::uuid, $3::timestamptz, $4::timestamptz, $5::timestamptz)",
                 {tokenHash, session.userId, toPgTimestamp(session.createdAt),
                  toPgTimestamp(session.expiresAt), toPgTimestamp(session.lastSeenAt)},
                 "creating session"));
  return ok();
}

Expected<domain::Session> PgSessionRepository::find(const std::string& tokenHash) {
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  AUDIENTIA_TRY(auto r, conn->exec("SELECT user_id, created_at, expires_at, last_seen_at "
                                   "FROM sessions WHERE token_hash = $1 AND revoked_at IS NULL",
                                   {tokenHash}, "reading session"));
  if (r.rows() == 0) return unknownSession();
  domain::Session s;
  s.userId = r.text(0, 0);
  s.createdAt = fromPgTimestamp(r.text(0, 1));
  s.expiresAt = fromPgTimestamp(r.text(0, 2));
  s.lastSeenAt = fromPgTimestamp(r.text(0, 3));
  return s;
}

Status PgSessionRepository::touch(const std::string& tokenHash, domain::Timestamp lastSeenAt) {
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  AUDIENTIA_TRY(auto r, conn->exec("UPDATE sessions SET last_seen_at = GREATEST(last_seen_at, "
                                   "$2::timestamptz) WHERE token_hash = $1 AND revoked_at IS NULL",
                                   {tokenHash, toPgTimestamp(lastSeenAt)}, "touching session"));
  if (r.affectedRows() == 0) return unknownSession();
  return ok();
}

Status PgSessionRepository::revoke(const std::string& tokenHash) {
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  // Revoking twice is fine; revoking an unknown token is kNotFound.
  AUDIENTIA_TRY(auto r, conn->exec("UPDATE sessions SET revoked_at = COALESCE(revoked_at, "
                                   "clock_timestamp()) WHERE token_hash = $1",
                                   {tokenHash}, "revoking session"));
  if (r.affectedRows() == 0) return unknownSession();
  return ok();
}

Status PgSessionRepository::revokeAllForUser(const std::string& userId,
                                             const std::string& exceptTokenHash) {
  if (!isUuid(userId)) return notFound("user " + userId + " does not exist");
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  AUDIENTIA_TRY_STATUS(
      conn->exec("UPDATE sessions SET revoked_at = clock_timestamp() "
                 "WHERE user_id = $1::uuid AND revoked_at IS NULL "
                 "AND token_hash <> $2",
                 {userId, exceptTokenHash}, "revoking the sessions of a user"));
  return ok();
}

}  // namespace audientia::storage::postgres
