#include "upload_progress.h"

#include <iomanip>
#include <sstream>

#include "text_format.h"

namespace audientia::cli {

namespace {

constexpr auto kRedrawInterval = std::chrono::milliseconds(200);

std::string name(const client::UploadProgress& progress) {
  return progress.fileName.empty() ? progress.path.filename().string() : progress.fileName;
}

std::string timeLeft(double seconds) {
  const auto total = static_cast<std::int64_t>(seconds + 0.5);
  std::ostringstream out;
  if (total >= 3600) out << total / 3600 << ':' << std::setw(2) << std::setfill('0');
  out << (total / 60) % 60 << ':' << std::setw(2) << std::setfill('0') << total % 60;
  return out.str();
}

}  // namespace

std::string UploadProgressPrinter::sendingLine(const client::UploadProgress& progress) {
  std::ostringstream line;
  const int percent = progress.totalBytes == 0
                          ? 100
                          : static_cast<int>(static_cast<double>(progress.sentBytes) * 100.0 /
                                             static_cast<double>(progress.totalBytes));
  line << percent << "% " << formatBytes(static_cast<std::int64_t>(progress.sentBytes)) << " of "
       << formatBytes(static_cast<std::int64_t>(progress.totalBytes));
  if (progress.bytesPerSecond > 0) {
    line << ", " << formatBytes(static_cast<std::int64_t>(progress.bytesPerSecond)) << "/s";
    if (progress.totalBytes > progress.sentBytes) {
      line << ", "
           << timeLeft(static_cast<double>(progress.totalBytes - progress.sentBytes) /
                       progress.bytesPerSecond)
           << " left";
    }
  }
  return line.str();
}

void UploadProgressPrinter::operator()(const client::UploadProgress& progress) {
  using client::UploadPhase;
  if (progress.phase != UploadPhase::kWaiting) waitingShown_ = false;
  switch (progress.phase) {
    case UploadPhase::kResuming:
      printLine("resuming " + progress.path.string() + " at " +
                formatBytes(static_cast<std::int64_t>(progress.sentBytes)) + " of " +
                formatBytes(static_cast<std::int64_t>(progress.totalBytes)));
      return;
    case UploadPhase::kRetrying:
      printLine(progress.path.filename().string() + ": " + progress.detail);
      return;
    case UploadPhase::kWaiting:
      if (!waitingShown_) {
        waitingShown_ = true;
        printLine(progress.path.string() + ": " +
                  formatBytes(static_cast<std::int64_t>(progress.durableBytes)) + " uploaded; " +
                  progress.detail);
      }
      return;
    case UploadPhase::kHashing: {
      const auto percent =
          progress.hashTotalBytes == 0 ? 100 : progress.hashedBytes * 100 / progress.hashTotalBytes;
      draw("hashing " + name(progress) + ": " + std::to_string(percent) + "%", false);
      return;
    }
    case UploadPhase::kSending:
      draw(name(progress) + ": " + sendingLine(progress), false);
      return;
    case UploadPhase::kCompleting:
      draw(name(progress) + ": " + sendingLine(progress) + ", verifying on the server", true);
      return;
    case UploadPhase::kDone:
      draw(progress.path.filename().string() + ": " + sendingLine(progress) + ", done", true);
      finishLine();
      return;
    case UploadPhase::kUnspecified:
      return;
  }
}

void UploadProgressPrinter::draw(const std::string& line, bool force) {
  if (!terminal_) return;
  const auto now = std::chrono::steady_clock::now();
  if (!force && lineOpen_ && now - lastDraw_ < kRedrawInterval) return;
  lastDraw_ = now;
  err_ << '\r' << line;
  if (line.size() < lastWidth_) err_ << std::string(lastWidth_ - line.size(), ' ');
  err_ << std::flush;
  lastWidth_ = line.size();
  lineOpen_ = true;
}

void UploadProgressPrinter::finishLine() {
  if (!lineOpen_) return;
  err_ << '\n' << std::flush;
  lineOpen_ = false;
  lastWidth_ = 0;
}

void UploadProgressPrinter::printLine(const std::string& line) {
  finishLine();
  err_ << line << '\n' << std::flush;
}

}  // namespace audientia::cli
