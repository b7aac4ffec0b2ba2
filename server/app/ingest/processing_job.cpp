#include "app/ingest/processing_job.h"

#include <algorithm>
#include <array>
#include <fstream>
#include <optional>
#include <random>
#include <system_error>
#include <vector>

#include "app/common/object_chunks.h"
#include "app/common/work_dir.h"
#include "audientia/base/sha512.h"

namespace audientia::app {
namespace {

namespace fs = std::filesystem;
using domain::FileRole;
using domain::RecordingFile;
using domain::RecordingState;

bool isMp4Family(const domain::MediaInfo& info) {
  // FFmpeg names its MP4/MOV demuxer "mov,mp4,m4a,3gp,3g2,mj2".
  return info.container.find("mp4") != std::string::npos ||
         info.container.find("mov") != std::string::npos;
}

std::string masterContentType(const domain::MediaInfo& info) {
  return info.streamCount(domain::StreamType::kVideo) > 0 ? "video/mp4" : "audio/mp4";
}

class Processor {
 public:
  Processor(ports::RecordingRepository& recordings, ports::MediaStore& store,
            ports::KeyLocks& keyLocks, ports::MediaProcessor& media,
            const ProcessingOptions& options, domain::Recording recording, const fs::path& work)
      : recordings_(recordings),
        store_(store),
        keyLocks_(keyLocks),
        media_(media),
        options_(options),
        recording_(std::move(recording)),
        work_(work) {}

  Status run() {
    return recording_.kind == domain::RecordingKind::kCapture ? runCapture() : runFile();
  }

 private:
  // The object as a local file: in place when the store is local, else copied to the work dir.
  Expected<fs::path> local(const RecordingFile& file) {
    return localObject(store_, file.sha256, work_ / ("in-" + std::to_string(copies_++)),
                       file.fileName + " of recording " + recording_.id);
  }

  // Stores a work file as a derived file of the recording.
  Status storeDerived(const fs::path& path, FileRole role, int sequence,
                      const std::string& fileName, const std::string& contentType,
                      std::int64_t mediaTimeMs, std::int64_t durationMs) {
    AUDIENTIA_TRY(auto writer, store_.createWriter());
    std::ifstream in(path, std::ios::binary);
    if (!in) return internalError("opening " + path.string());
    std::vector<char> buffer(1 << 20);
    while (in) {
      in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
      auto got = static_cast<std::size_t>(in.gcount());
      if (got == 0) break;
      AUDIENTIA_TRY_STATUS(writer->write(std::as_bytes(std::span(buffer.data(), got))));
    }
    if (in.bad()) return internalError("reading " + path.string());
    const auto size = static_cast<std::int64_t>(writer->bytesWritten());
    // Until the row references the object, retention must not remove it (ports/key_locks.h).
    AUDIENTIA_TRY(auto keyLock, keyLocks_.lock(writer->sha256Hex()));
    AUDIENTIA_TRY(std::string key, writer->commit());
    RecordingFile file;
    file.recordingId = recording_.id;
    file.role = role;
    file.sequence = sequence;
    file.fileName = fileName;
    file.sizeBytes = size;
    file.sha256 = key;
    file.contentType = contentType;
    file.mediaTimeMs = mediaTimeMs;
    file.durationMs = durationMs;
    return recordings_.addFile(file, /*replace=*/true);
  }

  Status runFile() {
    auto original = std::find_if(recording_.files.begin(), recording_.files.end(),
                                 [](const auto& f) { return f.role == FileRole::kOriginal; });
    if (original == recording_.files.end()) {
      return Error(ErrorCode::kFailedPrecondition,
                   "recording " + recording_.id + " has no original file to process");
    }
    AUDIENTIA_TRY(fs::path source, local(*original));
    auto info = media_.probe(source);
    if (!info) {
      // Not media (a document, say): kept as uploaded, available for download.
      AUDIENTIA_TRY_STATUS(
          recordings_.setMediaInfo(recording_.id, std::nullopt, info.error().message()));
      return finish();
    }
    if (isMp4Family(*info)) {
      // The original already plays: it is the master, under the same digest.
      RecordingFile master = *original;
      master.role = FileRole::kMaster;
      master.sequence = 0;
      master.contentType = masterContentType(*info);
      master.mediaTimeMs = 0;
      master.durationMs = info->duration.count();
      AUDIENTIA_TRY_STATUS(recordings_.addFile(master, /*replace=*/true));
      return deriveFrom(source, *info, {});
    }
    const fs::path master = work_ / "master.mp4";
    auto assembled = media_.assembleMaster({source}, master);
    if (!assembled) {
      if (assembled.error().code() != ErrorCode::kInvalidArgument) return assembled.error();
      // Streams MP4 cannot hold: no master, but the original is still what it is.
      return deriveFrom(source, *info,
                        "no playable MP4 master could be made: " + assembled.error().message());
    }
    return storeMasterAndDerive(master, fs::path(original->fileName).stem().string() + ".mp4");
  }

