#pragma once

// Where the player reads the recordings it plays from: a loopback HTTP server. Each GET (Range
// requests included) becomes one DownloadRecording stream of just that range over the logged-in
// client, written to the player as it arrives; so playback starts as soon as a faststart
// master's index and first frames are in, and a seek fetches only what it shows. Nothing is
// written to disk. It listens on 127.0.0.1 only, and answers only paths that carry this
// process's random secret: another account on the workstation can reach the port but not a
// recording. Requests run on the server's own threads, never on the UI thread.

#include <QUrl>
#include <cstdint>
#include <memory>
#include <string>

#include "audientia/v1/recordings.pb.h"

namespace audientia::client {
class RecordingsApi;
}

namespace audientia::gui {

struct StreamedFile {
  std::string recordingId;
  v1::FileRole role = v1::FILE_ROLE_UNSPECIFIED;  // the master, else the original
  int sequence = 0;
  std::int64_t sizeBytes = 0;
  std::string contentType;  // "" -> application/octet-stream
};

class MediaStreamServer {
 public:
  // Starts listening on a free port of 127.0.0.1 (isListening() says whether it could).
  MediaStreamServer();
  // Stops listening and waits for the requests in progress to end.
  ~MediaStreamServer();
  MediaStreamServer(const MediaStreamServer&) = delete;
  MediaStreamServer& operator=(const MediaStreamServer&) = delete;

  bool isListening() const;
  // The logged-in client the files are read through (kept alive while a request uses it);
  // null: every request is answered 503.
  void setClient(std::shared_ptr<client::RecordingsApi> client);
  // The client set (null before login): what the player reads small files (the waveform) with.
  std::shared_ptr<client::RecordingsApi> client() const;
  // A URL the player can read the file from, for as long as this server lives.
  QUrl urlFor(const StreamedFile& file);
  // Bytes sent to players so far (for diagnostics and tests).
  std::int64_t bytesServed() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace audientia::gui
