// Search in the desktop client against the real audientia-server: the Search tab's view model
// through the real ApiClientService (diacritics ignored, an annotation found at its moment,
// another office's hearing never shown, filters, the empty box asking nothing), and the main
// window: typing in the Search tab, Enter on a hit opens the hearing on the Hearings tab with
// the recording of the annotation selected. In English, Romanian and Arabic (right to left),
// pictured into docs/screenshots when AUDIENTIA_SCREENSHOT_DIR is set. And the annotations of
// the hearing view: listed per recording, added, edited (a stale edit refused), deleted, with
// their history, and shown under the recording on the Hearings tab.

#include <gtest/gtest.h>

#include <QApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <filesystem>
#include <fstream>

#include "audientia/client/api_client.h"
#include "audientia/testing/server_process.h"
#include "audientia/testing/server_seed.h"
#include "services/api_client_service.h"
#include "services/language.h"
#include "ui_test_support.h"
#include "viewmodels/account_view_model.h"
#include "viewmodels/annotations_view_model.h"
#include "viewmodels/hearings_view_model.h"
#include "viewmodels/login_view_model.h"
#include "viewmodels/recording_list_model.h"
#include "viewmodels/search_view_model.h"
#include "views/annotations_panel.h"
#include "views/hearing_details_widget.h"
#include "views/main_window.h"
#include "views/search_widget.h"
#include "widget_pictures.h"

namespace audientia::gui {
namespace {

namespace fs = std::filesystem;
using audientia::gui::testing::waitUntil;
using audientia::testing::ServerProcess;

constexpr const char* kPassword = "Walnut-lantern-harbour-41";

struct SearchSeed {
  std::string hearingId;
  std::string recordingId;
  std::string otherOfficeHearingId;
};

class SearchServerTest : public ::testing::TestWithParam<const char*> {
 protected:
  static void SetUpTestSuite() {
    auto server = ServerProcess::start();
    if (!server) {
      setupError_ = "starting audientia-server: " + server.error().toString();
      return;
    }
    server_ = std::move(server).value().release();
    if (auto seeded = seed(); !seeded) {
      setupError_ = seeded.error().toString() + "\nserver log:\n" + server_->log();
    }
  }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }
  void SetUp() override { ASSERT_TRUE(setupError_.empty()) << setupError_; }
  void TearDown() override { installLanguage(*QCoreApplication::instance(), QStringLiteral("en")); }

