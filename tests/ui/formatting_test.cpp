// The words and numbers the client shows for API values.

#include "viewmodels/formatting.h"

#include <gtest/gtest.h>

#include "audientia/client/grpc_status.h"
#include "ui_test_support.h"
#include "viewmodels/login_view_model.h"
#include "viewmodels/user_role.h"

namespace audientia::gui {
namespace {

TEST(Formatting, DurationIsHoursMinutesSeconds) {
  EXPECT_EQ(durationText(0), "–");
  EXPECT_EQ(durationText(-5), "–");
  EXPECT_EQ(durationText(20000), "0:00:20");
  EXPECT_EQ(durationText(20499), "0:00:20");
  EXPECT_EQ(durationText(59500), "0:01:00");
  EXPECT_EQ(durationText(36000000 + 61000), "10:01:01");
}

TEST(Formatting, ClocksRunInSecondsOrTenthsForCutPoints) {
  const QLocale previous;
  QLocale::setDefault(QLocale(QLocale::English));
  EXPECT_EQ(QStringLiteral("0:00:06"), clockText(6'560));
  EXPECT_EQ(QStringLiteral("0:00:06.5"), preciseClockText(6'560));
  EXPECT_EQ(QStringLiteral("1:02:03.0"), preciseClockText(3'723'000));
  EXPECT_EQ(QStringLiteral("0:00:00.0"), preciseClockText(-5));
  QLocale::setDefault(QLocale(QLocale::Romanian));
  EXPECT_EQ(QStringLiteral("0:00:06,5"), preciseClockText(6'560));
  QLocale::setDefault(previous);
}

TEST(Formatting, ACaseNumberBecomesAPlainFileNameStem) {
  EXPECT_EQ(caseFileStem(QStringLiteral("808/P/2026"), QStringLiteral("hearing")),
            QStringLiteral("808-P-2026"));
  // Letters of any script are kept; separators and spaces are not.
  EXPECT_EQ(caseFileStem(QStringLiteral("Dosar 12 Ș"), QStringLiteral("hearing")),
            QStringLiteral("Dosar-12-Ș"));
  EXPECT_EQ(caseFileStem(QString(), QStringLiteral("clip")), QStringLiteral("clip"));
}

TEST(Formatting, SizeIsHumanReadable) {
  EXPECT_EQ(sizeText(0), "0 bytes");
  EXPECT_EQ(sizeText(1), "1 byte");
  EXPECT_EQ(sizeText(1023), "1,023 bytes");
  EXPECT_EQ(sizeText(1536), "1.5 KiB");
  EXPECT_EQ(sizeText(25 * 1024 * 1024), "25 MiB");
  EXPECT_EQ(sizeText(std::int64_t{5} * 1024 * 1024 * 1024 / 2), "2.5 GiB");
  EXPECT_EQ(exactSizeText(1234567), "1,234,567 bytes");
}

TEST(Formatting, EnumsReadAsWords) {
  EXPECT_EQ(kindName(v1::HEARING_KIND_DEFENDANT), "Defendant");
  EXPECT_EQ(kindName(v1::HEARING_KIND_UNSPECIFIED), "Unspecified");
  EXPECT_EQ(statusName(v1::HEARING_STATUS_CLOSED), "Closed");
  EXPECT_EQ(roleName(v1::ROLE_CLERK), "Clerk");
  EXPECT_EQ(codecName("h264"), "H.264");
  EXPECT_EQ(codecName("aac"), "AAC");
}

TEST(Formatting, UserRolesMatchTheApisRolesAndReadTheSame) {
  for (const v1::Role role : {v1::ROLE_UNSPECIFIED, v1::ROLE_ADMIN, v1::ROLE_PROSECUTOR,
                              v1::ROLE_CLERK, v1::ROLE_AUDITOR}) {
    EXPECT_EQ(protoRoleOf(userRoleOf(role)), role) << v1::Role_Name(role);
    EXPECT_EQ(roleName(userRoleOf(role)), roleName(role)) << v1::Role_Name(role);
  }
  EXPECT_EQ(userRoleOf(v1::ROLE_PROSECUTOR), UserRole::kProsecutor);
  EXPECT_EQ(roleName(UserRole::kAdmin), "Administrator");
}

TEST(Formatting, ParticipantsListRoleAndName) {
  v1::Hearing hearing;
  auto* first = hearing.add_participants();
  first->set_role("witness");
  first->set_name("Jane Roe");
  auto* second = hearing.add_participants();
  second->set_name("John Doe");
  EXPECT_EQ(participantsText(hearing), "Witness: Jane Roe; John Doe");
  EXPECT_EQ(participantRoleName("legal guardian"), "Legal guardian");
  EXPECT_EQ(participantRoleName("court usher"), "court usher");
}

TEST(LoginForm, ADatabaseOutageIsNotCalledAnUnreachableServer) {
  const Error down = client::errorFromGrpcStatus(
      grpc::Status(grpc::StatusCode::UNAVAILABLE, "connecting to PostgreSQL: no such socket",
                   client::kServerAnswerMark),
      "records.example:7443");
  const QString shown = errorText(down);
  EXPECT_TRUE(shown.contains("its database is unavailable")) << shown.toStdString();
  EXPECT_FALSE(shown.contains("cannot be reached")) << shown.toStdString();
  const Error unreachable = client::errorFromGrpcStatus(
      grpc::Status(grpc::StatusCode::UNAVAILABLE, "failed to connect to all addresses"),
      "records.example:7443");
  EXPECT_TRUE(errorText(unreachable).startsWith("The server cannot be reached"));
}

TEST(LoginForm, SaysWhatIsMissing) {
  EXPECT_EQ(validateLogin({"", "", "admin", "pw", "", ""}),
            "Enter the server address as HOST:PORT.");
  EXPECT_EQ(validateLogin({"h:1", "/nonexistent/ca.pem", "admin", "pw", "", ""}),
            "The CA file /nonexistent/ca.pem does not exist.");
  EXPECT_EQ(validateLogin({"h:1", "", " ", "pw", "", ""}), "Enter your user name.");
  EXPECT_EQ(validateLogin({"h:1", "", "admin", "", "", ""}), "Enter your password.");
  EXPECT_EQ(validateLogin({"h:1", "", "admin", "pw", "", ""}), "");
  // The workstation certificate: both files or neither, and they must exist.
  EXPECT_TRUE(validateLogin({"h:1", "", "admin", "pw", "/etc/hostname", ""})
                  .startsWith("Choose both the client certificate and its key, or neither"));
  EXPECT_TRUE(validateLogin({"h:1", "", "admin", "pw", "", "/etc/hostname"})
                  .startsWith("Choose both the client certificate and its key, or neither"));
  EXPECT_EQ(validateLogin({"h:1", "", "admin", "pw", "/nonexistent/desk.pem", "/etc/hostname"}),
            "The client certificate /nonexistent/desk.pem does not exist.");
  EXPECT_EQ(validateLogin({"h:1", "", "admin", "pw", "/etc/hostname", "/nonexistent/desk.key"}),
            "The client key /nonexistent/desk.key does not exist.");
  EXPECT_EQ(validateLogin({"h:1", "", "admin", "pw", "/etc/hostname", "/etc/hostname"}), "");
}

}  // namespace
}  // namespace audientia::gui
