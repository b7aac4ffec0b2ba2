#pragma once

// OpenSSL's queued errors as one line of text, for the messages of what failed with it
// (signing an evidence package, checking one, making the TLS material).

#include <string>
#include <string_view>

namespace audientia {

// Every error queued on this thread, oldest first, joined by "; " (the queue is left empty);
// `whenNone` when nothing was queued.
std::string takeOpenSslErrors(std::string_view whenNone = "unknown OpenSSL error");

}  // namespace audientia
