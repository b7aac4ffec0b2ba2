#include "audientia/media/device_spec.h"

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <sstream>

extern "C" {
#include <libavdevice/avdevice.h>
#include <libavformat/avformat.h>
}

#include "ffmpeg_error.h"

namespace audientia::media {

Expected<DeviceSpec> parseDeviceSpec(std::string_view text) {
  auto colon = text.find(':');
  if (colon == std::string_view::npos) {
    return invalidArgument("device spec '" + std::string(text) +
                           "' is not <format>:<device> (e.g. v4l2:/dev/video0, lavfi:testsrc2)");
  }
  DeviceSpec spec;
  spec.format = std::string(text.substr(0, colon));
  spec.url = std::string(text.substr(colon + 1));
  spec.text = std::string(text);
  if (spec.format != "lavfi" && spec.format != "v4l2" && spec.format != "alsa" &&
      spec.format != "pulse") {
    return invalidArgument("device spec '" + spec.text + "': unknown format '" + spec.format +
                           "' (expected lavfi, v4l2, alsa or pulse)");
  }
  if (spec.url.empty()) return invalidArgument("device spec '" + spec.text + "' names no device");
  return spec;
}

namespace {

void listV4l2(std::vector<DeviceInfo>& out) {
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator("/dev", ec)) {
    std::string name = entry.path().filename().string();
    if (name.rfind("video", 0) != 0) continue;
    std::string description;
    std::ifstream sysName("/sys/class/video4linux/" + name + "/name");
    std::getline(sysName, description);
    out.push_back({DeviceMedia::kVideo, "v4l2:" + entry.path().string(), description});
  }
}

// /proc/asound/pcm lines: "01-00: USB Audio : USB Audio : playback 1 : capture 1"
void listAlsa(std::vector<DeviceInfo>& out) {
  std::ifstream pcm("/proc/asound/pcm");
  std::string line;
  while (std::getline(pcm, line)) {
    if (line.find("capture") == std::string::npos || line.size() < 5) continue;
    int card = std::atoi(line.substr(0, 2).c_str());
    int device = std::atoi(line.substr(3, 2).c_str());
    std::string description = line.size() > 7 ? line.substr(7) : std::string();
    description = description.substr(0, description.find(" : "));
    out.push_back({DeviceMedia::kAudio,
                   "alsa:hw:" + std::to_string(card) + "," + std::to_string(device), description});
  }
}

// Only asks libavdevice when a PulseAudio server socket is there, so that listing never starts
// (autospawns) a sound server.
void listPulse(std::vector<DeviceInfo>& out) {
  const char* server = std::getenv("PULSE_SERVER");
  const char* runtime = std::getenv("XDG_RUNTIME_DIR");
  bool present =
      server != nullptr ||
      (runtime != nullptr && std::filesystem::exists(std::string(runtime) + "/pulse/native"));
  if (!present) return;
  static std::once_flag once;
  std::call_once(once, [] { avdevice_register_all(); });
  const AVInputFormat* format = av_find_input_format("pulse");
  if (format == nullptr) return;
  AVDeviceInfoList* list = nullptr;
  if (avdevice_list_input_sources(format, nullptr, nullptr, &list) >= 0 && list != nullptr) {
    for (int i = 0; i < list->nb_devices; ++i) {
      const AVDeviceInfo* device = list->devices[i];
      out.push_back({DeviceMedia::kAudio, std::string("pulse:") + device->device_name,
                     device->device_description ? device->device_description : ""});
    }
  }
  avdevice_free_list_devices(&list);
}

}  // namespace

std::vector<DeviceInfo> listCaptureDevices() {
  configureFfmpeg();
  std::vector<DeviceInfo> devices;
  listV4l2(devices);
  listAlsa(devices);
  listPulse(devices);
  return devices;
}

}  // namespace audientia::media
