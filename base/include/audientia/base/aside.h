#pragma once

// Runs work on a thread of its own and returns its future; where no thread can be started,
// runs it here and now (the future is then ready). For work a caller overlaps with its own and
// waits for before going on.

#include <future>
#include <system_error>
#include <type_traits>
#include <utility>

namespace audientia {

template <class Work>
auto aside(Work work) -> std::future<decltype(work())> {
  try {
    return std::async(std::launch::async, std::move(work));
  } catch (const std::system_error&) {
    std::promise<decltype(work())> done;
    if constexpr (std::is_void_v<decltype(work())>) {
      work();
      done.set_value();
    } else {
      done.set_value(work());
    }
    return done.get_future();
  }
}

}  // namespace audientia
