#include "ffmpeg_input.h"

#include <cerrno>
#include <string>
#include <string_view>
#include <system_error>

#include "ffmpeg_error.h"

namespace audientia::media {
namespace {

// Clear messages for the cases where FFmpeg's own would be vague.
Status checkReadableFile(const std::filesystem::path& path) {
  std::error_code ec;
  const auto status = std::filesystem::status(path, ec);
  if (status.type() == std::filesystem::file_type::not_found) {
    return notFound("cannot open '" + path.string() + "': no such file");
  }
  if (std::filesystem::is_directory(status)) {
    return invalidArgument("cannot read '" + path.string() + "' as media: it is a directory");
  }
  if (std::filesystem::is_regular_file(status)) {
    const auto size = std::filesystem::file_size(path, ec);
    if (!ec && size == 0) {
      return invalidArgument("cannot read '" + path.string() + "' as media: the file is empty");
    }
  }
  return ok();  // anything else (permissions, special files) is left to FFmpeg to report
}

// Opening a file fails with ENOMEM when its headers ask FFmpeg for more than
// kFfmpegMaxAllocation at once: a damaged or hostile file, not a lack of memory that a retry
// would cure (see configureFfmpeg()).
Error openError(const FfmpegLogCapture& log, int rc, std::string_view call,
                const std::filesystem::path& path) {
  if (rc != AVERROR(ENOMEM)) return log.error(rc, call, path.string());
  return invalidArgument("cannot read '" + path.string() +
                         "' as media: its headers ask for more memory than a real recording "
                         "needs (over " +
                         std::to_string(kFfmpegMaxAllocation >> 20) +
                         " MiB at once); the file is damaged or not a recording");
}

}  // namespace

Expected<InputFormatContext> openInput(const std::filesystem::path& path) {
  AUDIENTIA_TRY_STATUS(checkReadableFile(path));
  FfmpegLogCapture log;
  // "file:" keeps a path with a colon in it from being read as a protocol name.
  const std::string url = "file:" + path.string();
  AVFormatContext* raw = nullptr;
  // On failure avformat_open_input frees the context itself.
  if (const int rc = avformat_open_input(&raw, url.c_str(), nullptr, nullptr); rc < 0) {
    return openError(log, rc, "avformat_open_input", path);
  }
  InputFormatContext context(raw);
  if (const int rc = avformat_find_stream_info(context.get(), nullptr); rc < 0) {
    return openError(log, rc, "avformat_find_stream_info", path);
  }
  return context;
}

}  // namespace audientia::media
