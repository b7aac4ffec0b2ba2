// export clip, export package, report, verify: evidence out of the building.

#include <filesystem>

#include "audientia/verify/bag_verifier.h"
#include "commands.h"
#include "text_format.h"
#include "value_parsers.h"

namespace audientia::cli {

namespace fs = std::filesystem;

namespace {

// A time in the recording, "0:00.000" included.
std::string clipTime(std::int64_t ms) {
  return ms == 0 ? "0:00.000" : formatDuration(ms);
}

// "REC:FROM-TO", times in seconds or H:MM:SS ("3f2a…:5-9", "3f2a…:0:01:05-0:02:10").
Expected<client::ClipExportRequest> parsePackageClip(const std::string& text) {
  const auto colon = text.find(':');
  const auto dash = text.find('-', colon == std::string::npos ? 0 : colon);
  if (colon == std::string::npos || colon == 0 || dash == std::string::npos) {
    return invalidArgument("--clip " + text +
                           ": write RECORDING_ID:FROM-TO, e.g. 3f2a…:5-9 or 3f2a…:0:01:05-0:02:10");
  }
  AUDIENTIA_TRY(auto from, parseMediaTime("clip", text.substr(colon + 1, dash - colon - 1)));
  AUDIENTIA_TRY(auto to, parseMediaTime("clip", text.substr(dash + 1)));
  if (to <= from) {
    return invalidArgument("--clip " + text + ": a clip ends after it starts");
  }
  return client::ClipExportRequest{text.substr(0, colon), from, to};
}

}  // namespace

int runExportClip(CliContext& context, const ParsedArgs& args) {
  auto from = parseMediaTime("from", args.value("from"));
  if (!from) return context.usageError(from.error());
  auto to = parseMediaTime("to", args.value("to"));
  if (!to) return context.usageError(to.error());
  if (*to <= *from) {
    return context.usageError(
        invalidArgument("--to must come after --from: a clip ends after it starts"));
  }
  const fs::path out = args.value("out");
  if (out.empty()) return context.usageError(invalidArgument("--out must not be empty"));
  auto client = context.connect(/*requireSession=*/true);
  if (!client) return context.fail(client.error());
  client::ClipExportRequest request{args.positionals.at(0), *from, *to};
  auto info = (*client)->exportClip(
      request, out, makeProgressPrinter(context.err(), out.string(), stderrIsTerminal()));
  if (!info) return context.fail(info.error());
  if (context.json()) {
    context.printJson({{"recording_id", info->recording_id()},
                       {"hearing_id", info->hearing_id()},
                       {"case_number", info->case_number()},
                       {"out", out.string()},
                       {"asked_from_ms", info->asked_from_ms()},
                       {"asked_to_ms", info->asked_to_ms()},
                       {"start_ms", info->start_ms()},
                       {"end_ms", info->end_ms()},
                       {"duration_ms", info->duration_ms()},
                       {"size_bytes", info->size_bytes()},
                       {"sha256", info->sha256()},
                       {"source_sha256", info->source_sha256()}});
    return kExitOk;
  }
  context.out() << "wrote a clip of recording " << info->recording_id() << " (case "
                << info->case_number() << ") to " << out.string() << "\n";
  printFields(context.out(), {{"from", clipTime(info->start_ms()) +
                                           (info->start_ms() != info->asked_from_ms()
                                                ? " (asked " + clipTime(info->asked_from_ms()) +
                                                      ": the keyframe before it, no re-encoding)"
                                                : "")},
                              {"to", clipTime(info->end_ms())},
                              {"length", formatDuration(info->duration_ms())},
                              {"size", formatBytes(info->size_bytes())},
                              {"sha256", info->sha256() + " (verified)"},
                              {"source sha256", info->source_sha256()}});
  return kExitOk;
}

int runExportPackage(CliContext& context, const ParsedArgs& args) {
  const fs::path out = args.value("out");
  if (out.empty()) return context.usageError(invalidArgument("--out must not be empty"));
  const bool zip = args.has("zip");
  const std::string top = zip ? client::packageZipTopDirectory(out) : std::string();
  if (zip && top.empty()) {
    return context.usageError(
        invalidArgument("--out must name the ZIP file to write, such as 808-P-2026.zip"));
  }
  auto client = context.connect(/*requireSession=*/true);
  if (!client) return context.fail(client.error());
  client::PackageExportRequest request{
      args.positionals.at(0), args.value("reason"), args.value("lang"),
      zip ? client::PackageLayout::kZip : client::PackageLayout::kDirectory};
  request.recordingIds = args.values("recording");
  request.reverify = args.has("reverify");
  for (const auto& text : args.values("clip")) {
    auto clip = parsePackageClip(text);
    if (!clip) return context.usageError(clip.error());
    request.clips.push_back(*clip);
  }
  auto info = (*client)->exportPackage(
      request, out, makeProgressPrinter(context.err(), out.string(), stderrIsTerminal()));
  if (!info) return context.fail(info.error());
  if (context.json()) {
    nlohmann::json doc = {{"hearing_id", info->hearing_id()},
                          {"case_number", info->case_number()},
                          {"out", out.string()},
                          {"format", zip ? "zip" : "directory"},
                          {"audit_sequence", info->audit_sequence()},
                          {"payload_manifest_sha256", info->payload_manifest_sha256()},
                          {"payload_files", info->payload_files()},
                          {"payload_bytes", info->payload_bytes()}};
    if (zip) doc["top_directory"] = top;
    context.printJson(doc);
    return kExitOk;
  }
  context.out() << "wrote the evidence package of case " << info->case_number() << " to "
                << out.string() << "\n";
  std::vector<std::pair<std::string, std::string>> fields;
  if (zip)
    fields.push_back({"form", "one ZIP file (stored, not compressed), the bag in " + top + "/"});
  fields.push_back({"payload", std::to_string(info->payload_files()) + " files, " +
                                   formatBytes(info->payload_bytes())});
  fields.push_back(
      {"digest", info->payload_manifest_sha256() + " (SHA-256 of manifest-sha256.txt)"});
  fields.push_back({"audit event", std::to_string(info->audit_sequence())});
  fields.push_back({"check it", "audientia-verify " + out.string()});
  printFields(context.out(), fields);
  return kExitOk;
}

int runReport(CliContext& context, const ParsedArgs& args) {
  const fs::path out = args.value("out");
  if (out.empty()) return context.usageError(invalidArgument("--out must not be empty"));
  const std::string lang = args.value("lang");
  if (!lang.empty() && lang != "en" && lang != "ro") {
    return context.usageError(
        invalidArgument("--lang: the report is written in English (en) or Romanian (ro)"));
  }
  auto client = context.connect(/*requireSession=*/true);
  if (!client) return context.fail(client.error());
  auto info = (*client)->hearingReport(
      {args.positionals.at(0), lang}, out,
      makeProgressPrinter(context.err(), out.string(), stderrIsTerminal()));
  if (!info) return context.fail(info.error());
  if (context.json()) {
    context.printJson({{"hearing_id", info->hearing_id()},
                       {"case_number", info->case_number()},
                       {"language", info->language()},
                       {"out", out.string()},
                       {"size_bytes", info->size_bytes()},
                       {"sha256", info->sha256()}});
    return kExitOk;
  }
  context.out() << "wrote the hearing report of case " << info->case_number() << " to "
                << out.string() << "\n";
  printFields(context.out(), {{"language", info->language()},
                              {"size", formatBytes(info->size_bytes())},
                              {"sha256", info->sha256() + " (verified)"}});
  return kExitOk;
}

int runVerify(CliContext& context, const ParsedArgs& args) {
  verify::VerifyOptions options;
  if (args.has("ca")) options.caFile = args.value("ca");
  const auto report = verify::verifyBag(args.positionals.at(0), options);
  context.out() << (context.json() ? verify::reportJson(report) : verify::reportText(report));
  return report.ok() ? kExitOk : 1;
}

}  // namespace audientia::cli
