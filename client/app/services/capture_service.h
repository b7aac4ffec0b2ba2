#pragma once

// The desktop client's hold on the capture engine (media::CaptureSession): every call that
// touches the disk or the devices (start, pause, resume, markers, stop) runs on a worker thread
// of its own, in the order made, and answers on the thread that created the service (the UI
// thread). The engine's live signals arrive on its threads: levels and previews are kept as the
// latest per input, read by the view model's timer (about 20 times a second) without waiting on
// the engine; health events are queued to the UI thread one by one, never dropped.
//
// Destroying the service stops and seals a capture still running (waiting for the worker), so
// nothing recorded is ever left unsealed by a normal exit.

#include <QImage>
#include <QObject>
#include <QThreadPool>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "audientia/media/capture_session.h"
#include "audientia/media/device_spec.h"
#include "services/async_call.h"

namespace audientia::gui {

// A capture whose recording was cut short (the client or the machine died), repaired and ready
// to be resumed (media::recoverCapture with kLeaveOpen).
struct InterruptedCapture {
  std::filesystem::path dir;
  std::string hearingId;
  std::string title;
  std::string gapStart;                  // the wall clock where the recovered media ends
  std::vector<std::string> videoInputs;  // the inputs it was recorded from
  std::vector<std::string> audioInputs;
};

// The latest level report of one audio input: peak and RMS per channel, dBFS.
struct InputLevels {
  int input = -1;
  std::vector<double> peakDb;
  std::vector<double> rmsDb;
};

// Where the desktop client writes captures, one folder each: $AUDIENTIA_CAPTURE_DIR, else
// the user's application data folder + "/captures".
QString defaultCaptureRoot();

class CaptureService : public QObject {
  Q_OBJECT

 public:
  explicit CaptureService(QObject* parent = nullptr);
  ~CaptureService() override;
  CaptureService(const CaptureService&) = delete;
  CaptureService& operator=(const CaptureService&) = delete;

  // The devices on this machine (media::listCaptureDevices, which may ask PulseAudio).
  void listDevices(QObject* context, Done<std::vector<media::DeviceInfo>> done);
  // Opens the inputs and starts recording; health events follow as healthEvent().
  void start(const media::CaptureOptions& options, QObject* context, Done<void> done);
  void pause(const std::string& reason, QObject* context, Done<void> done);
  void resume(QObject* context, Done<void> done);
  void addMarker(const std::string& kind, const std::string& text, QObject* context,
                 Done<media::Marker> done);
  void editMarker(int index, const std::string& text, QObject* context, Done<void> done);
  // Every capture under `root` left unsealed by a process that is gone, repaired (torn
  // fragments cut, the gap's start noted) and left open for a resumed session.
  void findInterrupted(const std::filesystem::path& root, QObject* context,
                       Done<std::vector<InterruptedCapture>> done);
  // Seals an interrupted capture as it is (when it is not to be resumed).
  void sealInterrupted(const std::filesystem::path& dir, QObject* context, Done<void> done);
  // Stops and seals; the session is released afterwards (a new start() may follow).
  void stop(QObject* context, Done<media::CaptureSummary> done);

  // While a session runs (any thread).
  bool isRunning() const;
  std::chrono::milliseconds mediaTime() const;
  std::int64_t droppedFrames() const;
  // The latest levels of every audio input heard from since start (by input index).
  std::vector<InputLevels> latestLevels() const;
  // The latest preview of a video input (null when none yet); `serial` grows with each frame.
  QImage latestPreview(int input, std::uint64_t* serial = nullptr) const;

 signals:
  void healthEvent(const audientia::media::HealthEvent& event);

 private:
  template <class T, class Work>
  void post(QObject* context, Work work, Done<T> done);
  void onLevels(const media::AudioLevels& levels);
  void onPreview(const media::PreviewFrame& frame);

  QThreadPool pool_;  // one thread: calls run in order
  QObject receiver_;  // lives on the creating thread: results are delivered through it

  mutable std::mutex sessionMutex_;  // guards session_ (the pointer; the session is thread-safe)
  std::shared_ptr<media::CaptureSession> session_;

  mutable std::mutex signalsMutex_;  // guards what follows
  std::vector<InputLevels> levels_;
  // Two buffers per camera: the engine's frame is copied into `back` (allocated again only when
  // the size changes or the UI still holds it), which then becomes `front`.
  struct Preview {
    QImage front;
    QImage back;
    std::uint64_t serial = 0;
  };
  std::vector<Preview> previews_;
};

}  // namespace audientia::gui

Q_DECLARE_METATYPE(audientia::media::HealthEvent)
