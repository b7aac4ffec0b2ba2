// The login dialog: the workstation certificate and key next to the CA, filled from the
// defaults, and a form that says what is wrong before anything is sent (the view model refuses
// a certificate without its key; UnreachableApi fails the test if a call is made).

#include "views/login_dialog.h"

#include <gtest/gtest.h>

#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>

#include "fake_api_service.h"
#include "viewmodels/login_view_model.h"
#include "widget_pictures.h"

namespace audientia::gui {
namespace {

QLineEdit* fieldWithText(QWidget& parent, const QString& text) {
  for (auto* edit : parent.findChildren<QLineEdit*>()) {
    if (edit->text() == text) return edit;
  }
  return nullptr;
}

TEST(LoginDialog, OffersTheWorkstationCertificateAndRefusesItWithoutItsKey) {
  testing::UnreachableApi api;
  LoginViewModel viewModel(api);
  ConnectionDefaults defaults;
  defaults.server = QStringLiteral("parchet-iasi.example:7443");
  defaults.caFile = QStringLiteral("/etc/audientia/ca.pem");
  defaults.username = QStringLiteral("ion.popescu");
  defaults.certFile = QStringLiteral("/etc/audientia/desk-12.pem");
  defaults.keyFile = QStringLiteral("/etc/audientia/desk-12.key");
  LoginDialog dialog(viewModel, defaults, nullptr);
  dialog.show();

  QLineEdit* cert = fieldWithText(dialog, defaults.certFile);
  QLineEdit* key = fieldWithText(dialog, defaults.keyFile);
  ASSERT_NE(cert, nullptr) << "no field holds the default certificate";
  ASSERT_NE(key, nullptr) << "no field holds the default key";
  bool labelled = false;
  for (auto* label : dialog.findChildren<QLabel*>()) {
    if (label->buddy() == cert) labelled = label->text() == QStringLiteral("Client cer&tificate:");
  }
  EXPECT_TRUE(labelled) << "the certificate field has no label with a shortcut";
  testing::keepPicture(dialog, "client-login.png", testing::PictureSize::FitToContents);

  // Files that exist, so that only the missing key is wrong.
  QTemporaryDir files;
  ASSERT_TRUE(files.isValid());
  for (const char* name : {"ca.pem", "desk-12.pem"}) {
    QFile file(files.filePath(QLatin1String(name)));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
  }
  fieldWithText(dialog, defaults.caFile)->setText(files.filePath(QStringLiteral("ca.pem")));
  cert->setText(files.filePath(QStringLiteral("desk-12.pem")));
  key->clear();
  auto* password = dialog.findChildren<QLineEdit*>().last();
  password->setText(QStringLiteral("a passphrase"));
  dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
  bool shown = false;
  for (auto* label : dialog.findChildren<QLabel*>()) {
    shown =
        shown || (label->isVisible() &&
                  label->text().startsWith(QStringLiteral("Choose both the client certificate")));
  }
  EXPECT_TRUE(shown) << "the form did not say that the key is missing";
  testing::keepPicture(dialog, "client-login-refused.png", testing::PictureSize::FitToContents);
  EXPECT_FALSE(viewModel.isBusy());
}

}  // namespace
}  // namespace audientia::gui
