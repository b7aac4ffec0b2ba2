#pragma once

// The start of the name of a file made from a hearing (a clip, a report): its case number with
// every character but ASCII letters, digits, '-' and '.' made '-' ("808/P/2026" gives
// "808-P-2026"), so that the name is the same on every system and needs no quoting; `fallback`
// when nothing is left.

#include <string>

namespace audientia::app {

inline std::string caseFileStem(const std::string& caseNumber, const std::string& fallback) {
  std::string stem;
  for (char c : caseNumber) {
    const bool plain = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                       c == '-' || c == '.';
    stem += plain ? c : '-';
  }
  return stem.empty() ? fallback : stem;
}

}  // namespace audientia::app
