#pragma once

// A heap buffer whose address and size are multiples of an alignment, as O_DIRECT I/O needs.

#include <cstddef>
#include <cstdlib>
#include <memory>
#include <span>
#include <utility>

namespace audientia {

class AlignedBuffer {
 public:
  AlignedBuffer() = default;
  // size must be a multiple of alignment, alignment a power of two. Empty when out of memory.
  AlignedBuffer(std::size_t alignment, std::size_t size)
      : data_(static_cast<std::byte*>(std::aligned_alloc(alignment, size))),
        size_(data_ ? size : 0) {}
  // A moved-from buffer is empty.
  AlignedBuffer(AlignedBuffer&& other) noexcept
      : data_(std::move(other.data_)), size_(std::exchange(other.size_, 0)) {}
  AlignedBuffer& operator=(AlignedBuffer&& other) noexcept {
    data_ = std::move(other.data_);
    size_ = std::exchange(other.size_, 0);
    return *this;
  }

  bool empty() const { return size_ == 0; }
  std::size_t size() const { return size_; }
  std::byte* data() const { return data_.get(); }
  std::span<std::byte> span() const { return {data_.get(), size_}; }

 private:
  struct Free {
    void operator()(std::byte* p) const { std::free(p); }
  };
  std::unique_ptr<std::byte, Free> data_;
  std::size_t size_ = 0;
};

}  // namespace audientia
