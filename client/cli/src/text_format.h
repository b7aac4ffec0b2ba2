#pragma once

// Human output of audientiactl: aligned tables, key/value blocks and value formatting.

#include <cstdint>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "audientia/v1/recordings.pb.h"

namespace audientia::cli {

// Columns separated by two spaces, each as wide as its widest cell (counted in UTF-8 characters).
class Table {
 public:
  explicit Table(std::vector<std::string> headers) : headers_(std::move(headers)) {}
  void addRow(std::vector<std::string> cells) { rows_.push_back(std::move(cells)); }
  std::size_t rowCount() const { return rows_.size(); }
  void print(std::ostream& out) const;

 private:
  std::vector<std::string> headers_;
  std::vector<std::vector<std::string>> rows_;
};

// "key:   value" lines with the values aligned.
void printFields(std::ostream& out, const std::vector<std::pair<std::string, std::string>>& fields);

// Number of characters (not bytes) in UTF-8 text.
std::size_t displayWidth(const std::string& text);

// "2026-03-01 09:30:00 UTC"; "-" for 0.
std::string formatTime(std::int64_t unixMs);
// "1.5 MiB (1572864 bytes)" style, short: "1.5 MiB".
std::string formatBytes(std::int64_t bytes);
// "1:02:03.456" or "2:03.456"; "-" for 0.
std::string formatDuration(std::int64_t ms);
// "h264 1280x720 30fps, aac 48000Hz 2ch".
std::string formatStreams(const v1::MediaInfo& info);
// "ROLE_ADMIN" -> "admin".
std::string shortEnumName(const std::string& protoName, const std::string& prefix);

}  // namespace audientia::cli