  Status runCapture() {
    std::vector<RecordingFile> segments;
    for (const auto& file : recording_.files) {
      if (file.role == FileRole::kSegment) segments.push_back(file);
    }
    if (segments.empty()) {
      return Error(ErrorCode::kFailedPrecondition,
                   "capture recording " + recording_.id + " has no segments to assemble");
    }
    std::sort(segments.begin(), segments.end(),
              [](const auto& a, const auto& b) { return a.sequence < b.sequence; });
    std::vector<fs::path> paths;
    for (const auto& segment : segments) {
      AUDIENTIA_TRY(fs::path path, local(segment));
      paths.push_back(path);
    }
    const fs::path master = work_ / "master.mp4";
    AUDIENTIA_TRY_STATUS(media_.assembleMaster(paths, master));
    return storeMasterAndDerive(master, "master.mp4");
  }

  Status storeMasterAndDerive(const fs::path& master, const std::string& fileName) {
    auto info = media_.probe(master);
    if (!info) {
      return internalError("the assembled master of recording " + recording_.id +
                           " does not probe: " + info.error().message());
    }
    AUDIENTIA_TRY_STATUS(storeDerived(master, FileRole::kMaster, 0, fileName,
                                      masterContentType(*info), 0, info->duration.count()));
    return deriveFrom(master, *info, {});
  }

  Status deriveFrom(const fs::path& source, const domain::MediaInfo& info,
                    const std::string& mediaError) {
    AUDIENTIA_TRY_STATUS(recordings_.setMediaInfo(recording_.id, info, mediaError));
    const fs::path thumbs = work_ / "thumbs";
    std::error_code error;
    fs::create_directories(thumbs, error);
    if (error) return internalError("creating " + thumbs.string() + ": " + error.message());
    AUDIENTIA_TRY(
        auto thumbnails,
        media_.makeThumbnails(source, thumbs, {options_.thumbnailEvery, options_.thumbnailWidth}));
    int sequence = 0;
    for (const auto& thumbnail : thumbnails) {
      AUDIENTIA_TRY_STATUS(storeDerived(thumbnail.path, FileRole::kThumbnail, ++sequence,
                                        thumbnail.path.filename().string(), "image/jpeg",
                                        thumbnail.mediaTimeMs, 0));
    }
    const fs::path json = work_ / "waveform.json";
    auto waveform = media_.writeWaveform(source, options_.waveformPeaksPerSecond, json);
    if (waveform) {
      AUDIENTIA_TRY_STATUS(storeDerived(json, FileRole::kWaveform, 0, "waveform.json",
                                        "application/json", 0, *waveform));
    } else if (waveform.error().code() != ErrorCode::kNotFound) {
      return waveform.error();  // kNotFound: no audio, so no waveform
    }
    return finish();
  }

  Status finish() {
    AUDIENTIA_TRY(auto done, recordings_.setState(recording_.id, RecordingState::kAvailable));
    (void)done;
    return ok();
  }

  ports::RecordingRepository& recordings_;
  ports::MediaStore& store_;
  ports::KeyLocks& keyLocks_;
  ports::MediaProcessor& media_;
  const ProcessingOptions& options_;
  domain::Recording recording_;
  fs::path work_;
  int copies_ = 0;
};

}  // namespace

Status ProcessingJob::keepSha512s(const domain::Recording& recording) {
  std::vector<std::string> keys;
  for (const auto& file : recording.files) {
    if (file.role == FileRole::kOriginal || file.role == FileRole::kSegment ||
        file.role == FileRole::kManifest) {
      keys.push_back(file.sha256);
    }
  }
  AUDIENTIA_TRY(auto known, recordings_.sha512Of(keys));
  std::vector<std::byte> buffer(std::size_t{1} << 20);
  for (const auto& key : keys) {
    if (known.count(key) > 0) continue;
    AUDIENTIA_TRY(auto reader, store_.openReader(key));
    Sha512 hash;
    AUDIENTIA_TRY_STATUS(forEachChunk(*reader, buffer, [&](std::span<const std::byte> chunk) {
      hash.update(std::string_view(reinterpret_cast<const char*>(chunk.data()), chunk.size()));
      return ok();
    }));
    AUDIENTIA_TRY_STATUS(recordings_.recordSha512(key, hash.finishHex()));
    known.emplace(key, std::string());
  }
  return ok();
}

Status ProcessingJob::run(const domain::Job& job) {
  return process(job.subject, "job-" + std::to_string(job.id));
}

Status ProcessingJob::process(const std::string& recordingId, const std::string& workName) {
  AUDIENTIA_TRY(domain::Recording recording, recordings_.get(recordingId));
  if (recording.state == RecordingState::kUploading) {
    return Error(ErrorCode::kFailedPrecondition,
                 "recording " + recordingId + " is still uploading: nothing to process yet");
  }
  if (recording.state != RecordingState::kProcessing) {
    AUDIENTIA_TRY(recording, recordings_.setState(recordingId, RecordingState::kProcessing));
  }
  // A retry starts clean: what an earlier attempt derived is dropped first.
  AUDIENTIA_TRY_STATUS(recordings_.removeDerivedFiles(recordingId));
  AUDIENTIA_TRY(recording, recordings_.get(recordingId));
  AUDIENTIA_TRY_STATUS(keepSha512s(recording));
  AUDIENTIA_TRY(WorkDir work, WorkDir::create(options_.workDir, workName));
  Processor processor(recordings_, store_, keyLocks_, media_, options_, std::move(recording),
                      work.path());
  return processor.run();
}

}  // namespace audientia::app
