#include "services/media_stream_server.h"

#include <httplib.h>

#include <QRandomGenerator>
#include <atomic>
#include <chrono>
#include <map>
#include <mutex>
#include <thread>

#include "audientia/client/recordings_api.h"

namespace audientia::gui {

struct MediaStreamServer::Impl {
  httplib::Server server;
  std::thread thread;
  int port = -1;
  std::string secret;
  std::mutex mutex;  // guards client and files
  std::shared_ptr<client::RecordingsApi> client;
  std::map<int, StreamedFile> files;
  std::atomic<std::int64_t> served{0};
  std::atomic<bool> ended{false};  // the listening loop returned

  std::shared_ptr<client::RecordingsApi> currentClient() {
    std::lock_guard lock(mutex);
    return client;
  }

  void serve(const httplib::Request& request, httplib::Response& response) {
    if (request.matches[1] != secret) {
      response.status = 404;
      return;
    }
    StreamedFile file;
    {
      std::lock_guard lock(mutex);
      auto found = files.find(std::stoi(request.matches[2]));
      if (found == files.end()) {
        response.status = 404;
        return;
      }
      file = found->second;
    }
    auto api = currentClient();
    if (!api) {
      response.status = 503;
      return;
    }
    const std::string type =
        file.contentType.empty() ? std::string("application/octet-stream") : file.contentType;
    // httplib answers Range requests itself (206, Content-Range) and asks for [offset, +length):
    // one server stream of exactly that range, written on as each chunk arrives.
    response.set_content_provider(
        static_cast<std::size_t>(file.sizeBytes), type,
        [this, api, file](std::size_t offset, std::size_t length, httplib::DataSink& sink) {
          client::DownloadRequest range;
          range.recordingId = file.recordingId;
          range.role = file.role;
          range.sequence = file.sequence;
          range.offset = static_cast<std::int64_t>(offset);
          range.length = static_cast<std::int64_t>(length);
          std::size_t sent = 0;
          const Status status = api->readRecordingFile(range, [&](std::string_view chunk) {
            const std::size_t take = std::min(chunk.size(), length - sent);
            if (take == 0 || !sink.write(chunk.data(), take)) return false;
            sent += take;
            served += static_cast<std::int64_t>(take);
            return sent < length;
          });
          // The whole range went out (or the player hung up, which ends the connection).
          return sent == length || (static_cast<bool>(status) && sent > 0);
        });
  }
};

MediaStreamServer::MediaStreamServer() : impl_(std::make_unique<Impl>()) {
  static constexpr char kHex[] = "0123456789abcdef";
  for (int i = 0; i < 32; ++i) {
    impl_->secret += kHex[QRandomGenerator::system()->bounded(16)];
  }
  impl_->server.Get(R"(/([0-9a-f]{32})/([0-9]{1,9}))",
                    [this](const httplib::Request& request, httplib::Response& response) {
                      impl_->serve(request, response);
                    });
  impl_->port = impl_->server.bind_to_any_port("127.0.0.1");
  if (impl_->port > 0) {
    impl_->thread = std::thread([this] {
      impl_->server.listen_after_bind();
      impl_->ended = true;
    });
    // httplib's stop() is a no-op until the loop runs: wait for it (a few ms at most), so that a
    // server destroyed at once still stops and its thread can be joined.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (!impl_->server.is_running() && !impl_->ended &&
           std::chrono::steady_clock::now() < deadline) {
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
  }
}

MediaStreamServer::~MediaStreamServer() {
  impl_->server.stop();
  if (impl_->thread.joinable()) impl_->thread.join();
}

bool MediaStreamServer::isListening() const {
  return impl_->port > 0;
}

std::shared_ptr<client::RecordingsApi> MediaStreamServer::client() const {
  return impl_->currentClient();
}

void MediaStreamServer::setClient(std::shared_ptr<client::RecordingsApi> client) {
  std::lock_guard lock(impl_->mutex);
  impl_->client = std::move(client);
}

QUrl MediaStreamServer::urlFor(const StreamedFile& file) {
  int key = 0;
  {
    std::lock_guard lock(impl_->mutex);
    for (const auto& [existing, known] : impl_->files) {
      if (known.recordingId == file.recordingId && known.role == file.role &&
          known.sequence == file.sequence && known.sizeBytes == file.sizeBytes) {
        key = existing;
      }
    }
    if (key == 0) {
      key = static_cast<int>(impl_->files.size()) + 1;
      impl_->files.emplace(key, file);
    }
  }
  return QUrl(QStringLiteral("http://127.0.0.1:%1/%2/%3")
                  .arg(impl_->port)
                  .arg(QString::fromStdString(impl_->secret))
                  .arg(key));
}

std::int64_t MediaStreamServer::bytesServed() const {
  return impl_->served;
}

}  // namespace audientia::gui
