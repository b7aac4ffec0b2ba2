#pragma once

// The one place where protobuf messages and domain entities are translated.

#include <cstdint>

#include "app/ingest/upload_service.h"
#include "audientia/v1/auth.pb.h"
#include "audientia/v1/common.pb.h"
#include "audientia/v1/hearings.pb.h"
#include "audientia/v1/offices.pb.h"
#include "audientia/v1/recordings.pb.h"
#include "domain/entities.h"
#include "domain/ingest.h"

namespace audientia::api {

std::int64_t toUnixMs(domain::Timestamp time);

v1::Role toProto(domain::Role role);
domain::Role fromProto(v1::Role role);
v1::HearingKind toProto(domain::HearingKind kind);
domain::HearingKind fromProto(v1::HearingKind kind);
v1::HearingStatus toProto(domain::HearingStatus status);
v1::RecordingState toProto(domain::RecordingState state);
v1::RecordingKind toProto(domain::RecordingKind kind);
v1::FileRole toProto(domain::FileRole role);
domain::FileRole fromProto(v1::FileRole role);
v1::UploadState toProto(domain::UploadState state);
v1::StreamType toProto(domain::StreamType type);

void toProto(const domain::User& user, v1::User* out);
void toProto(const domain::Office& office, v1::Office* out);
void toProto(const domain::Hearing& hearing, v1::Hearing* out);
void toProto(const domain::MediaInfo& info, v1::MediaInfo* out);
void toProto(const domain::Recording& recording, v1::Recording* out);
void toProto(const domain::RecordingFile& file, v1::RecordingFile* out);
void toProto(const domain::Upload& upload, v1::UploadStatus* out);

domain::NewOffice fromProto(const v1::CreateOfficeRequest& request);
domain::NewHearing fromProto(const v1::CreateHearingRequest& request);
app::CreateUploadRequest fromProto(const v1::CreateUploadRequest& request);

}  // namespace audientia::api
