#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>

#include "app/hearings/hearing_service.h"
#include "audientia/base/expected.h"
#include "domain/entities.h"
#include "ports/media_store.h"
#include "ports/repositories.h"

namespace audientia::app {

// A byte range of one stored file of a recording, read in order.
class RecordingDownload {
 public:
  RecordingDownload(domain::Recording recording, domain::RecordingFile file,
                    std::unique_ptr<ports::ObjectReader> reader, std::uint64_t begin,
                    std::uint64_t end)
      : recording_(std::move(recording)),
        file_(std::move(file)),
        reader_(std::move(reader)),
        position_(begin),
        end_(end) {}

  const domain::Recording& recording() const { return recording_; }
  const domain::RecordingFile& file() const { return file_; }
  std::uint64_t totalSize() const { return reader_->size(); }
  // Offset of the next byte next() returns.
  std::uint64_t position() const { return position_; }
  std::uint64_t end() const { return end_; }
  // Reads up to buffer.size() bytes of the range; 0 when the range is done. kDataLoss when
  // the stored object ends early.
  Expected<std::size_t> next(std::span<std::byte> buffer);

 private:
  domain::Recording recording_;
  domain::RecordingFile file_;
  std::unique_ptr<ports::ObjectReader> reader_;
  std::uint64_t position_;
  std::uint64_t end_;
};

// Which file of a recording a download wants.
struct FileSelector {
  domain::FileRole role = domain::FileRole::kUnspecified;  // kUnspecified: master, else original
  int sequence = 0;                                        // segments and thumbnails
};

// Reading recordings. Uploads are app/upload_service.h.
class RecordingService {
 public:
  RecordingService(HearingService& hearings, ports::RecordingRepository& recordings,
                   ports::MediaStore& store)
      : hearings_(hearings), recordings_(recordings), store_(store) {}
  // officeId, when given, receives the office of the recording's hearing (for the audit trail).
  Expected<domain::Recording> get(const domain::User& caller, const std::string& id,
                                  Action action = Action::kReadRecording,
                                  std::string* officeId = nullptr);
  // length 0: to the end. offset beyond the size, or a range past the end: kOutOfRange.
  // Originals, segments and the manifest can be read once verified (processing, available or
  // failed); derived files once they exist. A capture without a master yet, asked for the
  // default file: kFailedPrecondition.
  Expected<std::unique_ptr<RecordingDownload>> openDownload(
      const domain::User& caller, const std::string& id, std::int64_t offset, std::int64_t length,
      FileSelector selector = {}, std::string* officeId = nullptr);

 private:
  HearingService& hearings_;
  ports::RecordingRepository& recordings_;
  ports::MediaStore& store_;
};

// "original", "segment", ... as the API names them.
std::string fileRoleName(domain::FileRole role);

}  // namespace audientia::app
