#pragma once

// Protobuf <-> domain for the keeping services (maintenance.proto, retention.proto).

#include "app/keeping/maintenance_service.h"
#include "app/keeping/retention_service.h"
#include "audientia/v1/maintenance.pb.h"
#include "audientia/v1/retention.pb.h"
#include "domain/ingest.h"
#include "domain/keeping.h"

namespace audientia::api {

v1::JobState toProto(domain::JobState state);
domain::JobState fromProto(v1::JobState state);

void toProto(const domain::Job& job, v1::Job* out);
void toProto(const domain::FixityRun& run, v1::FixityRun* out);
void toProto(const domain::FixityCheck& check, const domain::FixityTarget& target,
             v1::FixityFailure* out);
void toProto(const app::FixityStatus& status, v1::GetFixityStatusResponse* out);
void toProto(const domain::Alert& alert, v1::Alert* out);
void toProto(const domain::RetentionPolicy& policy, v1::RetentionPolicy* out);
void toProto(const domain::LegalHold& hold, v1::LegalHold* out);
void toProto(const app::DeletedHearingReport& deleted, v1::DeletedHearing* out);

}  // namespace audientia::api
