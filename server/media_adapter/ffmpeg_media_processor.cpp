#include "media_adapter/ffmpeg_media_processor.h"

#include <fstream>

#include "audientia/media/media_info.h"
#include "audientia/media/probe.h"
#include "audientia/media/processing.h"

namespace audientia::media_adapter {
namespace {

domain::StreamType toDomain(media::StreamType type) {
  switch (type) {
    case media::StreamType::kVideo:
      return domain::StreamType::kVideo;
    case media::StreamType::kAudio:
      return domain::StreamType::kAudio;
    case media::StreamType::kSubtitle:
      return domain::StreamType::kSubtitle;
    case media::StreamType::kData:
      return domain::StreamType::kData;
    case media::StreamType::kUnspecified:
      break;
  }
  return domain::StreamType::kUnspecified;
}

domain::MediaInfo toDomain(const media::MediaInfo& info) {
  domain::MediaInfo out;
  out.container = info.container;
  out.duration = info.duration;
  out.bitRate = info.bitRate;
  for (const auto& stream : info.streams) {
    domain::StreamInfo s;
    s.index = stream.index;
    s.type = toDomain(stream.type);
    s.codec = stream.codec;
    s.width = stream.width;
    s.height = stream.height;
    s.frameRate = stream.frameRate;
    s.sampleRate = stream.sampleRate;
    s.channels = stream.channels;
    s.duration = stream.duration;
    s.bitRate = stream.bitRate;
    out.streams.push_back(std::move(s));
  }
  return out;
}

}  // namespace

Expected<domain::MediaInfo> FfmpegMediaProcessor::probe(const std::filesystem::path& path) {
  auto info = media::probe(path);
  if (!info) return info.error();
  if (info->streams.empty()) {
    return invalidArgument("no audio or video streams in " + path.filename().string());
  }
  return toDomain(*info);
}

Expected<ports::AssembledMaster> FfmpegMediaProcessor::assembleMaster(
    const std::vector<std::filesystem::path>& segments, const std::filesystem::path& output) {
  AUDIENTIA_TRY(auto assembled, media::assembleMaster(segments, output));
  return ports::AssembledMaster{assembled.durationMs, assembled.packetsCopied};
}

Expected<ports::ClipCut> FfmpegMediaProcessor::cutClip(
    const std::filesystem::path& input, const std::filesystem::path& output, std::int64_t fromMs,
    std::int64_t toMs, const std::map<std::string, std::string>& metadata) {
  AUDIENTIA_TRY(auto clip, media::cutClip(input, output, fromMs, toMs, metadata));
  return ports::ClipCut{clip.startMs, clip.endMs, clip.durationMs};
}

Expected<std::vector<ports::ThumbnailFile>> FfmpegMediaProcessor::makeThumbnails(
    const std::filesystem::path& input, const std::filesystem::path& outDir,
    const ports::ThumbnailRequest& request) {
  AUDIENTIA_TRY(auto thumbnails, media::makeThumbnails(input, outDir, request.every.count(),
                                                       request.width, request.maxCount));
  std::vector<ports::ThumbnailFile> out;
  out.reserve(thumbnails.size());
  for (auto& thumbnail : thumbnails) {
    out.push_back({std::move(thumbnail.path), thumbnail.mediaTimeMs});
  }
  return out;
}

Expected<std::int64_t> FfmpegMediaProcessor::writeWaveform(const std::filesystem::path& input,
                                                           int peaksPerSecond,
                                                           const std::filesystem::path& output) {
  AUDIENTIA_TRY(auto waveform, media::computeWaveform(input, peaksPerSecond));
  std::ofstream out(output, std::ios::binary | std::ios::trunc);
  out << media::waveformToJson(waveform);
  out.close();
  if (!out) return internalError("writing the waveform to " + output.string());
  return waveform.durationMs;
}

Expected<std::vector<ports::CameraPicture>> FfmpegMediaProcessor::cameraPictures(
    const std::filesystem::path& input, std::int64_t atMs, int width) {
  AUDIENTIA_TRY(auto pictures, media::cameraPictures(input, atMs, width));
  std::vector<ports::CameraPicture> out;
  for (auto& picture : pictures) {
    out.push_back({picture.camera, picture.mediaTimeMs, picture.width, picture.height,
                   std::move(picture.jpeg)});
  }
  return out;
}

}  // namespace audientia::media_adapter
