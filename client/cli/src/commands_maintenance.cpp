// fixity run, fixity status, alert list, alert ack, job list, job retry.

#include <chrono>
#include <ostream>
#include <thread>

#include "commands.h"
#include "proto_json.h"
#include "text_format.h"

namespace audientia::cli {

namespace {

constexpr auto kJobPollInterval = std::chrono::milliseconds(500);

std::string orDash(const std::string& text) {
  return text.empty() ? "-" : text;
}

std::string jobStateName(v1::JobState state) {
  return shortEnumName(v1::JobState_Name(state), "JOB_STATE_");
}

void printJobs(std::ostream& out, const std::vector<v1::Job>& jobs) {
  Table table(
      {"JOB", "KIND", "SUBJECT", "STATE", "ATTEMPTS", "RUN AFTER", "FINISHED", "LAST ERROR"});
  for (const auto& job : jobs) {
    table.addRow({std::to_string(job.id()), job.kind(), orDash(job.subject()),
                  jobStateName(job.state()),
                  std::to_string(job.attempts()) + "/" + std::to_string(job.max_attempts()),
                  formatTime(job.run_after_unix_ms()), formatTime(job.finished_at_unix_ms()),
                  orDash(job.last_error())});
  }
  table.print(out);
}

void printFixityStatus(std::ostream& out, const v1::GetFixityStatusResponse& status) {
  printFields(out, {{"objects", std::to_string(status.objects_total())},
                    {"never checked", std::to_string(status.objects_never_checked())},
                    {"open alerts", std::to_string(status.open_alerts())}});
  out << '\n';
  if (status.runs().empty()) {
    out << "no fixity sweep has run yet\n";
  } else {
    Table runs(
        {"RUN", "STARTED", "FINISHED", "OBJECTS", "BYTES", "MISMATCHES", "MISSING", "ERROR"});
    for (const auto& run : status.runs()) {
      runs.addRow(
          {std::to_string(run.id()), formatTime(run.started_at_unix_ms()),
           run.finished_at_unix_ms() == 0 ? "running" : formatTime(run.finished_at_unix_ms()),
           std::to_string(run.objects_checked()), formatBytes(run.bytes_checked()),
           std::to_string(run.mismatches()), std::to_string(run.missing()), orDash(run.error())});
    }
    runs.print(out);
  }
  if (!status.failures().empty()) {
    out << '\n';
    Table failures({"SHA256", "ACTUAL", "RECORDING", "FILE", "CHECKED", "ERROR"});
    for (const auto& failure : status.failures()) {
      failures.addRow({failure.sha256(), orDash(failure.actual_sha256()),
                       orDash(failure.recording_id()), orDash(failure.file_name()),
                       formatTime(failure.checked_at_unix_ms()), orDash(failure.error())});
    }
    failures.print(out);
  }
}

// Polls the job list until the job has finished; returns it.
Expected<v1::Job> waitForJob(client::KeepingApi& api, std::int64_t jobId) {
  for (;;) {
    AUDIENTIA_TRY(const std::vector<v1::Job> jobs, api.listJobs(v1::JOB_STATE_UNSPECIFIED, 1000));
    const auto it = std::find_if(jobs.begin(), jobs.end(),
                                 [&](const v1::Job& job) { return job.id() == jobId; });
    if (it == jobs.end()) {
      return Error(ErrorCode::kNotFound,
                   "job " + std::to_string(jobId) + " is no longer in the job list");
    }
    if (it->state() == v1::JOB_STATE_DONE || it->state() == v1::JOB_STATE_FAILED) return *it;
    std::this_thread::sleep_for(kJobPollInterval);
  }
}

}  // namespace

int runFixityRun(CliContext& context, const ParsedArgs& args) {
  auto client = context.connect(/*requireSession=*/true);
  if (!client) return context.fail(client.error());
  auto job = (*client)->runFixity();
  if (!job) return context.fail(job.error());
  if (!args.has("wait")) {
    if (context.json()) {
      v1::RunFixityResponse response;
      *response.mutable_job() = *job;
      context.printJson(protoToJson(response));
    } else {
      context.out() << "fixity sweep queued as job " << job->id() << " ("
                    << jobStateName(job->state()) << "); 'audientiactl fixity status' shows "
                    << "the result\n";
    }
    return kExitOk;
  }
  auto finished = waitForJob(**client, job->id());
  if (!finished) return context.fail(finished.error());
  auto status = (*client)->getFixityStatus(1);
  if (!status) return context.fail(status.error());
  const bool jobFailed = finished->state() == v1::JOB_STATE_FAILED;
  const bool intact = !jobFailed && !status->runs().empty() && status->runs(0).mismatches() == 0 &&
                      status->runs(0).missing() == 0 && status->runs(0).error().empty();
  if (context.json()) {
    nlohmann::json document = protoToJson(*status);
    document["job"] = protoToJson(*finished);
    document["intact"] = intact;
    context.printJson(document);
  } else {
    printFixityStatus(context.out(), *status);
  }
  if (jobFailed) {
    return context.fail(Error(ErrorCode::kInternal, "fixity job " + std::to_string(finished->id()) +
                                                        " failed: " + finished->last_error()));
  }
  if (!intact) {
    return context.fail(Error(ErrorCode::kDataLoss,
                              "fixity sweep found stored objects that do not match their SHA-256 "
                              "or are missing (see the failures above)"));
  }
  return kExitOk;
}

int runFixityStatus(CliContext& context, const ParsedArgs&) {
  auto client = context.connect(/*requireSession=*/true);
  if (!client) return context.fail(client.error());
  auto status = (*client)->getFixityStatus(5);
  if (!status) return context.fail(status.error());
  if (context.json()) {
    context.printJson(protoToJson(*status));
    return kExitOk;
  }
  printFixityStatus(context.out(), *status);
  return kExitOk;
}

int runAlertList(CliContext& context, const ParsedArgs& args) {
  auto client = context.connect(/*requireSession=*/true);
  if (!client) return context.fail(client.error());
  auto alerts = (*client)->listAlerts(args.has("all"));
  if (!alerts) return context.fail(alerts.error());
  if (context.json()) {
    v1::ListAlertsResponse response;
    for (const auto& alert : *alerts) *response.add_alerts() = alert;
    context.printJson(protoToJson(response));
    return kExitOk;
  }
  if (alerts->empty()) {
    context.out() << (args.has("all") ? "no alerts\n" : "no open alerts\n");
    return kExitOk;
  }
  Table table({"ALERT", "KIND", "SUBJECT", "RECORDING", "CREATED", "ACKNOWLEDGED", "DETAIL"});
  for (const auto& alert : *alerts) {
    table.addRow({std::to_string(alert.id()), alert.kind(), orDash(alert.subject()),
                  orDash(alert.recording_id()), formatTime(alert.created_at_unix_ms()),
                  alert.acknowledged_by().empty() ? "-"
                                                  : formatTime(alert.acknowledged_at_unix_ms()) +
                                                        " by " + alert.acknowledged_by(),
                  orDash(alert.detail())});
  }
  table.print(context.out());
  return kExitOk;
}

int runAlertAck(CliContext& context, const ParsedArgs& args) {
  auto id = parseId("alert id", args.positionals.at(0));
  if (!id) return context.usageError(id.error());
  auto client = context.connect(/*requireSession=*/true);
  if (!client) return context.fail(client.error());
  auto alert = (*client)->acknowledgeAlert(*id);
  if (!alert) return context.fail(alert.error());
  if (context.json()) {
    context.printJson(protoToJson(*alert));
    return kExitOk;
  }
  context.out() << "alert " << alert->id() << " (" << alert->kind() << ") acknowledged\n";
  return kExitOk;
}

int runJobList(CliContext& context, const ParsedArgs& args) {
  v1::JobState state = v1::JOB_STATE_UNSPECIFIED;
  if (args.has("state")) {
    auto parsed = parseJobState(args.value("state"));
    if (!parsed) return context.usageError(parsed.error());
    state = *parsed;
  }
  auto client = context.connect(/*requireSession=*/true);
  if (!client) return context.fail(client.error());
  auto jobs = (*client)->listJobs(state, 100);
  if (!jobs) return context.fail(jobs.error());
  if (context.json()) {
    v1::ListJobsResponse response;
    for (const auto& job : *jobs) *response.add_jobs() = job;
    context.printJson(protoToJson(response));
    return kExitOk;
  }
  if (jobs->empty()) {
    context.out() << "no jobs\n";
    return kExitOk;
  }
  printJobs(context.out(), *jobs);
  return kExitOk;
}

int runJobRetry(CliContext& context, const ParsedArgs& args) {
  auto id = parseId("job id", args.positionals.at(0));
  if (!id) return context.usageError(id.error());
  auto client = context.connect(/*requireSession=*/true);
  if (!client) return context.fail(client.error());
  auto job = (*client)->retryJob(*id);
  if (!job) return context.fail(job.error());
  if (context.json()) {
    context.printJson(protoToJson(*job));
    return kExitOk;
  }
  context.out() << "job " << job->id() << " (" << job->kind() << ") queued again\n";
  return kExitOk;
}

}  // namespace audientia::cli
