// HearingListModel and the filtered, sorted view of it in HearingsViewModel, under
// QAbstractItemModelTester (which aborts the run on any model contract violation).

#include "viewmodels/hearing_list_model.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <vector>

#include "fake_api_service.h"
#include "services/api_service.h"
#include "ui_test_support.h"
#include "viewmodels/formatting.h"
#include "viewmodels/hearings_view_model.h"

namespace audientia::gui {
namespace {

using testing::UnreachableApi;

v1::Hearing makeHearing(const std::string& id, const std::string& caseNumber, v1::HearingKind kind,
                        const std::string& title, std::int64_t createdMs, int recordings) {
  v1::Hearing hearing;
  hearing.set_id(id);
  hearing.set_office_id("office-1");
  hearing.set_case_number(caseNumber);
  hearing.set_kind(kind);
  hearing.set_title(title);
  hearing.set_location("Room 4");
  hearing.set_status(v1::HEARING_STATUS_OPEN);
  hearing.set_created_at_unix_ms(createdMs);
  hearing.set_recording_count(recordings);
  v1::Participant* participant = hearing.add_participants();
  participant->set_role("witness");
  participant->set_name("Jane Roe");
  return hearing;
}

std::vector<v1::Hearing> threeHearings() {
  return {makeHearing("h1", "123/P/2024", v1::HEARING_KIND_WITNESS, "Burglary on Main Street",
                      1714550400000, 2),
          makeHearing("h2", "77/P/2023", v1::HEARING_KIND_SUSPECT, "Fraud at the depot",
                      1714636800000, 0),
          makeHearing("h3", "9/P/2024", v1::HEARING_KIND_EXPERT, "Fire in the warehouse",
                      1714464000000, 11)};
}

QString cell(const QAbstractItemModel& model, int row, int column, int role = Qt::DisplayRole) {
  return model.data(model.index(row, column), role).toString();
}

TEST(HearingListModel, EmptyModelHasColumnsAndHeadersButNoRows) {
  HearingListModel model;
  QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
  EXPECT_EQ(model.rowCount(), 0);
  EXPECT_EQ(model.columnCount(), HearingListModel::kColumnCount);
  EXPECT_EQ(model.headerData(HearingListModel::kCaseColumn, Qt::Horizontal).toString(),
            "Case number");
  EXPECT_EQ(model.headerData(HearingListModel::kRecordingsColumn, Qt::Horizontal).toString(),
            "Recordings");
  EXPECT_EQ(model.hearingAt(0), nullptr);
  EXPECT_EQ(model.rowOf("h1"), -1);
}

TEST(HearingListModel, SetHearingsResetsTheModelAndShowsEveryColumn) {
  HearingListModel model;
  QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
  QSignalSpy aboutToReset(&model, &QAbstractItemModel::modelAboutToBeReset);
  QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

  model.setHearings(threeHearings());

  EXPECT_EQ(aboutToReset.count(), 1);
  EXPECT_EQ(reset.count(), 1);
  ASSERT_EQ(model.rowCount(), 3);
  EXPECT_EQ(cell(model, 0, HearingListModel::kCaseColumn), "123/P/2024");
  EXPECT_EQ(cell(model, 0, HearingListModel::kKindColumn), "Witness");
  EXPECT_EQ(cell(model, 1, HearingListModel::kKindColumn), "Suspect");
  EXPECT_EQ(cell(model, 2, HearingListModel::kKindColumn), "Expert");
  EXPECT_EQ(cell(model, 0, HearingListModel::kTitleColumn), "Burglary on Main Street");
  EXPECT_EQ(cell(model, 0, HearingListModel::kCreatedColumn), timestampText(1714550400000));
  EXPECT_EQ(model.data(model.index(2, HearingListModel::kRecordingsColumn)).toInt(), 11);
  EXPECT_EQ(cell(model, 1, 0, HearingListModel::HearingIdRole), "h2");
  EXPECT_EQ(model.rowOf("h3"), 2);
  ASSERT_NE(model.hearingAt(1), nullptr);
  EXPECT_EQ(model.hearingAt(1)->case_number(), "77/P/2023");
  // Out of range and invalid indexes give nothing rather than crashing.
  EXPECT_FALSE(model.data(model.index(3, 0)).isValid());
  EXPECT_FALSE(model.data(QModelIndex()).isValid());

  model.clear();
  EXPECT_EQ(reset.count(), 2);
  EXPECT_EQ(model.rowCount(), 0);
}

TEST(HearingListModel, UpdateHearingChangesOneRowInPlace) {
  HearingListModel model;
  QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
  model.setHearings(threeHearings());
  QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
  QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

  v1::Hearing updated = *model.hearingAt(1);
  updated.set_recording_count(4);
  ASSERT_TRUE(model.updateHearing(updated));

  ASSERT_EQ(changed.count(), 1);
  EXPECT_EQ(changed[0][0].value<QModelIndex>(), model.index(1, 0));
  EXPECT_EQ(changed[0][1].value<QModelIndex>(), model.index(1, HearingListModel::kColumnCount - 1));
  EXPECT_EQ(reset.count(), 0);
  EXPECT_EQ(model.data(model.index(1, HearingListModel::kRecordingsColumn)).toInt(), 4);

  v1::Hearing unknown = updated;
  unknown.set_id("nope");
  EXPECT_FALSE(model.updateHearing(unknown));
  EXPECT_EQ(changed.count(), 1);
}

TEST(HearingsViewModel, FilterMatchesCaseNumberAndTitleOnly) {
  UnreachableApi api;
  HearingsViewModel viewModel(api, api);
  QSortFilterProxyModel* filtered = viewModel.filteredHearings();
  QAbstractItemModelTester tester(filtered, QAbstractItemModelTester::FailureReportingMode::Fatal);
  viewModel.hearings()->setHearings(threeHearings());
  ASSERT_EQ(filtered->rowCount(), 3);

  viewModel.setFilterText("/p/2024");  // case number, case-insensitive
  EXPECT_EQ(filtered->rowCount(), 2);
  viewModel.setFilterText("  depot ");  // title, trimmed
  ASSERT_EQ(filtered->rowCount(), 1);
  EXPECT_EQ(cell(*filtered, 0, 0, HearingListModel::HearingIdRole), "h2");
  viewModel.setFilterText("Expert");  // the kind column is not searched
  EXPECT_EQ(filtered->rowCount(), 0);
  viewModel.setFilterText("Room 4");  // nor the location
  EXPECT_EQ(filtered->rowCount(), 0);
  viewModel.setFilterText({});
  EXPECT_EQ(filtered->rowCount(), 3);
}

TEST(HearingsViewModel, SortsByCreationTimeAndRecordingCountNotByText) {
  UnreachableApi api;
  HearingsViewModel viewModel(api, api);
  QSortFilterProxyModel* filtered = viewModel.filteredHearings();
  QAbstractItemModelTester tester(filtered, QAbstractItemModelTester::FailureReportingMode::Fatal);
  viewModel.hearings()->setHearings(threeHearings());

  filtered->sort(HearingListModel::kCreatedColumn, Qt::DescendingOrder);
  EXPECT_EQ(cell(*filtered, 0, 0, HearingListModel::HearingIdRole), "h2");
  EXPECT_EQ(cell(*filtered, 1, 0, HearingListModel::HearingIdRole), "h1");
  EXPECT_EQ(cell(*filtered, 2, 0, HearingListModel::HearingIdRole), "h3");

  // As text "11" < "2"; as numbers 0 < 2 < 11.
  filtered->sort(HearingListModel::kRecordingsColumn, Qt::AscendingOrder);
  EXPECT_EQ(cell(*filtered, 0, 0, HearingListModel::HearingIdRole), "h2");
  EXPECT_EQ(cell(*filtered, 1, 0, HearingListModel::HearingIdRole), "h1");
  EXPECT_EQ(cell(*filtered, 2, 0, HearingListModel::HearingIdRole), "h3");
}

TEST(HearingsViewModel, SessionAndHearingNamesForTheViews) {
  UnreachableApi api;
  HearingsViewModel viewModel(api, api);
  SessionInfo session;
  session.user.set_username("pat");
  session.user.set_role(v1::ROLE_PROSECUTOR);
  session.server = "court.example:7443";
  viewModel.setSession(session);
  EXPECT_EQ(viewModel.username(), "pat");
  EXPECT_EQ(viewModel.role(), UserRole::kProsecutor);
  EXPECT_EQ(viewModel.server(), "court.example:7443");

  EXPECT_TRUE(viewModel.hearingNames().isEmpty());
  viewModel.hearings()->setHearings(threeHearings());
  const QHash<QString, QString> names = viewModel.hearingNames();
  EXPECT_EQ(names, (QHash<QString, QString>{
                       {"h1", "123/P/2024"}, {"h2", "77/P/2023"}, {"h3", "9/P/2024"}}));
}

}  // namespace
}  // namespace audientia::gui
