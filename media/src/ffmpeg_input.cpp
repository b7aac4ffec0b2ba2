#include "ffmpeg_input.h"

#include <string>
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

}  // namespace

Expected<InputFormatContext> openInput(const std::filesystem::path& path) {
  AUDIENTIA_TRY_STATUS(checkReadableFile(path));
  FfmpegLogCapture log;
  // "file:" keeps a path with a colon in it from being read as a protocol name.
  const std::string url = "file:" + path.string();
  AVFormatContext* raw = nullptr;
  // On failure avformat_open_input frees the context itself.
  if (const int rc = avformat_open_input(&raw, url.c_str(), nullptr, nullptr); rc < 0) {
    return log.error(rc, "avformat_open_input", path.string());
  }
  InputFormatContext context(raw);
  if (const int rc = avformat_find_stream_info(context.get(), nullptr); rc < 0) {
    return log.error(rc, "avformat_find_stream_info", path.string());
  }
  return context;
}

}  // namespace audientia::media
