// export clip, export package, verify: evidence out of the building.

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
  auto client = context.connect(/*requireSession=*/true);
  if (!client) return context.fail(client.error());
  client::PackageExportRequest request{args.positionals.at(0), args.value("reason")};
  auto info = (*client)->exportPackage(
      request, out, makeProgressPrinter(context.err(), out.string(), stderrIsTerminal()));
  if (!info) return context.fail(info.error());
  if (context.json()) {
    context.printJson({{"hearing_id", info->hearing_id()},
                       {"case_number", info->case_number()},
                       {"out", out.string()},
                       {"audit_sequence", info->audit_sequence()},
                       {"payload_manifest_sha256", info->payload_manifest_sha256()},
                       {"payload_files", info->payload_files()},
                       {"payload_bytes", info->payload_bytes()}});
    return kExitOk;
  }
  context.out() << "wrote the evidence package of case " << info->case_number() << " to "
                << out.string() << "\n";
  printFields(context.out(),
              {{"payload", std::to_string(info->payload_files()) + " files, " +
                               formatBytes(info->payload_bytes())},
               {"digest", info->payload_manifest_sha256() + " (SHA-256 of manifest-sha256.txt)"},
               {"audit event", std::to_string(info->audit_sequence())},
               {"check it", "audientia-verify " + out.string()}});
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
