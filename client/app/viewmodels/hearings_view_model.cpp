#include "viewmodels/hearings_view_model.h"

#include <utility>
#include <vector>

#include "viewmodels/formatting.h"
#include "viewmodels/login_view_model.h"

namespace audientia::gui {

HearingsViewModel::HearingsViewModel(HearingsApiService& hearingsApi, SessionApiService& sessionApi,
                                     QObject* parent)
    : QObject(parent), hearingsApi_(hearingsApi), sessionApi_(sessionApi) {
  filtered_.setSourceModel(&hearings_);
  filtered_.setFilterRole(HearingListModel::FilterRole);
  filtered_.setFilterKeyColumn(HearingListModel::kCaseColumn);
  filtered_.setFilterCaseSensitivity(Qt::CaseInsensitive);
  filtered_.setSortRole(HearingListModel::SortRole);
  filtered_.setSortCaseSensitivity(Qt::CaseInsensitive);
}

void HearingsViewModel::setSession(const SessionInfo& session) {
  session_ = session;
}

QString HearingsViewModel::sessionSummary() const {
  const QString office = session_.officeName.empty()
                             ? QString::fromStdString(session_.user.office_id())
                             : QString::fromStdString(session_.officeName);
  return tr("%1 · %2 · %3")
      .arg(QString::fromStdString(session_.user.username()), roleName(session_.user.role()),
           office.isEmpty() ? tr("no office") : office);
}

QString HearingsViewModel::username() const {
  return QString::fromStdString(session_.user.username());
}

UserRole HearingsViewModel::role() const {
  return userRoleOf(session_.user.role());
}

QString HearingsViewModel::server() const {
  return QString::fromStdString(session_.server);
}

QHash<QString, QString> HearingsViewModel::hearingNames() const {
  QHash<QString, QString> names;
  for (int row = 0; row < hearings_.rowCount(); ++row) {
    const v1::Hearing* hearing = hearings_.hearingAt(row);
    names.insert(QString::fromStdString(hearing->id()),
                 QString::fromStdString(hearing->case_number()));
  }
  return names;
}

void HearingsViewModel::setFilterText(const QString& text) {
  filtered_.setFilterFixedString(text.trimmed());
}

void HearingsViewModel::refresh() {
  if (loadingList_) return;
  setLoading(loadingList_, true);
  // Empty office: the server lists every office the user may see (their own, for most roles).
  hearingsApi_.listHearings({}, this, [this](Expected<std::vector<v1::Hearing>> result) {
    setLoading(loadingList_, false);
    if (!result) {
      emit errorOccurred(tr("Loading the hearings failed: %1").arg(errorText(result.error())));
      return;
    }
    hearings_.setHearings(std::move(result).value());
    emit hearingsLoaded(hearings_.rowCount());
    if (selectedId_.isEmpty()) return;
    if (hearings_.rowOf(selectedId_) < 0) {
      selectHearing({});
    } else {
      selectHearing(selectedId_);
    }
  });
}

void HearingsViewModel::selectHearing(const QString& hearingId) {
  selectedId_ = hearingId;
  const quint64 request = ++detailsRequest_;
  if (hearingId.isEmpty()) {
    setLoading(loadingDetails_, false);
    details_.reset();
    recordings_.clear();
    emit detailsChanged();
    return;
  }
  setLoading(loadingDetails_, true);
  hearingsApi_.getHearing(
      hearingId.toStdString(), this,
      [this, hearingId, request](Expected<v1::GetHearingResponse> result) {
        // Only the answer to the latest selection counts.
        if (request != detailsRequest_) return;
        setLoading(loadingDetails_, false);
        if (!result) {
          emit errorOccurred(
              tr("Loading hearing %1 failed: %2").arg(hearingId, errorText(result.error())));
          return;
        }
        applyDetails(result.value());
      });
}

void HearingsViewModel::applyDetails(const v1::GetHearingResponse& response) {
  const v1::Hearing& hearing = response.hearing();
  HearingDetails details;
  details.id = QString::fromStdString(hearing.id());
  details.caseNumber = QString::fromStdString(hearing.case_number());
  details.kind = kindName(hearing.kind());
  details.title = QString::fromStdString(hearing.title());
  details.status = statusName(hearing.status());
  details.location = QString::fromStdString(hearing.location());
  details.participants = participantsText(hearing);
  details.created = timestampText(hearing.created_at_unix_ms());
  details.recordingCount = response.recordings_size();
  details_ = std::move(details);
  recordings_.setRecordings({response.recordings().begin(), response.recordings().end()});
  // Keep the list's recording count in step with what was just loaded.
  v1::Hearing listed = hearing;
  listed.set_recording_count(response.recordings_size());
  hearings_.updateHearing(listed);
  emit detailsChanged();
}

void HearingsViewModel::showMoments(int row) {
  const v1::Recording* recording = row >= 0 ? recordings_.recordingAt(row) : nullptr;
  if (recording == nullptr) {
    moments_.clear();
    files_.clear();
    thumbnails_.setRecording({});
    return;
  }
  moments_.setRecording(*recording);
  files_.setRecording(*recording);
  thumbnails_.setRecording(recording->state() == v1::RECORDING_STATE_AVAILABLE ? recording->id()
                                                                               : std::string());
}

void HearingsViewModel::logout() {
  if (loggingOut_) return;
  setLoading(loggingOut_, true);
  sessionApi_.logout(this, [this](Status status) {
    setLoading(loggingOut_, false);
    selectHearing({});
    hearings_.clear();
    session_ = {};
    // The local session is gone either way; say so if the server did not revoke it.
    if (!status) {
      emit errorOccurred(
          tr("The server did not confirm the logout: %1").arg(errorText(status.error())));
    }
    emit loggedOut();
  });
}

void HearingsViewModel::setLoading(bool& flag, bool value) {
  const bool wasBusy = isBusy();
  flag = value;
  if (isBusy() != wasBusy) emit busyChanged(isBusy());
}

}  // namespace audientia::gui
