// hearing create, hearing list, hearing show.

#include <ostream>

#include "commands.h"
#include "proto_json.h"
#include "text_format.h"

namespace audientia::cli {

namespace {

std::string participantsText(const v1::Hearing& hearing) {
  std::string text;
  for (const auto& participant : hearing.participants()) {
    if (!text.empty()) text += "; ";
    text += participant.role() + ": " + participant.name();
  }
  return text.empty() ? "-" : text;
}

std::string orDash(const std::string& text) {
  return text.empty() ? "-" : text;
}

void printHearing(std::ostream& out, const v1::Hearing& hearing) {
  printFields(
      out, {{"hearing", hearing.id()},
            {"case", hearing.case_number()},
            {"kind", hearingKindName(hearing.kind())},
            {"title", orDash(hearing.title())},
            {"office", hearing.office_id()},
            {"participants", participantsText(hearing)},
            {"location", orDash(hearing.location())},
            {"status", shortEnumName(v1::HearingStatus_Name(hearing.status()), "HEARING_STATUS_")},
            {"created", formatTime(hearing.created_at_unix_ms())},
            {"recordings", std::to_string(hearing.recording_count())}});
}

void printRecordings(std::ostream& out,
                     const google::protobuf::RepeatedPtrField<v1::Recording>& recordings) {
  Table table(
      {"RECORDING", "FILE", "SIZE", "SHA256", "DURATION", "STREAMS", "STATE", "MEDIA ERROR"});
  for (const auto& recording : recordings) {
    table.addRow({recording.id(), recording.file_name(), formatBytes(recording.size_bytes()),
                  recording.sha256(), formatDuration(recording.media_info().duration_ms()),
                  formatStreams(recording.media_info()),
                  shortEnumName(v1::RecordingState_Name(recording.state()), "RECORDING_STATE_"),
                  orDash(recording.media_error())});
  }
  table.print(out);
}

}  // namespace

Expected<v1::CreateHearingRequest> createHearingRequestFromArgs(const ParsedArgs& args) {
  v1::CreateHearingRequest request;
  request.set_office_id(args.value("office"));
  if (request.office_id().empty()) return invalidArgument("--office must not be empty");
  request.set_case_number(args.value("case"));
  if (request.case_number().empty()) return invalidArgument("--case must not be empty");
  AUDIENTIA_TRY(const v1::HearingKind kind, parseHearingKind(args.value("kind")));
  request.set_kind(kind);
  request.set_title(args.value("title"));
  request.set_location(args.value("location"));
  for (const auto& text : args.values("participant")) {
    AUDIENTIA_TRY(v1::Participant participant, parseParticipant(text));
    *request.add_participants() = std::move(participant);
  }
  return request;
}

int runHearingCreate(CliContext& context, const ParsedArgs& args) {
  auto request = createHearingRequestFromArgs(args);
  if (!request) return context.usageError(request.error());
  auto client = context.connect(/*requireSession=*/true);
  if (!client) return context.fail(client.error());
  auto hearing = (*client)->createHearing(*request);
  if (!hearing) return context.fail(hearing.error());
  if (context.json()) {
    v1::CreateHearingResponse response;
    *response.mutable_hearing() = *hearing;
    context.printJson(protoToJson(response));
    return kExitOk;
  }
  printHearing(context.out(), *hearing);
  return kExitOk;
}

int runHearingList(CliContext& context, const ParsedArgs& args) {
  auto client = context.connect(/*requireSession=*/true);
  if (!client) return context.fail(client.error());
  auto hearings = (*client)->listHearings(args.value("office"));
  if (!hearings) return context.fail(hearings.error());
  if (context.json()) {
    v1::ListHearingsResponse response;
    for (const auto& hearing : *hearings) *response.add_hearings() = hearing;
    nlohmann::json document = protoToJson(response);
    document.erase("next_page_token");
    context.printJson(document);
    return kExitOk;
  }
  Table table({"ID", "CASE", "KIND", "TITLE", "OFFICE", "STATUS", "RECORDINGS", "CREATED"});
  for (const auto& hearing : *hearings) {
    table.addRow({hearing.id(), hearing.case_number(), hearingKindName(hearing.kind()),
                  orDash(hearing.title()), hearing.office_id(),
                  shortEnumName(v1::HearingStatus_Name(hearing.status()), "HEARING_STATUS_"),
                  std::to_string(hearing.recording_count()),
                  formatTime(hearing.created_at_unix_ms())});
  }
  table.print(context.out());
  return kExitOk;
}

int runHearingShow(CliContext& context, const ParsedArgs& args) {
  auto client = context.connect(/*requireSession=*/true);
  if (!client) return context.fail(client.error());
  auto response = (*client)->getHearing(args.positionals.at(0));
  if (!response) return context.fail(response.error());
  if (context.json()) {
    context.printJson(protoToJson(*response));
    return kExitOk;
  }
  printHearing(context.out(), response->hearing());
  context.out() << '\n';
  if (response->recordings().empty()) {
    context.out() << "no recordings\n";
  } else {
    printRecordings(context.out(), response->recordings());
  }
  // The moments marked while recording, of every recording of the hearing, as sealed.
  Table markers({"RECORDING", "AT", "KIND", "TEXT", "WALL TIME"});
  for (const auto& recording : response->recordings()) {
    for (const auto& marker : recording.markers()) {
      markers.addRow({recording.id(),
                      formatDuration(marker.media_time_ms()) +
                          (marker.run() > 1 ? " (run " + std::to_string(marker.run()) + ")" : ""),
                      marker.kind(), marker.text().empty() ? "-" : marker.text(),
                      marker.wall_time()});
    }
  }
  if (markers.rowCount() > 0) {
    context.out() << '\n';
    markers.print(context.out());
  }
  return kExitOk;
}

}  // namespace audientia::cli
