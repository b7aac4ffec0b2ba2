#pragma once

// The main window's state: who is logged in, the hearings of the user's office (with a filter on
// case number and title), and the selected hearing with its recordings. Every server call goes
// through HearingsApiService, logging out through SessionApiService (off the UI thread); failures
// are reported through errorOccurred with the server's message, never dropped.

#include <QHash>
#include <QObject>
#include <QSortFilterProxyModel>
#include <QString>
#include <optional>

#include "audientia/v1/hearings.pb.h"
#include "services/hearings_api_service.h"
#include "services/session_api_service.h"
#include "viewmodels/hearing_list_model.h"
#include "viewmodels/recording_file_model.h"
#include "viewmodels/recording_list_model.h"
#include "viewmodels/recording_moments_model.h"
#include "viewmodels/thumbnail_strip_model.h"
#include "viewmodels/user_role.h"

namespace audientia::gui {

// The selected hearing, formatted for display.
struct HearingDetails {
  QString id;
  QString caseNumber;
  QString kind;
  QString title;
  QString status;
  QString location;
  QString participants;  // "Witness: Jane Roe; Interpreter: John Doe"
  QString created;
  int recordingCount = 0;
};

class HearingsViewModel : public QObject {
  Q_OBJECT

 public:
  // sessionApi: for logging out.
  HearingsViewModel(HearingsApiService& hearingsApi, SessionApiService& sessionApi,
                    QObject* parent = nullptr);

  void setSession(const SessionInfo& session);
  const SessionInfo& session() const { return session_; }
  // "admin · Administrator · Head office"
  QString sessionSummary() const;
  // The logged-in user's name and role, and the server (HOST:PORT).
  QString username() const;
  UserRole role() const;
  QString server() const;

  HearingListModel* hearings() { return &hearings_; }
  // hearings() filtered by filterText on case number and title, sortable by column.
  QSortFilterProxyModel* filteredHearings() { return &filtered_; }
  RecordingListModel* recordings() { return &recordings_; }
  // The markers and gaps of the recording chosen with showMoments().
  RecordingMomentsModel* moments() { return &moments_; }
  // The files the server keeps for the same recording.
  RecordingFileModel* files() { return &files_; }
  // The pictures the server took of the same recording (read once a client is given to it).
  ThumbnailStripModel* thumbnails() { return &thumbnails_; }
  // Shows the markers and gaps of recordings() row `row` (-1: none).
  void showMoments(int row);
  // Hearing id -> case number, of every hearing listed (how the upload queue names them).
  QHash<QString, QString> hearingNames() const;

  void setFilterText(const QString& text);
  // Reloads the list; the selected hearing stays selected (and is reloaded) if still listed.
  void refresh();
  // Loads a hearing with its recordings; an empty id clears the selection.
  void selectHearing(const QString& hearingId);
  void logout();

  const QString& selectedHearingId() const { return selectedId_; }
  const std::optional<HearingDetails>& details() const { return details_; }
  bool isLoadingList() const { return loadingList_; }
  bool isLoadingDetails() const { return loadingDetails_; }
  bool isBusy() const { return loadingList_ || loadingDetails_ || loggingOut_; }

 signals:
  void busyChanged(bool busy);
  void hearingsLoaded(int count);
  // details() and recordings() now show selectedHearingId() (or nothing when cleared).
  void detailsChanged();
  void errorOccurred(const QString& message);
  void loggedOut();

 private:
  void setLoading(bool& flag, bool value);
  void applyDetails(const v1::GetHearingResponse& response);

  HearingsApiService& hearingsApi_;
  SessionApiService& sessionApi_;
  SessionInfo session_;
  HearingListModel hearings_;
  QSortFilterProxyModel filtered_;
  RecordingListModel recordings_;
  RecordingMomentsModel moments_;
  RecordingFileModel files_;
  ThumbnailStripModel thumbnails_;
  QString selectedId_;
  std::optional<HearingDetails> details_;
  bool loadingList_ = false;
  bool loadingDetails_ = false;
  bool loggingOut_ = false;
  quint64 detailsRequest_ = 0;  // bumped by every selectHearing()
};

}  // namespace audientia::gui