  static Status seed() {
    AUDIENTIA_TRY(auto prosecutor,
                  audientia::testing::seedOfficeAndUser(*server_, "Parchetul Cluj", "procuror.cluj",
                                                        v1::ROLE_PROSECUTOR, kPassword));
    AUDIENTIA_TRY(auto other,
                  audientia::testing::seedOfficeAndUser(*server_, "Parchetul Iași", "procuror.iasi",
                                                        v1::ROLE_PROSECUTOR, kPassword));
    AUDIENTIA_TRY(auto admin, audientia::testing::signInAsAdmin(*server_));
    v1::CreateUserRequest clerk;
    clerk.set_username("grefier.cluj");
    clerk.set_office_id(prosecutor.office.id());
    clerk.set_role(v1::ROLE_CLERK);
    clerk.set_password(kPassword);
    AUDIENTIA_TRY_STATUS(admin.api->createUser(clerk));

    auto hearing = [](client::ApiClient& api, const std::string& office, const std::string& number,
                      const std::string& title, v1::HearingKind kind,
                      std::vector<std::pair<std::string, std::string>> people) {
      v1::CreateHearingRequest request;
      request.set_office_id(office);
      request.set_case_number(number);
      request.set_title(title);
      request.set_kind(kind);
      for (const auto& [role, name] : people) {
        auto* p = request.add_participants();
        p->set_role(role);
        p->set_name(name);
      }
      return api.createHearing(request);
    };
    AUDIENTIA_TRY(auto witness, hearing(*prosecutor.api, prosecutor.office.id(), "1234/P/2026",
                                        "Audierea martorului", v1::HEARING_KIND_WITNESS,
                                        {{"witness", "Ștefănescu Ion"}, {"lawyer", "Pop Ana"}}));
    AUDIENTIA_TRY_STATUS(hearing(*prosecutor.api, prosecutor.office.id(), "77/P/2025",
                                 "Furt calificat", v1::HEARING_KIND_SUSPECT,
                                 {{"suspect", "Popescu Maria"}}));
    AUDIENTIA_TRY(
        auto elsewhere,
        hearing(*other.api, other.office.id(), "555/P/2026", "Audierea lui Ștefănescu la Iași",
                v1::HEARING_KIND_WITNESS, {{"witness", "Ștefănescu Dan"}}));
    seed_.hearingId = witness.id();
    seed_.otherOfficeHearingId = elsewhere.id();

    const fs::path file = fs::temp_directory_path() / "audientia-search-notes.txt";
    std::ofstream(file) << "Procesul-verbal al audierii.\n";
    AUDIENTIA_TRY(auto recording, prosecutor.api->uploadRecording(witness.id(), file, {}));
    fs::remove(file);
    seed_.recordingId = recording.id();
    for (auto [at, kind, text] :
         {std::tuple{754'500, "exhibit", "Martorul a recunoscut cuțitul din fotografie"},
          std::tuple{812'000, "objection", "Avocatul obiectează la întrebare"}}) {
      v1::AddAnnotationRequest add;
      add.set_recording_id(recording.id());
      add.set_start_ms(at);
      add.set_kind(kind);
      add.set_text(text);
      AUDIENTIA_TRY_STATUS(prosecutor.api->addAnnotation(add));
    }
    return ok();
  }

  static LoginParams clerk() {
    return {QString::fromStdString(server_->address()),
            QString::fromStdString(server_->caFile().string()),
            QStringLiteral("grefier.cluj"),
            QString::fromLatin1(kPassword),
            {},
            {}};
  }

  // Logs in as the clerk of the Cluj office (through the ApiClientService of login).
  void loginClerk(LoginViewModel& login) {
    QSignalSpy loggedIn(&login, &LoginViewModel::loggedIn);
    login.login(clerk());
    ASSERT_TRUE(loggedIn.wait(30000) || !loggedIn.isEmpty());
  }

  static bool searched(SearchViewModel& search, const QString& text) {
    search.setQuery(text);
    search.search();
    return waitUntil([&] { return search.state() != SearchState::kSearching; });
  }

  static inline ServerProcess* server_ = nullptr;
  static inline std::string setupError_;
  static inline SearchSeed seed_;
};

TEST_F(SearchServerTest, FindsByNameWithoutDiacriticsAndAnnotationsAtTheirMoment) {
  ApiClientService api;
  LoginViewModel login(api);
  loginClerk(login);
  SearchViewModel search(api);
  auto* results = search.results();
  EXPECT_EQ(SearchState::kIdle, search.state());

  ASSERT_TRUE(searched(search, QStringLiteral("stefanescu")));
  ASSERT_EQ(SearchState::kDone, search.state()) << search.statusText().toStdString();
  ASSERT_EQ(1, results->rowCount());  // not the Iași hearing, though its text matches
  EXPECT_EQ(QStringLiteral("1234/P/2026"),
            results->index(0, SearchResultModel::kCaseColumn).data().toString());
  EXPECT_TRUE(results->index(0, SearchResultModel::kMatchColumn)
                  .data(SearchResultModel::MatchHtmlRole)
                  .toString()
                  .contains(QStringLiteral("<b>Ștefănescu</b>")));
  EXPECT_EQ(QStringLiteral("1 hit, best first."), search.statusText());

  ASSERT_TRUE(searched(search, QStringLiteral("CUTITUL")));
  ASSERT_EQ(1, results->rowCount());
  const QModelIndex hit = results->index(0, 0);
  EXPECT_EQ(QString::fromStdString(seed_.hearingId),
            hit.data(SearchResultModel::HearingIdRole).toString());
  EXPECT_EQ(QString::fromStdString(seed_.recordingId),
            hit.data(SearchResultModel::RecordingIdRole).toString());
  EXPECT_EQ(754'500, hit.data(SearchResultModel::AtMsRole).toLongLong());
  EXPECT_EQ(QStringLiteral("0:12:34"),
            results->index(0, SearchResultModel::kAtColumn).data().toString());

  // A part of a case number; a filter that excludes it; words that are nowhere.
  ASSERT_TRUE(searched(search, QStringLiteral("34/p/20")));
  ASSERT_EQ(1, results->rowCount());
  search.setKind(v1::HEARING_KIND_SUSPECT);
  ASSERT_TRUE(waitUntil([&] { return search.state() != SearchState::kSearching; }));
  EXPECT_EQ(0, results->rowCount());
  EXPECT_EQ(QStringLiteral("Nothing found for “34/p/20”."), search.statusText());
  search.setKind(v1::HEARING_KIND_UNSPECIFIED);
  ASSERT_TRUE(waitUntil([&] { return search.state() != SearchState::kSearching; }));
  ASSERT_TRUE(searched(search, QStringLiteral("&|!():*'\\")));
  EXPECT_EQ(SearchState::kDone, search.state()) << search.statusText().toStdString();

  // An empty box asks the server nothing and clears the hits.
  ASSERT_TRUE(searched(search, QString()));
  EXPECT_EQ(SearchState::kIdle, search.state());
  EXPECT_EQ(0, results->rowCount());
}

TEST_P(SearchServerTest, TheSearchTabOpensAHitOnTheHearingsTab) {
  const QString language = QString::fromLatin1(GetParam());
  installLanguage(*QCoreApplication::instance(), language);
  ApiClientService api;
  LoginViewModel login(api);
  loginClerk(login);
  HearingsViewModel hearings(api, api);
  hearings.setSession(login.session());
  AccountViewModel account(api);
  SearchViewModel search(api);
  search.setDebounceMs(50);
  MainWindow window(hearings, true, nullptr, nullptr, account,
                    MainWindow::ErrorDisplay::kStatusBarOnly, nullptr);
  window.addSearchTab(search);
  window.resize(1280, 720);
  window.show();
  window.activateWindow();
  ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
  QSignalSpy loaded(&hearings, &HearingsViewModel::hearingsLoaded);
  hearings.refresh();
  ASSERT_TRUE(loaded.wait(30000) || !loaded.isEmpty());
  EXPECT_EQ(language == QStringLiteral("ar") ? Qt::RightToLeft : Qt::LeftToRight,
            window.layoutDirection());

  // Ctrl+Shift+F from the Hearings tab goes to the query box.
  QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
  SearchWidget* widget = window.searchWidget();
  ASSERT_NE(nullptr, widget);
  ASSERT_TRUE(waitUntil([&] { return widget->queryEdit()->hasFocus(); }));
  QTest::keyClicks(widget->queryEdit(), QStringLiteral("stefanescu"));
  ASSERT_TRUE(waitUntil([&] { return search.results()->rowCount() == 1; }));
  QTest::keyClick(widget->queryEdit(), Qt::Key_A, Qt::ControlModifier);
  QTest::keyClicks(widget->queryEdit(), QStringLiteral("cutitul fotografie"));
  ASSERT_TRUE(waitUntil([&] {
    return search.state() == SearchState::kDone && search.results()->rowCount() == 1 &&
           search.results()->index(0, 0).data(SearchResultModel::AtMsRole).toLongLong() > 0;
  }));
  QTest::qWait(100);
  testing::keepPicture(window,
                       QStringLiteral("client-search-%1.png").arg(language).toUtf8().constData());

  // Enter on the hit: the hearing opens on the Hearings tab with the annotated recording.
  widget->resultsView()->setFocus();
  QTest::keyClick(widget->resultsView(), Qt::Key_Return);
  auto* tabs = window.findChild<QTabWidget*>();
  ASSERT_NE(nullptr, tabs);
  ASSERT_TRUE(waitUntil([&] {
    return hearings.details().has_value() &&
           hearings.selectedHearingId() == QString::fromStdString(seed_.hearingId);
  }));
  EXPECT_NE(tabs->currentWidget(), widget);
  ASSERT_TRUE(waitUntil([&] { return hearings.recordings()->rowCount() == 1; }));
  EXPECT_EQ(QStringLiteral("1234/P/2026"), hearings.details()->caseNumber);
}

TEST_F(SearchServerTest, AnnotationsAreAddedEditedAndDeletedWithTheirHistory) {
  ApiClientService api;
  LoginViewModel login(api);
  loginClerk(login);
  AnnotationsViewModel annotations(api);
  QSignalSpy errors(&annotations, &AnnotationsViewModel::errorOccurred);
  QSignalSpy changed(&annotations, &AnnotationsViewModel::changed);
  auto* list = annotations.annotations();
  auto* history = annotations.history();
  auto settled = [&] { return waitUntil([&] { return !annotations.isBusy(); }); };
  auto cell = [](QAbstractItemModel* model, int row, int column) {
    return model->index(row, column).data().toString();
  };
  const QString recording = QString::fromStdString(seed_.recordingId);

  annotations.setRecording(recording);
  annotations.setHearing(QString::fromStdString(seed_.hearingId));
  ASSERT_TRUE(settled());
  ASSERT_TRUE(errors.isEmpty()) << errors.first().at(0).toString().toStdString();
  ASSERT_EQ(2, list->rowCount());
  EXPECT_EQ(QStringLiteral("0:12:34"), cell(list, 0, AnnotationListModel::kAtColumn));
  EXPECT_EQ(QStringLiteral("Exhibit shown"), cell(list, 0, AnnotationListModel::kKindColumn));
  EXPECT_EQ(QStringLiteral("Martorul a recunoscut cuțitul din fotografie"),
            cell(list, 0, AnnotationListModel::kTextColumn));
  EXPECT_EQ(QStringLiteral("procuror.cluj"), cell(list, 0, AnnotationListModel::kChangedByColumn));
  EXPECT_EQ(QStringLiteral("1"), cell(list, 0, AnnotationListModel::kRevisionColumn));
  EXPECT_EQ(QString(), cell(list, 0, AnnotationListModel::kFromCaptureColumn));
  EXPECT_EQ(QStringLiteral("0:13:32"), cell(list, 1, AnnotationListModel::kAtColumn));
  EXPECT_EQ(QStringLiteral("Objection"), cell(list, 1, AnnotationListModel::kKindColumn));

  // Added at 0:01:00: listed first, by the clerk.
  annotations.add(recording, 60'000, QStringLiteral("question"),
                  QStringLiteral("Unde ați fost în seara de 3 martie?"));
  ASSERT_TRUE(settled());
  ASSERT_TRUE(errors.isEmpty()) << errors.first().at(0).toString().toStdString();
  ASSERT_EQ(1, changed.count());
  const QString id = changed.last().at(0).toString();
  ASSERT_EQ(3, list->rowCount());
  ASSERT_EQ(0, list->rowOf(id));
  EXPECT_EQ(QStringLiteral("0:01:00"), cell(list, 0, AnnotationListModel::kAtColumn));
  EXPECT_EQ(QStringLiteral("Question"), cell(list, 0, AnnotationListModel::kKindColumn));
  EXPECT_EQ(QStringLiteral("grefier.cluj"), cell(list, 0, AnnotationListModel::kChangedByColumn));

  // Edited with the revision shown: revision 2, both texts in the history.
  annotations.edit(id, QStringLiteral("question"),
                   QStringLiteral("Unde ați fost în seara de 4 martie?"), 1);
  ASSERT_TRUE(settled());
  ASSERT_TRUE(errors.isEmpty()) << errors.first().at(0).toString().toStdString();
  ASSERT_EQ(0, list->rowOf(id));
  EXPECT_EQ(2, list->index(0, 0).data(AnnotationListModel::RevisionRole).toInt());
  EXPECT_EQ(QStringLiteral("Unde ați fost în seara de 4 martie?"),
            cell(list, 0, AnnotationListModel::kTextColumn));
  annotations.loadHistory(id);
  ASSERT_TRUE(settled());
  ASSERT_EQ(2, history->rowCount());
  EXPECT_EQ(QStringLiteral("Created"), cell(history, 0, AnnotationHistoryModel::kChangeColumn));
  EXPECT_EQ(QStringLiteral("Unde ați fost în seara de 3 martie?"),
            cell(history, 0, AnnotationHistoryModel::kTextColumn));
  EXPECT_EQ(QStringLiteral("Edited"), cell(history, 1, AnnotationHistoryModel::kChangeColumn));
  EXPECT_EQ(QStringLiteral("2"), cell(history, 1, AnnotationHistoryModel::kRevisionColumn));
  EXPECT_EQ(QStringLiteral("grefier.cluj"), cell(history, 1, AnnotationHistoryModel::kWhoColumn));
  EXPECT_EQ(QStringLiteral("Unde ați fost în seara de 4 martie?"),
            cell(history, 1, AnnotationHistoryModel::kTextColumn));

  // An edit of revision 1, now that it is at 2: refused with the server's word, nothing changed.
  annotations.edit(id, QStringLiteral("question"), QStringLiteral("Un text depășit"), 1);
  ASSERT_TRUE(settled());
  ASSERT_EQ(1, errors.count());
  const QString refusal = errors.first().at(0).toString();
  EXPECT_TRUE(refusal.contains(QStringLiteral("revision"), Qt::CaseInsensitive))
      << refusal.toStdString();
  ASSERT_EQ(0, list->rowOf(id));
  EXPECT_EQ(2, list->index(0, 0).data(AnnotationListModel::RevisionRole).toInt());
  EXPECT_EQ(QStringLiteral("Unde ați fost în seara de 4 martie?"),
            cell(list, 0, AnnotationListModel::kTextColumn));

  // Deleted: no longer listed; its history has the deletion as revision 3.
  annotations.remove(id, 2);
  ASSERT_TRUE(settled());
  EXPECT_EQ(1, errors.count());
  EXPECT_EQ(-1, list->rowOf(id));
  EXPECT_EQ(2, list->rowCount());
  annotations.loadHistory(id);
  ASSERT_TRUE(settled());
  ASSERT_EQ(3, history->rowCount());
  EXPECT_EQ(QStringLiteral("Deleted"), cell(history, 2, AnnotationHistoryModel::kChangeColumn));
  EXPECT_EQ(QStringLiteral("3"), cell(history, 2, AnnotationHistoryModel::kRevisionColumn));

  // Another hearing selected: nothing of this one is shown.
  annotations.setHearing(QString::fromStdString(seed_.otherOfficeHearingId));
  EXPECT_EQ(0, list->rowCount());
  ASSERT_TRUE(settled());
  EXPECT_EQ(0, list->rowCount());
}

TEST_F(SearchServerTest, TheHearingViewShowsTheAnnotationsOfTheSelectedRecording) {
  installLanguage(*QCoreApplication::instance(), QStringLiteral("ro"));
  ApiClientService api;
  LoginViewModel login(api);
  loginClerk(login);
  HearingsViewModel hearings(api, api);
  hearings.setSession(login.session());
  AccountViewModel account(api);
  AnnotationsViewModel annotations(api);
  MainWindow window(hearings, true, nullptr, nullptr, account,
                    MainWindow::ErrorDisplay::kStatusBarOnly, nullptr);
  window.addAnnotations(annotations);
  window.resize(1280, 860);
  window.show();
  window.activateWindow();
  ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
  QSignalSpy loaded(&hearings, &HearingsViewModel::hearingsLoaded);
  hearings.refresh();
  ASSERT_TRUE(loaded.wait(30000) || !loaded.isEmpty());

  AnnotationsPanel* panel = window.detailsWidget()->annotationsPanel();
  ASSERT_NE(nullptr, panel);
  window.openHearing(QString::fromStdString(seed_.hearingId),
                     QString::fromStdString(seed_.recordingId), 754'500);
  ASSERT_TRUE(waitUntil([&] {
    return hearings.selectedHearingId() == QString::fromStdString(seed_.hearingId) &&
           !annotations.isBusy() && panel->view()->model()->rowCount() >= 2;
  }));
  EXPECT_TRUE(panel->isVisible());
  EXPECT_EQ(QStringLiteral("Probă prezentată"),
            panel->view()->model()->index(0, AnnotationListModel::kKindColumn).data().toString());
  panel->view()->selectRow(0);
  QTest::qWait(100);
  testing::keepPicture(window, "client-annotations-ro.png");
}

INSTANTIATE_TEST_SUITE_P(Languages, SearchServerTest, ::testing::Values("en", "ro", "ar"));

}  // namespace
}  // namespace audientia::gui
