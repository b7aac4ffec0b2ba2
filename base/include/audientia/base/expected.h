#pragma once

// A small Expected<T, E> with the interface of C++23 std::expected (which clang-tidy 14 cannot
// parse), so that it can be swapped for the standard one later. Failures that callers are
// expected to handle are values of this type; bugs are assertions.

#include <cassert>
#include <type_traits>
#include <utility>
#include <variant>

#include "audientia/base/error.h"

namespace audientia {

template <class E>
class Unexpected {
 public:
  explicit Unexpected(E error) : error_(std::move(error)) {}
  E& error() & { return error_; }
  const E& error() const& { return error_; }
  E&& error() && { return std::move(error_); }

 private:
  E error_;
};

template <class E>
Unexpected(E) -> Unexpected<E>;

template <class T, class E = Error>
class [[nodiscard]] Expected {
 public:
  using value_type = T;
  using error_type = E;

  template <class U = T>
  requires std::is_constructible_v<T, U&&> Expected(U&& value)
      : storage_(std::in_place_index<0>, std::forward<U>(value)) {}  // NOLINT
  template <class G>
  Expected(Unexpected<G> unexpected)  // NOLINT(google-explicit-constructor)
      : storage_(std::in_place_index<1>, std::move(unexpected).error()) {}
  Expected(const E& error) : storage_(std::in_place_index<1>, error) {}        // NOLINT
  Expected(E&& error) : storage_(std::in_place_index<1>, std::move(error)) {}  // NOLINT

  bool has_value() const { return storage_.index() == 0; }
  explicit operator bool() const { return has_value(); }

  T& value() & { return checkedValue(); }
  const T& value() const& { return const_cast<Expected*>(this)->checkedValue(); }
  T&& value() && { return std::move(checkedValue()); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T&& operator*() && { return std::move(checkedValue()); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

  E& error() & {
    assert(!has_value());
    return std::get<1>(storage_);
  }
  const E& error() const& {
    assert(!has_value());
    return std::get<1>(storage_);
  }
  E&& error() && {
    assert(!has_value());
    return std::move(std::get<1>(storage_));
  }

  template <class U>
  T value_or(U&& fallback) const& {
    return has_value() ? std::get<0>(storage_) : static_cast<T>(std::forward<U>(fallback));
  }

 private:
  T& checkedValue() {
    assert(has_value() && "Expected::value() called on an error");
    return std::get<0>(storage_);
  }

  std::variant<T, E> storage_;
};

// Expected<void, E>: success carries no value.
template <class E>
class [[nodiscard]] Expected<void, E> {
 public:
  Expected() = default;
  template <class G>
  Expected(Unexpected<G> unexpected)  // NOLINT(google-explicit-constructor)
      : error_(std::move(unexpected).error()), failed_(true) {}
  Expected(const E& error) : error_(error), failed_(true) {}        // NOLINT
  Expected(E&& error) : error_(std::move(error)), failed_(true) {}  // NOLINT

  bool has_value() const { return !failed_; }
  explicit operator bool() const { return has_value(); }
  void value() const { assert(has_value()); }

  const E& error() const& {
    assert(failed_);
    return error_;
  }
  E&& error() && {
    assert(failed_);
    return std::move(error_);
  }

 private:
  E error_{ErrorCode::kUnspecified, {}};
  bool failed_ = false;
};

using Status = Expected<void, Error>;

inline Status ok() {
  return {};
}

}  // namespace audientia

// Propagates an error out of the calling function:
//   AUDIENTIA_TRY(auto conn, pool.acquire());   or   AUDIENTIA_TRY_STATUS(tx.commit());
#define AUDIENTIA_CONCAT_INNER(a, b) a##b
#define AUDIENTIA_CONCAT(a, b) AUDIENTIA_CONCAT_INNER(a, b)
#define AUDIENTIA_TRY_IMPL(tmp, decl, expr)            \
  auto tmp = (expr);                                   \
  if (!tmp.has_value()) return std::move(tmp).error(); \
  decl = std::move(tmp).value()
#define AUDIENTIA_TRY(decl, expr) \
  AUDIENTIA_TRY_IMPL(AUDIENTIA_CONCAT(try_tmp_, __LINE__), decl, expr)
#define AUDIENTIA_TRY_STATUS(expr)                                       \
  do {                                                                   \
    auto try_status_ = (expr);                                           \
    if (!try_status_.has_value()) return std::move(try_status_).error(); \
  } while (false)
