#pragma once

// Capture devices named by FFmpeg device specs, and their enumeration. Plain data, no FFmpeg.
//
//   lavfi:<filtergraph>   a virtual source (tests, demos): "lavfi:testsrc2=size=320x240:rate=15"
//   v4l2:/dev/video0      a camera through Video4Linux2
//   alsa:hw:1             an ALSA capture device
//   pulse:default         a PulseAudio source

#include <string>
#include <string_view>
#include <vector>

#include "audientia/base/expected.h"

namespace audientia::media {

enum class DeviceMedia { kUnspecified = 0, kVideo, kAudio };

struct DeviceSpec {
  std::string format;  // FFmpeg input format: "lavfi", "v4l2", "alsa", "pulse"
  std::string url;     // what the format opens: a filter graph, /dev/video0, hw:1, default
  std::string text;    // the spec as written, for messages and the manifest

  bool isVirtual() const { return format == "lavfi"; }
};

// Parses "<format>:<url>". Errors: kInvalidArgument when there is no ':' or the format is not one
// of lavfi, v4l2, alsa, pulse, or the url is empty.
Expected<DeviceSpec> parseDeviceSpec(std::string_view text);

struct DeviceInfo {
  DeviceMedia media = DeviceMedia::kUnspecified;
  std::string spec;         // ready for parseDeviceSpec, e.g. "v4l2:/dev/video0"
  std::string description;  // human-readable name when the system gives one
};

// The capture devices present on this machine: V4L2 nodes (/dev/video*), ALSA capture devices
// (/proc/asound/pcm), and PulseAudio sources when a server answers. A machine with no camera or
// sound card returns an empty list (not an error).
std::vector<DeviceInfo> listCaptureDevices();

}  // namespace audientia::media
