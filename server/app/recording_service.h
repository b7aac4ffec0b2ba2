#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>

#include "app/hearing_service.h"
#include "app/upload_session.h"
#include "audientia/base/expected.h"
#include "domain/entities.h"
#include "ports/media_inspector.h"
#include "ports/media_store.h"
#include "ports/repositories.h"

namespace audientia::app {

// A byte range of one stored recording, read in order.
class RecordingDownload {
 public:
  RecordingDownload(domain::Recording recording, std::unique_ptr<ports::ObjectReader> reader,
                    std::uint64_t begin, std::uint64_t end)
      : recording_(std::move(recording)), reader_(std::move(reader)), position_(begin), end_(end) {}

  const domain::Recording& recording() const { return recording_; }
  std::uint64_t totalSize() const { return reader_->size(); }
  // Offset of the next byte next() returns.
  std::uint64_t position() const { return position_; }
  std::uint64_t end() const { return end_; }
  // Reads up to buffer.size() bytes of the range; 0 when the range is done. kDataLoss when
  // the stored object ends early.
  Expected<std::size_t> next(std::span<std::byte> buffer);

 private:
  domain::Recording recording_;
  std::unique_ptr<ports::ObjectReader> reader_;
  std::uint64_t position_;
  std::uint64_t end_;
};

class RecordingService {
 public:
  RecordingService(HearingService& hearings, ports::RecordingRepository& recordings,
                   ports::MediaStore& store, ports::MediaInspector& inspector)
      : hearings_(hearings), recordings_(recordings), store_(store), inspector_(inspector) {}

  // Validates the header (kInvalidArgument naming the field), checks that the hearing exists
  // (kNotFound) and that the caller may upload to it, and opens a staging writer.
  Expected<std::unique_ptr<UploadSession>> beginUpload(const domain::User& caller,
                                                       UploadHeader header);
  // officeId, when given, receives the office of the recording's hearing (for the audit trail).
  Expected<domain::Recording> get(const domain::User& caller, const std::string& id,
                                  Action action = Action::kReadRecording,
                                  std::string* officeId = nullptr);
  // length 0: to the end. offset beyond the size, or a range past the end: kOutOfRange.
  Expected<std::unique_ptr<RecordingDownload>> openDownload(const domain::User& caller,
                                                            const std::string& id,
                                                            std::int64_t offset,
                                                            std::int64_t length,
                                                            std::string* officeId = nullptr);

 private:
  HearingService& hearings_;
  ports::RecordingRepository& recordings_;
  ports::MediaStore& store_;
  ports::MediaInspector& inspector_;
};

}  // namespace audientia::app
