// The upload offset logic (UploadService and UploadSession on the in-memory fakes of their
// ports): a random sequence of streams, chunks at any offset and size, crashes of the store,
// restarts of the service, completions and aborts. Invariants: the durable offset never goes
// back except by a reset, never passes the declared size, and a completed upload stored exactly
// the declared bytes.

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>

#include "app/ingest/upload_service.h"
#include "audientia/base/sha256.h"
#include "audientia/testing/fakes/identity_fakes.h"
#include "audientia/testing/fakes/ingest_fakes.h"
#include "audientia/testing/fakes/memory_media_store.h"

namespace {

using namespace audientia;

struct Input {
  const std::uint8_t* data;
  std::size_t size;
  std::size_t at = 0;
  bool empty() const { return at >= size; }
  std::uint32_t next(std::uint32_t bound) {
    std::uint32_t value = 0;
    for (int i = 0; i < 3 && at < size; ++i) value = (value << 8) | data[at++];
    return bound == 0 ? 0 : value % bound;
  }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  Input input{data, size};
  testing::FakeClock clock;
  testing::FakeOfficeRepository offices;
  testing::FakeHearingRepository hearingRepo;
  testing::FakeRecordingRepository recordings;
  testing::FakeUploadRepository uploads(recordings);
  testing::FakeJobQueue jobs;
  testing::ProcessKeyLocks keyLocks;
  testing::MemoryMediaStore store;
  app::HearingService hearings(offices, hearingRepo, recordings);
  const auto office = *offices.create({"Office", std::nullopt});
  const domain::User prosecutor{testing::fakeId(2, 1), "ana", office.id, domain::Role::kProsecutor,
                                false, {}};
  domain::NewHearing newHearing{office.id, "1/P", domain::HearingKind::kWitness, "", {}, "",
                                prosecutor.id};
  const auto hearing = *hearingRepo.create(newHearing);
  app::UploadOptions options;
  options.syncEveryBytes = 1 + input.next(4096);
  options.busyWait = std::chrono::milliseconds(0);
  auto service = std::make_unique<app::UploadService>(hearings, uploads, recordings, store,
                                                      keyLocks, jobs, clock, options);

  std::string content(1 + input.next(20000), '\0');
  for (std::size_t i = 0; i < content.size(); ++i) content[i] = static_cast<char>(i * 31 + 7);
  const std::string id = "0b0e7c52-3a38-4f0e-9d0a-6f9d3c2b1a01";
  app::CreateUploadRequest request;
  request.uploadId = id;
  request.hearingId = hearing.id;
  request.fileName = "a.mp4";
  request.sizeBytes = static_cast<std::int64_t>(content.size());
  request.sha256 = toHex(Sha256::of(content));
  if (!service->create(prosecutor, request)) std::abort();

  std::int64_t lastDurable = 0;
  while (!input.empty()) {
    switch (input.next(6)) {
      case 0:
      case 1: {  // a stream of a few chunks
        auto session = service->openWrite(prosecutor, id);
        if (!session) break;
        const int chunks = 1 + static_cast<int>(input.next(4));
        for (int c = 0; c < chunks; ++c) {
          const auto end = (*session)->end();
          std::int64_t offset = end;
          if (input.next(4) == 0) offset = static_cast<std::int64_t>(input.next(30000)) - 5000;
          const std::size_t length = input.next(6000);
          std::string chunk;
          if (offset >= 0 && static_cast<std::size_t>(offset) < content.size()) {
            chunk = content.substr(static_cast<std::size_t>(offset), length);
          } else {
            chunk.assign(length, 'x');
          }
          if (input.next(8) == 0 && !chunk.empty()) chunk[0] ^= 1;  // a wrong byte
          if (!(*session)->append(offset, chunk)) break;
        }
        (void)(*session)->finish();
        break;
      }
      case 2:
        store.simulateRestart();
        service = std::make_unique<app::UploadService>(hearings, uploads, recordings, store,
                                                       keyLocks, jobs, clock, options);
        break;
      case 3: {
        auto completed = service->complete(prosecutor, id);
        if (completed && store.object(request.sha256) != content) std::abort();
        break;
      }
      case 4:
        (void)service->abort(prosecutor, id);
        break;
      default:
        break;
    }
    auto status = service->status(prosecutor, id);
    if (!status) std::abort();
    if (status->durableOffset < 0 || status->durableOffset > request.sizeBytes) std::abort();
    // Only a failed digest check resets to 0; otherwise durable bytes stay durable.
    if (status->durableOffset < lastDurable && status->durableOffset != 0) std::abort();
    lastDurable = status->durableOffset;
    if (status->state != domain::UploadState::kReceiving) break;
  }
  return 0;
}
