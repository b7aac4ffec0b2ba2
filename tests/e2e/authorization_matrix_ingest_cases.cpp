// The authorization matrix's cases for the ingest RPCs (issue 4): resumable uploads,
// maintenance (fixity, alerts, jobs), retention and legal holds.

#include "authorization_matrix_fixture.h"

namespace audientia::authz_matrix {

std::string AuthorizationMatrixTest::seedUpload(const OfficeObjects& o) {
  domain::NewUpload upload;
  upload.id = uploadUuid();
  upload.hearingId = o.hearingId;
  upload.recordingId = upload.id;
  upload.fileName = "empty.txt";
  upload.sizeBytes = 0;
  upload.sha256 = toHex(Sha256::of(""));
  upload.createdBy = callers_[Role::kProsecutor].id;
  upload.expiresAt = std::chrono::system_clock::now() + std::chrono::hours(1);
  auto created = storage_->uploads().create(upload);
  EXPECT_TRUE(created) << created.error().toString();
  return upload.id;
}

// The resumable upload RPCs (issue 4).
void AuthorizationMatrixTest::addUploadCases(std::map<std::string, Case>& c) {
  const std::string r = "/audientia.v1.RecordingService/";
  c[r + "CreateUpload"] = [&](grpc::ClientContext& ctx, Role, const OfficeObjects& o) {
    v1::CreateUploadRequest req;
    req.set_upload_id(uploadUuid());
    req.set_hearing_id(o.hearingId);
    req.set_file_name("n.txt");
    req.set_size_bytes(3);
    req.set_sha256(toHex(Sha256::of("abc")));
    v1::UploadStatus resp;
    return unaryOutcome(stubs_.recordings->CreateUpload(&ctx, req, &resp), resp);
  };
  c[r + "WriteUpload"] = [&](grpc::ClientContext& ctx, Role, const OfficeObjects& o) {
    v1::UploadStatus resp;
    auto writer = stubs_.recordings->WriteUpload(&ctx, &resp);
    v1::WriteUploadRequest first;
    first.set_upload_id(seedUpload(o));
    if (writer->Write(first)) writer->WritesDone();
    return unaryOutcome(writer->Finish(), resp);
  };
  c[r + "GetUploadStatus"] = [&](grpc::ClientContext& ctx, Role, const OfficeObjects& o) {
    v1::GetUploadStatusRequest req;
    req.set_upload_id(seedUpload(o));
    v1::UploadStatus resp;
    return unaryOutcome(stubs_.recordings->GetUploadStatus(&ctx, req, &resp), resp);
  };
  c[r + "CompleteUpload"] = [&](grpc::ClientContext& ctx, Role, const OfficeObjects& o) {
    v1::CompleteUploadRequest req;
    req.set_upload_id(seedUpload(o));
    v1::CompleteUploadResponse resp;
    return unaryOutcome(stubs_.recordings->CompleteUpload(&ctx, req, &resp), resp);
  };
  c[r + "AbortUpload"] = [&](grpc::ClientContext& ctx, Role, const OfficeObjects& o) {
    v1::AbortUploadRequest req;
    req.set_upload_id(seedUpload(o));
    v1::UploadStatus resp;
    return unaryOutcome(stubs_.recordings->AbortUpload(&ctx, req, &resp), resp);
  };
  c[r + "CompleteRecording"] = [&](grpc::ClientContext& ctx, Role, const OfficeObjects& o) {
    // A package of one empty segment, uploaded, and its sealed manifest.
    const std::string package = uploadUuid();
    domain::NewUpload segment;
    segment.id = uploadUuid();
    segment.hearingId = o.hearingId;
    segment.recordingId = package;
    segment.recordingKind = domain::RecordingKind::kCapture;
    segment.role = domain::FileRole::kSegment;
    segment.sequence = 1;
    segment.fileName = media::segmentFileName(1);
    segment.sha256 = toHex(Sha256::of(""));
    segment.createdBy = callers_[Role::kProsecutor].id;
    segment.expiresAt = std::chrono::system_clock::now() + std::chrono::hours(1);
    EXPECT_TRUE(storage_->uploads().create(segment));
    domain::RecordingFile file;
    file.recordingId = package;
    file.role = domain::FileRole::kSegment;
    file.sequence = 1;
    file.fileName = segment.fileName;
    file.sha256 = segment.sha256;
    EXPECT_TRUE(storage_->uploads().complete(segment.id, file));
    media::CaptureManifest manifest;
    manifest.sessionId = package;
    media::ManifestSegment listed;
    listed.sequence = 1;
    listed.file = segment.fileName;
    listed.sha256 = segment.sha256;
    listed.wallStart = "2026-01-01T10:00:00.000Z";
    listed.wallEnd = "2026-01-01T10:00:01.000Z";
    listed.durationMs = 1000;
    listed.chainSha256 = media::chainHash(media::genesisChainHash(package), listed);
    manifest.segments.push_back(listed);
    media::sealManifest(manifest);
    v1::CompleteRecordingRequest req;
    req.set_recording_id(package);
    req.set_manifest_json(media::toJson(manifest));
    v1::CompleteRecordingResponse resp;
    return unaryOutcome(stubs_.recordings->CompleteRecording(&ctx, req, &resp), resp);
  };
}

// MaintenanceService and RetentionService (issue 4). Each case makes the object it acts on
// (an alert, a failed job, a policy, a hearing with or without a hold) so that every role and
// target meets the same situation.
void AuthorizationMatrixTest::addKeepingCases(std::map<std::string, Case>& c) {
  const std::string m = "/audientia.v1.MaintenanceService/";
  const std::string r = "/audientia.v1.RetentionService/";
  c[m + "RunFixity"] = [&](grpc::ClientContext& ctx, Role, auto&) {
    v1::RunFixityResponse resp;
    return unaryOutcome(stubs_.maintenance->RunFixity(&ctx, v1::RunFixityRequest(), &resp), resp);
  };
  c[m + "GetFixityStatus"] = [&](grpc::ClientContext& ctx, Role, auto&) {
    v1::GetFixityStatusResponse resp;
    return unaryOutcome(
        stubs_.maintenance->GetFixityStatus(&ctx, v1::GetFixityStatusRequest(), &resp), resp);
  };
  c[m + "ListAlerts"] = [&](grpc::ClientContext& ctx, Role, auto&) {
    v1::ListAlertsResponse resp;
    return unaryOutcome(stubs_.maintenance->ListAlerts(&ctx, v1::ListAlertsRequest(), &resp), resp);
  };
  c[m + "AcknowledgeAlert"] = [&](grpc::ClientContext& ctx, Role, auto&) {
    auto alert = storage_->alerts().raise(
        {domain::kAlertJobFailed, "matrix-" + std::to_string(++counter_), {}, "made by the test"});
    EXPECT_TRUE(alert) << alert.error().toString();
    v1::AcknowledgeAlertRequest req;
    req.set_alert_id(alert ? alert->id : 0);
    v1::Alert resp;
    return unaryOutcome(stubs_.maintenance->AcknowledgeAlert(&ctx, req, &resp), resp);
  };
  c[m + "ListJobs"] = [&](grpc::ClientContext& ctx, Role, auto&) {
    v1::ListJobsResponse resp;
    return unaryOutcome(stubs_.maintenance->ListJobs(&ctx, v1::ListJobsRequest(), &resp), resp);
  };
  c[m + "RetryJob"] = [&](grpc::ClientContext& ctx, Role, auto&) {
    // A job that failed for good (no runner runs in this test: it is failed by hand). Jobs
    // of this kind that earlier cases queued again are finished first, so the claim is ours.
    for (;;) {
      auto earlier =
          storage_->jobs().claim("matrix", std::chrono::seconds(60), {domain::kJobExpireUploads});
      if (!earlier || !earlier->has_value()) break;
      EXPECT_TRUE(storage_->jobs().markDone((*earlier)->id, "matrix"));
    }
    domain::NewJob job;
    job.kind = domain::kJobExpireUploads;
    job.subject = "matrix-" + std::to_string(++counter_);
    job.maxAttempts = 1;
    auto queued = storage_->jobs().enqueue(job);
    EXPECT_TRUE(queued) << queued.error().toString();
    auto claimed =
        storage_->jobs().claim("matrix", std::chrono::seconds(60), {domain::kJobExpireUploads});
    EXPECT_TRUE(claimed && claimed->has_value() && (*claimed)->id == queued->id);
    auto failed = storage_->jobs().markFailed(queued->id, "matrix", "failed on purpose",
                                              std::chrono::system_clock::now());
    EXPECT_TRUE(failed && failed->state == domain::JobState::kFailed);
    v1::RetryJobRequest req;
    req.set_job_id(queued->id);
    v1::Job resp;
    return unaryOutcome(stubs_.maintenance->RetryJob(&ctx, req, &resp), resp);
  };
  c[r + "SetRetentionPolicy"] = [&](grpc::ClientContext& ctx, Role, const OfficeObjects& o) {
    v1::SetRetentionPolicyRequest req;
    req.set_office_id(o.officeId);
    req.set_hearing_kind(v1::HEARING_KIND_EXPERT);
    req.set_retain_days(36500);
    v1::RetentionPolicy resp;
    return unaryOutcome(stubs_.retention->SetRetentionPolicy(&ctx, req, &resp), resp);
  };
  c[r + "ListRetentionPolicies"] = [&](grpc::ClientContext& ctx, Role, auto&) {
    v1::ListRetentionPoliciesResponse resp;
    return unaryOutcome(
        stubs_.retention->ListRetentionPolicies(&ctx, v1::ListRetentionPoliciesRequest(), &resp),
        resp);
  };
  c[r + "DeleteRetentionPolicy"] = [&](grpc::ClientContext& ctx, Role, const OfficeObjects& o) {
    domain::RetentionPolicy policy;
    policy.officeId = o.officeId;
    policy.hearingKind = domain::HearingKind::kOther;
    policy.retainDays = 36500;
    policy.createdBy = callers_[Role::kAdmin].id;
    auto set = storage_->retention().setPolicy(policy);
    EXPECT_TRUE(set) << set.error().toString();
    v1::DeleteRetentionPolicyRequest req;
    req.set_policy_id(set ? set->id : std::string());
    v1::DeleteRetentionPolicyResponse resp;
    return unaryOutcome(stubs_.retention->DeleteRetentionPolicy(&ctx, req, &resp), resp);
  };
  auto freshHearing = [&](const OfficeObjects& o) {
    auto hearing = storage_->hearings().create(domain::NewHearing{o.officeId,
                                                                  "H/" + std::to_string(++counter_),
                                                                  domain::HearingKind::kWitness,
                                                                  "",
                                                                  {},
                                                                  "",
                                                                  callers_[Role::kProsecutor].id});
    EXPECT_TRUE(hearing) << hearing.error().toString();
    return hearing ? hearing->id : std::string();
  };
  c[r + "PlaceLegalHold"] = [&, freshHearing](grpc::ClientContext& ctx, Role,
                                              const OfficeObjects& o) {
    v1::PlaceLegalHoldRequest req;
    req.set_hearing_id(freshHearing(o));
    req.set_reason("matrix");
    v1::LegalHold resp;
    return unaryOutcome(stubs_.retention->PlaceLegalHold(&ctx, req, &resp), resp);
  };
  c[r + "ReleaseLegalHold"] = [&, freshHearing](grpc::ClientContext& ctx, Role,
                                                const OfficeObjects& o) {
    const std::string hearingId = freshHearing(o);
    EXPECT_TRUE(storage_->retention().placeHold(hearingId, "matrix", callers_[Role::kAdmin].id));
    v1::ReleaseLegalHoldRequest req;
    req.set_hearing_id(hearingId);
    req.set_reason("matrix");
    v1::LegalHold resp;
    return unaryOutcome(stubs_.retention->ReleaseLegalHold(&ctx, req, &resp), resp);
  };
  c[r + "ListLegalHolds"] = [&](grpc::ClientContext& ctx, Role, const OfficeObjects& o) {
    v1::ListLegalHoldsRequest req;
    req.set_hearing_id(o.hearingId);
    req.set_include_released(true);
    v1::ListLegalHoldsResponse resp;
    return unaryOutcome(stubs_.retention->ListLegalHolds(&ctx, req, &resp), resp);
  };
  c[r + "RunRetention"] = [&](grpc::ClientContext& ctx, Role, auto&) {
    v1::RunRetentionResponse resp;
    return unaryOutcome(stubs_.retention->RunRetention(&ctx, v1::RunRetentionRequest(), &resp),
                        resp);
  };
}

}  // namespace audientia::authz_matrix
