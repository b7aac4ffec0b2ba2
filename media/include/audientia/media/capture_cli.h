#pragma once

// `audientiactl capture ...`, self-contained so the CLI wires it in with one call:
//
//   capture --video SPEC... --audio SPEC... --out DIR [--segment 60s] [--preset veryfast]
//           [--bitrate 4M] [--duration 30s] [--title TEXT] [--resume]
//       records until Ctrl-C / SIGTERM (or --duration), then stops and seals the manifest
//   capture verify DIR         exit 0 only when every segment, the chain and the seal match
//   capture recover DIR [--seal]   closes the segments of a capture whose process died
//   capture devices            lists the capture devices of this machine
//
// `args` are the words after "capture". Exit codes as docs/cli.md: 0 success, 1 failure (or a
// verification that found problems), 2 usage error. Errors are "error: CODE: message" on `err`.
// While recording, SIGINT and SIGTERM are caught (previous handlers restored on return).

#include <ostream>
#include <string>
#include <vector>

namespace audientia::media {

int runCaptureCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace audientia::media
