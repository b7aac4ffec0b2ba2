#pragma once

// The expire_uploads job: resumable uploads nobody continued before their expiry are marked
// expired and their staging files removed; a file recording whose only upload expired can
// never complete and is marked failed. Staging files that no receiving upload owns (left by a
// crash between the database and the disk) are removed too.

#include <spdlog/spdlog.h>

#include <memory>

#include "audientia/base/expected.h"
#include "domain/ingest.h"
#include "domain/keeping.h"
#include "ports/clock.h"
#include "ports/ingest_repositories.h"
#include "ports/media_store.h"
#include "ports/repositories.h"

namespace audientia::app {

struct UploadExpiryResult {
  int expired = 0;
  int orphansRemoved = 0;
};

class UploadExpiry {
 public:
  UploadExpiry(ports::UploadRepository& uploads, ports::RecordingRepository& recordings,
               ports::MediaStore& store, const ports::Clock& clock,
               std::shared_ptr<spdlog::logger> log = nullptr)
      : uploads_(uploads),
        recordings_(recordings),
        store_(store),
        clock_(clock),
        log_(log ? std::move(log) : spdlog::default_logger()) {}

  Expected<UploadExpiryResult> run();
  Status runJob(const domain::Job& job);

 private:
  ports::UploadRepository& uploads_;
  ports::RecordingRepository& recordings_;
  ports::MediaStore& store_;
  const ports::Clock& clock_;
  std::shared_ptr<spdlog::logger> log_;
};

}  // namespace audientia::app
