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
    case domain::RecordingState::kVerifying:
      return v1::RECORDING_STATE_VERIFYING;
    case domain::RecordingState::kProcessing:
      return v1::RECORDING_STATE_PROCESSING;
    case domain::RecordingState::kUnspecified:
      break;
  }
  return v1::RECORDING_STATE_UNSPECIFIED;
}

v1::RecordingKind toProto(domain::RecordingKind kind) {
  switch (kind) {
    case domain::RecordingKind::kFile:
      return v1::RECORDING_KIND_FILE;
    case domain::RecordingKind::kCapture:
      return v1::RECORDING_KIND_CAPTURE;
    case domain::RecordingKind::kUnspecified:
      break;
  }
  return v1::RECORDING_KIND_UNSPECIFIED;
}

v1::FileRole toProto(domain::FileRole role) {
  switch (role) {
    case domain::FileRole::kOriginal:
      return v1::FILE_ROLE_ORIGINAL;
    case domain::FileRole::kSegment:
      return v1::FILE_ROLE_SEGMENT;
    case domain::FileRole::kManifest:
      return v1::FILE_ROLE_MANIFEST;
    case domain::FileRole::kMaster:
      return v1::FILE_ROLE_MASTER;
    case domain::FileRole::kThumbnail:
      return v1::FILE_ROLE_THUMBNAIL;
    case domain::FileRole::kWaveform:
      return v1::FILE_ROLE_WAVEFORM;
    case domain::FileRole::kUnspecified:
      break;
  }
  return v1::FILE_ROLE_UNSPECIFIED;
}

domain::FileRole fromProto(v1::FileRole role) {
  switch (role) {
    case v1::FILE_ROLE_ORIGINAL:
      return domain::FileRole::kOriginal;
    case v1::FILE_ROLE_SEGMENT:
      return domain::FileRole::kSegment;
    case v1::FILE_ROLE_MANIFEST:
      return domain::FileRole::kManifest;
    case v1::FILE_ROLE_MASTER:
      return domain::FileRole::kMaster;
    case v1::FILE_ROLE_THUMBNAIL:
      return domain::FileRole::kThumbnail;
    case v1::FILE_ROLE_WAVEFORM:
      return domain::FileRole::kWaveform;
    default:
      break;
  }
  return domain::FileRole::kUnspecified;
}

v1::UploadState toProto(domain::UploadState state) {
  switch (state) {
    case domain::UploadState::kReceiving:
      return v1::UPLOAD_STATE_RECEIVING;
    case domain::UploadState::kComplete:
      return v1::UPLOAD_STATE_COMPLETE;
    case domain::UploadState::kExpired:
      return v1::UPLOAD_STATE_EXPIRED;
    case domain::UploadState::kAborted:
      return v1::UPLOAD_STATE_ABORTED;
    case domain::UploadState::kUnspecified:
      break;
  }
  return v1::UPLOAD_STATE_UNSPECIFIED;
}

v1::StreamType toProto(domain::StreamType type) {
  switch (type) {
    case domain::StreamType::kVideo:
      return v1::STREAM_TYPE_VIDEO;
    case domain::StreamType::kAudio:
      return v1::STREAM_TYPE_AUDIO;
    case domain::StreamType::kSubtitle:
      return v1::STREAM_TYPE_SUBTITLE;
    case domain::StreamType::kData:
      return v1::STREAM_TYPE_DATA;
    case domain::StreamType::kUnspecified:
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

void toProto(const domain::MediaInfo& info, v1::MediaInfo* out) {
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
  out->set_kind(toProto(recording.kind));
  out->set_failure_reason(recording.failureReason);
  for (const auto& file : recording.files) toProto(file, out->add_files());
  out->set_capture_seal(recording.captureSeal);
  for (const auto& gap : recording.gaps) {
    auto* added = out->add_gaps();
    added->set_wall_start(gap.wallStart);
    added->set_wall_end(gap.wallEnd);
    added->set_reason(gap.reason);
    added->set_kind(gap.kind == domain::GapKind::kPause ? v1::GAP_KIND_PAUSE
                                                        : v1::GAP_KIND_INTERRUPTION);
    added->set_media_time_ms(gap.mediaTimeMs);
  }
  for (const auto& marker : recording.markers) {
    auto* added = out->add_markers();
    added->set_kind(marker.kind);
    added->set_text(marker.text);
    added->set_media_time_ms(marker.mediaTimeMs);
    added->set_wall_time(marker.wallTime);
    added->set_run(marker.run);
  }
}

void toProto(const domain::RecordingFile& file, v1::RecordingFile* out) {
  out->set_role(toProto(file.role));
  out->set_sequence(file.sequence);
  out->set_file_name(file.fileName);
  out->set_size_bytes(file.sizeBytes);
  out->set_sha256(file.sha256);
  out->set_content_type(file.contentType);
  out->set_media_time_ms(file.mediaTimeMs);
  out->set_duration_ms(file.durationMs);
}

void toProto(const domain::Upload& upload, v1::UploadStatus* out) {
  out->set_upload_id(upload.id);
  out->set_recording_id(upload.recordingId);
  out->set_state(toProto(upload.state));
  out->set_durable_offset(upload.durableOffset);
  out->set_size_bytes(upload.sizeBytes);
  out->set_sha256(upload.sha256);
  out->set_file_name(upload.fileName);
  out->set_role(toProto(upload.role));
  out->set_sequence(upload.sequence);
  out->set_expires_at_unix_ms(toUnixMs(upload.expiresAt));
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

app::CreateUploadRequest fromProto(const v1::CreateUploadRequest& request) {
  app::CreateUploadRequest out;
  out.uploadId = request.upload_id();
  out.hearingId = request.hearing_id();
  out.fileName = request.file_name();
  out.sizeBytes = request.size_bytes();
  out.sha256 = request.sha256();
  out.packageId = request.package_id();
  out.segmentSequence = request.segment_sequence();
  return out;
}

}  // namespace audientia::api
