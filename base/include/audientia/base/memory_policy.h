#pragma once

// The process's memory policy (glibc malloc), in one place. Measured with bench/upload_bench.cpp
// and the processing jobs; see docs/upload-performance.md.

namespace audientia::memory {

// At start, before threads: at most two malloc arenas. Upload chunks are 4 MiB blocks that
// gRPC, handler and storing threads allocate and free; with glibc's default of eight arenas
// per core each thread's arena kept its own freed blocks and the resident set grew with every
// thread that had held one (101 MiB at the peak of a 4 GiB upload, 87 MiB with two arenas at
// the same throughput).
void limitArenas();

// After a burst that allocated much and freed it (a processing job's FFmpeg buffers, an upload
// stream's chunks): give the freed memory back to the system instead of keeping it resident in
// malloc's arenas until the next burst.
void returnFreedMemory();

// At start of a client that receives large streams (downloads, exports: 1 MiB messages, one
// after another): blocks up to 32 MiB come from the heap and up to 64 MiB of freed heap is kept
// for the next, instead of each message's block being mapped fresh and returned (glibc's
// defaults), which cost a page fault per 4 KiB received: measured on a 1 GiB download,
// 4.3-4.6 s with the defaults, 3.6-3.9 s with this (bench_package).
void reuseLargeBlocks();

}  // namespace audientia::memory
