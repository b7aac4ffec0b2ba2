#pragma once

// The process_recording job: turns a verified recording into what a player needs. The master
// is the original itself when that is already MP4/MOV (same digest: no bytes duplicated),
// otherwise an MP4 assembled by stream copy from the original or from the capture segments in
// sequence order; then the master is probed, thumbnails are cut every N seconds and a waveform
// is computed, each stored in the media store as a derived file of the recording, and the
// recording becomes available. A file that is not media becomes available with its media
// error and no derived files. A retry starts clean (derived files are removed first). First the
// SHA-512 of the evidence files is kept, for evidence packages.

#include <chrono>
#include <filesystem>
#include <string>

#include "audientia/base/expected.h"
#include "domain/ingest.h"
#include "domain/keeping.h"
#include "ports/key_locks.h"
#include "ports/media_processor.h"
#include "ports/media_store.h"
#include "ports/repositories.h"

namespace audientia::app {

struct ProcessingOptions {
  // Job work files go to a fresh directory below this one, removed afterwards.
  std::filesystem::path workDir;
  std::chrono::milliseconds thumbnailEvery{std::chrono::seconds(30)};
  int thumbnailWidth = 320;
  int waveformPeaksPerSecond = 10;
};

class ProcessingJob {
 public:
  ProcessingJob(ports::RecordingRepository& recordings, ports::MediaStore& store,
                ports::KeyLocks& keyLocks, ports::MediaProcessor& media, ProcessingOptions options)
      : recordings_(recordings),
        store_(store),
        keyLocks_(keyLocks),
        media_(media),
        options_(std::move(options)) {}

  // job.subject is the recording id.
  Status run(const domain::Job& job);
  Status process(const std::string& recordingId, const std::string& workName);

 private:
  // The SHA-512 of the recording's evidence files (as uploaded and sealed), kept for the
  // evidence package (ports::RecordingRepository::sha512Of); those already known are skipped.
  Status keepSha512s(const domain::Recording& recording);

  ports::RecordingRepository& recordings_;
  ports::MediaStore& store_;
  ports::KeyLocks& keyLocks_;
  ports::MediaProcessor& media_;
  ProcessingOptions options_;
};

}  // namespace audientia::app
