#include "text_format.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <ctime>
#include <iomanip>
#include <sstream>

namespace audientia::cli {

std::size_t displayWidth(const std::string& text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;  // not a continuation byte
  }));
}

void Table::print(std::ostream& out) const {
  std::vector<std::size_t> widths(headers_.size(), 0);
  auto measure = [&widths](const std::vector<std::string>& row) {
    for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i) {
      widths[i] = std::max(widths[i], displayWidth(row[i]));
    }
  };
  measure(headers_);
  for (const auto& row : rows_) measure(row);
  auto printRow = [&](const std::vector<std::string>& row) {
    std::string line;
    for (std::size_t i = 0; i < widths.size(); ++i) {
      const std::string cell = i < row.size() ? row[i] : std::string();
      line += cell;
      if (i + 1 < widths.size()) line += std::string(widths[i] - displayWidth(cell) + 2, ' ');
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out << line << '\n';
  };
  printRow(headers_);
  for (const auto& row : rows_) printRow(row);
}

void printFields(std::ostream& out,
                 const std::vector<std::pair<std::string, std::string>>& fields) {
  std::size_t width = 0;
  for (const auto& field : fields) width = std::max(width, displayWidth(field.first));
  for (const auto& [key, value] : fields) {
    out << key << ':' << std::string(width - displayWidth(key) + 2, ' ') << value << '\n';
  }
}

std::string formatTime(std::int64_t unixMs) {
  if (unixMs == 0) return "-";
  const std::time_t seconds = static_cast<std::time_t>(unixMs / 1000);
  std::tm utc{};
  gmtime_r(&seconds, &utc);
  std::ostringstream out;
  out << std::put_time(&utc, "%Y-%m-%d %H:%M:%S") << " UTC";
  return out.str();
}

std::string formatBytes(std::int64_t bytes) {
  static constexpr const char* kUnits[] = {"B", "KiB", "MiB", "GiB", "TiB"};
  double value = static_cast<double>(bytes);
  std::size_t unit = 0;
  while (value >= 1024.0 && unit + 1 < std::size(kUnits)) {
    value /= 1024.0;
    ++unit;
  }
  std::ostringstream out;
  if (unit == 0) {
    out << bytes << " B";
  } else {
    out << std::fixed << std::setprecision(1) << value << ' ' << kUnits[unit];
  }
  return out.str();
}

std::string formatDuration(std::int64_t ms) {
  if (ms <= 0) return "-";
  const std::int64_t hours = ms / 3'600'000;
  const std::int64_t minutes = (ms / 60'000) % 60;
  const std::int64_t seconds = (ms / 1000) % 60;
  const std::int64_t millis = ms % 1000;
  std::ostringstream out;
  out << std::setfill('0');
  if (hours > 0) out << hours << ':' << std::setw(2);
  out << minutes << ':' << std::setw(2) << seconds << '.' << std::setw(3) << millis;
  return out.str();
}

std::string formatStreams(const v1::MediaInfo& info) {
  std::string text;
  for (const auto& stream : info.streams()) {
    if (!text.empty()) text += ", ";
    text += stream.codec().empty() ? "?" : stream.codec();
    if (stream.type() == v1::STREAM_TYPE_VIDEO) {
      text += " " + std::to_string(stream.width()) + "x" + std::to_string(stream.height());
      if (stream.frame_rate() > 0) {
        std::ostringstream rate;
        rate << std::setprecision(4) << stream.frame_rate();
        text += " " + rate.str() + "fps";
      }
    } else if (stream.type() == v1::STREAM_TYPE_AUDIO) {
      text += " " + std::to_string(stream.sample_rate()) + "Hz " +
              std::to_string(stream.channels()) + "ch";
    }
  }
  return text.empty() ? "-" : text;
}

std::string shortEnumName(const std::string& protoName, const std::string& prefix) {
  std::string name = protoName.rfind(prefix, 0) == 0 ? protoName.substr(prefix.size()) : protoName;
  std::transform(name.begin(), name.end(), name.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return name;
}

}  // namespace audientia::cli
