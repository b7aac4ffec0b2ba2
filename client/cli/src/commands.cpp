#include "commands.h"

#include <unistd.h>

#include <map>
#include <memory>
#include <ostream>

#include "text_format.h"

namespace audientia::cli {

CommandHandler findHandler(const std::string& path) {
  static const std::map<std::string, CommandHandler> handlers = {
      {"login", runLogin},
      {"logout", runLogout},
      {"whoami", runWhoAmI},
      {"office create", runOfficeCreate},
      {"office list", runOfficeList},
      {"hearing create", runHearingCreate},
      {"hearing list", runHearingList},
      {"hearing show", runHearingShow},
      {"recording upload", runRecordingUpload},
      {"recording download", runRecordingDownload},
      {"recording show", runRecordingShow},
      {"export clip", runExportClip},
      {"export package", runExportPackage},
      {"report", runReport},
      {"verify", runVerify},
      {"upload list", runUploadList},
      {"upload status", runUploadStatus},
      {"upload abort", runUploadAbort},
      {"fixity run", runFixityRun},
      {"fixity status", runFixityStatus},
      {"alert list", runAlertList},
      {"alert ack", runAlertAck},
      {"job list", runJobList},
      {"job retry", runJobRetry},
      {"retention set", runRetentionSet},
      {"retention list", runRetentionList},
      {"retention delete", runRetentionDelete},
      {"retention run", runRetentionRun},
      {"hold place", runHoldPlace},
      {"hold release", runHoldRelease},
      {"hold list", runHoldList},
      {"office rename", runOfficeRename},
      {"office move", runOfficeMove},
      {"office deactivate", runOfficeDeactivate},
      {"office reactivate", runOfficeReactivate},
      {"user create", runUserCreate},
      {"user list", runUserList},
      {"user disable", runUserDisable},
      {"user enable", runUserEnable},
      {"user reset-password", runUserResetPassword},
      {"user set-role", runUserSetRole},
      {"passwd", runPasswd},
      {"audit list", runAuditList},
      {"audit verify", runAuditVerify},
      {"capture", runCapture},
      {"capture verify", runCaptureVerify},
      {"capture recover", runCaptureRecover},
      {"capture devices", runCaptureDevices},
      {"annotation add", runAnnotationAdd},
      {"annotation edit", runAnnotationEdit},
      {"annotation delete", runAnnotationDelete},
      {"annotation list", runAnnotationList},
      {"annotation history", runAnnotationHistory},
      {"search", runSearch},
  };
  const auto it = handlers.find(path);
  return it == handlers.end() ? CommandHandler() : it->second;
}

bool stderrIsTerminal() {
  return ::isatty(STDERR_FILENO) == 1;
}

client::ProgressCallback makeProgressPrinter(std::ostream& err, std::string label, bool enabled) {
  if (!enabled) return {};
  auto lastPercent = std::make_shared<int>(-1);
  return [&err, label = std::move(label), lastPercent](std::uint64_t done, std::uint64_t total) {
    const int percent = total == 0 ? 100 : static_cast<int>(done * 100 / total);
    if (percent != *lastPercent) {
      *lastPercent = percent;
      err << '\r' << label << ": " << percent << "% ("
          << formatBytes(static_cast<std::int64_t>(done)) << " of "
          << formatBytes(static_cast<std::int64_t>(total)) << ")" << (done >= total ? "\n" : "")
          << std::flush;
    }
    return true;
  };
}

}  // namespace audientia::cli
