#include "audientia/media/capture_events.h"

namespace audientia::media {

const char* toString(HealthKind kind) {
  switch (kind) {
    case HealthKind::kSilence:
      return "silence";
    case HealthKind::kSilenceEnded:
      return "silence-ended";
    case HealthKind::kClipping:
      return "clipping";
    case HealthKind::kFrozenVideo:
      return "frozen-video";
    case HealthKind::kBlackVideo:
      return "black-video";
    case HealthKind::kVideoRecovered:
      return "video-recovered";
    case HealthKind::kInputStopped:
      return "input-stopped";
    case HealthKind::kFramesDropped:
      return "frames-dropped";
    case HealthKind::kLowDisk:
      return "low-disk";
    case HealthKind::kDiskFull:
      return "disk-full";
    case HealthKind::kEncoderError:
      return "encoder-error";
    case HealthKind::kUnspecified:
      break;
  }
  return "unspecified";
}

}  // namespace audientia::media
