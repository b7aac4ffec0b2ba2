#include "api/proto_mapping.h"

#include <chrono>

namespace audientia::api {

std::int64_t toUnixMs(domain::Timestamp time) {
  return std::chrono::duration_cast<std::chrono::milliseconds>(time.time_since_epoch()).count();
}

v1::Role toProto(domain::Role role) {
  switch (role) {
    case domain::Role::kAdmin:
      return v1::ROLE_ADMIN;
    case domain::Role::kProsecutor:
      return v1::ROLE_PROSECUTOR;
    case domain::Role::kClerk:
      return v1::ROLE_CLERK;
    case domain::Role::kAuditor:
      return v1::ROLE_AUDITOR;
    case domain::Role::kUnspecified:
      break;
  }
  return v1::ROLE_UNSPECIFIED;
}

domain::Role fromProto(v1::Role role) {
  switch (role) {
    case v1::ROLE_ADMIN:
      return domain::Role::kAdmin;
    case v1::ROLE_PROSECUTOR:
      return domain::Role::kProsecutor;
    case v1::ROLE_CLERK:
      return domain::Role::kClerk;
    case v1::ROLE_AUDITOR:
      return domain::Role::kAuditor;
    default:
      break;
  }
  return domain::Role::kUnspecified;
}

v1::HearingKind toProto(domain::HearingKind kind) {
  switch (kind) {
    case domain::HearingKind::kSuspect:
      return v1::HEARING_KIND_SUSPECT;
    case domain::HearingKind::kDefendant:
      return v1::HEARING_KIND_DEFENDANT;
    case domain::HearingKind::kVictim:
      return v1::HEARING_KIND_VICTIM;
    case domain::HearingKind::kWitness:
      return v1::HEARING_KIND_WITNESS;
    case domain::HearingKind::kExpert:
      return v1::HEARING_KIND_EXPERT;
    case domain::HearingKind::kOther:
      return v1::HEARING_KIND_OTHER;
    case domain::HearingKind::kUnspecified:
      break;
  }
  return v1::HEARING_KIND_UNSPECIFIED;
}

domain::HearingKind fromProto(v1::HearingKind kind) {
  switch (kind) {
    case v1::HEARING_KIND_SUSPECT:
      return domain::HearingKind::kSuspect;
    case v1::HEARING_KIND_DEFENDANT:
      return domain::HearingKind::kDefendant;
    case v1::HEARING_KIND_VICTIM:
      return domain::HearingKind::kVictim;
    case v1::HEARING_KIND_WITNESS:
      return domain::HearingKind::kWitness;
    case v1::HEARING_KIND_EXPERT:
      return domain::HearingKind::kExpert;
    case v1::HEARING_KIND_OTHER:
      return domain::HearingKind::kOther;
    default:
      break;
  }
  return domain::HearingKind::kUnspecified;
}

v1::HearingStatus toProto(domain::HearingStatus status) {
  switch (status) {
    case domain::HearingStatus::kOpen:
      return v1::HEARING_STATUS_OPEN;
    case domain::HearingStatus::kClosed:
      return v1::HEARING_STATUS_CLOSED;
    case domain::HearingStatus::kUnspecified:
      break;
  }
  return v1::HEARING_STATUS_UNSPECIFIED;
}

v1::RecordingState toProto(domain::RecordingState state) {
  switch (state) {
    case domain::RecordingState::kUploading:
      return v1::RECORDING_STATE_UPLOADING;
    case domain::RecordingState::kAvailable:
      return v1::RECORDING_STATE_AVAILABLE;
    case domain::RecordingState::kFailed:
      return v1::RECORDING_STATE_FAILED;
    case domain::RecordingState::kUnspecified:
      break;
  }
  return v1::RECORDING_STATE_UNSPECIFIED;
}

v1::StreamType toProto(media::StreamType type) {
  switch (type) {
    case media::StreamType::kVideo:
      return v1::STREAM_TYPE_VIDEO;
    case media::StreamType::kAudio:
      return v1::STREAM_TYPE_AUDIO;
    case media::StreamType::kSubtitle:
      return v1::STREAM_TYPE_SUBTITLE;
    case media::StreamType::kData:
      return v1::STREAM_TYPE_DATA;
    case media::StreamType::kUnspecified:
      break;
  }
  return v1::STREAM_TYPE_UNSPECIFIED;
}

void toProto(const domain::User& user, v1::User* out) {
  out->set_id(user.id);
  out->set_username(user.username);
  out->set_office_id(user.officeId);
  out->set_role(toProto(user.role));
  out->set_disabled(user.disabled);
  out->set_created_at_unix_ms(toUnixMs(user.createdAt));
}

void toProto(const domain::Office& office, v1::Office* out) {
  out->set_id(office.id);
  out->set_name(office.name);
  out->set_parent_id(office.parentId.value_or(""));
  out->set_active(office.active);
  out->set_created_at_unix_ms(toUnixMs(office.createdAt));
}

void toProto(const domain::Hearing& hearing, v1::Hearing* out) {
  out->set_id(hearing.id);
  out->set_office_id(hearing.officeId);
  out->set_case_number(hearing.caseNumber);
  out->set_kind(toProto(hearing.kind));
  out->set_title(hearing.title);
  for (const auto& participant : hearing.participants) {
    auto* added = out->add_participants();
    added->set_role(participant.role);
    added->set_name(participant.name);
  }
  out->set_location(hearing.location);
  out->set_status(toProto(hearing.status));
  out->set_created_by(hearing.createdBy);
  out->set_created_at_unix_ms(toUnixMs(hearing.createdAt));
  out->set_recording_count(hearing.recordingCount);
}

void toProto(const media::MediaInfo& info, v1::MediaInfo* out) {
  out->set_container(info.container);
  out->set_duration_ms(info.duration.count());
  out->set_bit_rate(info.bitRate);
  for (const auto& stream : info.streams) {
    auto* added = out->add_streams();
    added->set_index(stream.index);
    added->set_type(toProto(stream.type));
    added->set_codec(stream.codec);
    added->set_width(stream.width);
    added->set_height(stream.height);
    added->set_frame_rate(stream.frameRate);
    added->set_sample_rate(stream.sampleRate);
    added->set_channels(stream.channels);
    added->set_duration_ms(stream.duration.count());
    added->set_bit_rate(stream.bitRate);
  }
}

void toProto(const domain::Recording& recording, v1::Recording* out) {
  out->set_id(recording.id);
  out->set_hearing_id(recording.hearingId);
  out->set_file_name(recording.fileName);
  out->set_size_bytes(recording.sizeBytes);
  out->set_sha256(recording.sha256);
  out->set_state(toProto(recording.state));
  if (recording.mediaInfo) toProto(*recording.mediaInfo, out->mutable_media_info());
  out->set_media_error(recording.mediaError);
  out->set_uploaded_by(recording.uploadedBy);
  out->set_created_at_unix_ms(toUnixMs(recording.createdAt));
}

domain::NewOffice fromProto(const v1::CreateOfficeRequest& request) {
  domain::NewOffice office;
  office.name = request.name();
  if (!request.parent_id().empty()) office.parentId = request.parent_id();
  return office;
}

domain::NewHearing fromProto(const v1::CreateHearingRequest& request) {
  domain::NewHearing hearing;
  hearing.officeId = request.office_id();
  hearing.caseNumber = request.case_number();
  hearing.kind = fromProto(request.kind());
  hearing.title = request.title();
  for (const auto& participant : request.participants()) {
    hearing.participants.push_back({participant.role(), participant.name()});
  }
  hearing.location = request.location();
  return hearing;
}

app::UploadHeader fromProto(const v1::UploadHeader& header) {
  return {header.hearing_id(), header.file_name(), header.size_bytes(), header.sha256()};
}

}  // namespace audientia::api
