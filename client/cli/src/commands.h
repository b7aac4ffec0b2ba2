#pragma once

// The commands of audientiactl, one file per area (auth, offices, hearings, recordings, uploads,
// maintenance, retention). Each handler returns the process exit code and prints its own output
// and errors. The pure parts
// (building requests from arguments, reading the password) are declared here for the tests.

#include <functional>
#include <iosfwd>
#include <string>

#include "audientia/base/expected.h"
#include "audientia/client/progress_callback.h"
#include "audientia/v1/common.pb.h"
#include "audientia/v1/hearings.pb.h"
#include "cli_context.h"
#include "command_line.h"
#include "value_parsers.h"

namespace audientia::cli {

using CommandHandler = std::function<int(CliContext&, const ParsedArgs&)>;

// The handler for a command path ("office create"); null for an unknown path.
CommandHandler findHandler(const std::string& path);

// Local capture (commands_capture.cpp): no server.
int runCapture(CliContext& context, const ParsedArgs& args);
int runCaptureVerify(CliContext& context, const ParsedArgs& args);
int runCaptureRecover(CliContext& context, const ParsedArgs& args);
int runCaptureDevices(CliContext& context, const ParsedArgs& args);

int runLogin(CliContext& context, const ParsedArgs& args);
int runLogout(CliContext& context, const ParsedArgs& args);
int runWhoAmI(CliContext& context, const ParsedArgs& args);
int runOfficeCreate(CliContext& context, const ParsedArgs& args);
int runOfficeList(CliContext& context, const ParsedArgs& args);
int runHearingCreate(CliContext& context, const ParsedArgs& args);
int runHearingList(CliContext& context, const ParsedArgs& args);
int runHearingShow(CliContext& context, const ParsedArgs& args);
int runRecordingUpload(CliContext& context, const ParsedArgs& args);
int runRecordingDownload(CliContext& context, const ParsedArgs& args);
int runRecordingShow(CliContext& context, const ParsedArgs& args);
int runUploadList(CliContext& context, const ParsedArgs& args);
int runUploadStatus(CliContext& context, const ParsedArgs& args);
int runUploadAbort(CliContext& context, const ParsedArgs& args);
int runFixityRun(CliContext& context, const ParsedArgs& args);
int runFixityStatus(CliContext& context, const ParsedArgs& args);
int runAlertList(CliContext& context, const ParsedArgs& args);
int runAlertAck(CliContext& context, const ParsedArgs& args);
int runJobList(CliContext& context, const ParsedArgs& args);
int runJobRetry(CliContext& context, const ParsedArgs& args);
int runRetentionSet(CliContext& context, const ParsedArgs& args);
int runRetentionList(CliContext& context, const ParsedArgs& args);
int runRetentionDelete(CliContext& context, const ParsedArgs& args);
int runRetentionRun(CliContext& context, const ParsedArgs& args);
int runHoldPlace(CliContext& context, const ParsedArgs& args);
int runHoldRelease(CliContext& context, const ParsedArgs& args);
int runHoldList(CliContext& context, const ParsedArgs& args);
int runOfficeRename(CliContext& context, const ParsedArgs& args);
int runOfficeMove(CliContext& context, const ParsedArgs& args);
int runOfficeDeactivate(CliContext& context, const ParsedArgs& args);
int runOfficeReactivate(CliContext& context, const ParsedArgs& args);
int runUserCreate(CliContext& context, const ParsedArgs& args);
int runUserList(CliContext& context, const ParsedArgs& args);
int runUserDisable(CliContext& context, const ParsedArgs& args);
int runUserEnable(CliContext& context, const ParsedArgs& args);
int runUserResetPassword(CliContext& context, const ParsedArgs& args);
int runUserSetRole(CliContext& context, const ParsedArgs& args);
int runPasswd(CliContext& context, const ParsedArgs& args);
int runAuditList(CliContext& context, const ParsedArgs& args);
int runAuditVerify(CliContext& context, const ParsedArgs& args);
int runAnnotationAdd(CliContext& context, const ParsedArgs& args);
int runAnnotationEdit(CliContext& context, const ParsedArgs& args);
int runAnnotationDelete(CliContext& context, const ParsedArgs& args);
int runAnnotationList(CliContext& context, const ParsedArgs& args);
int runAnnotationHistory(CliContext& context, const ParsedArgs& args);
int runSearch(CliContext& context, const ParsedArgs& args);
int runExportClip(CliContext& context, const ParsedArgs& args);
int runExportPackage(CliContext& context, const ParsedArgs& args);
int runReport(CliContext& context, const ParsedArgs& args);
int runVerify(CliContext& context, const ParsedArgs& args);

// admin|prosecutor|clerk|auditor (case-insensitive).
Expected<v1::Role> parseRole(const std::string& text);
// YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ (UTC) as milliseconds since the epoch.
Expected<std::int64_t> parseDateToUnixMs(const std::string& text);

// The first line of in, without its line ending; an error when there is none or it is empty.
Expected<std::string> readPasswordLine(std::istream& in);
// From `hearing create` arguments; errors are usage errors.
Expected<v1::CreateHearingRequest> createHearingRequestFromArgs(const ParsedArgs& args);
// From `recording download --range`; no --range: the whole recording.
Expected<ByteRange> downloadRangeFromArgs(const ParsedArgs& args);

// A progress callback printing "label: 42% (1.2 MiB of 2.9 MiB)" on err, or doing nothing when
// enabled is false. It never cancels.
client::ProgressCallback makeProgressPrinter(std::ostream& err, std::string label, bool enabled);
// True when standard error is a terminal.
bool stderrIsTerminal();

}  // namespace audientia::cli
