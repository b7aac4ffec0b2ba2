#include "domain/audit_text.h"

#include <cstdio>
#include <utility>
#include <vector>

#include "domain/rules.h"

namespace audientia::domain {
namespace {

// The length of the valid UTF-8 sequence at text[i], 0 when there is none.
std::size_t sequenceAt(std::string_view text, std::size_t i) {
  for (std::size_t length = 1; length <= 4 && i + length <= text.size(); ++length) {
    if (utf8Length(text.substr(i, length)) == std::optional<std::size_t>(1)) return length;
  }
  return 0;
}

}  // namespace

std::string auditText(std::string_view text, std::size_t maxBytes) {
  std::string out;
  std::vector<std::pair<std::size_t, std::size_t>> ends;  // (out size, text offset) per piece
  for (std::size_t i = 0; i < text.size();) {
    const auto byte = static_cast<unsigned char>(text[i]);
    std::size_t length = byte < 0x80 ? 1 : sequenceAt(text, i);
    if (length == 0 || (byte < 0x20 && byte != '\t') || byte == 0x7f) {
      char escaped[8];
      std::snprintf(escaped, sizeof escaped, "\\x%02x", byte);
      out += escaped;
      length = 1;
    } else {
      out.append(text.substr(i, length));
    }
    i += length;
    ends.emplace_back(out.size(), i);
  }
  if (out.size() <= maxBytes) return out;
  // Cut after the last piece that leaves room for "…[+N bytes]" (N: the bytes of text left).
  std::string kept;
  std::size_t keptText = 0;
  for (const auto& [outSize, textOffset] : ends) {
    const std::string marker =
        "\xe2\x80\xa6[+" + std::to_string(text.size() - textOffset) + " bytes]";
    if (outSize + marker.size() > maxBytes) break;
    kept = out.substr(0, outSize);
    keptText = textOffset;
  }
  return kept + "\xe2\x80\xa6[+" + std::to_string(text.size() - keptText) + " bytes]";
}

WritableAuditEvent writableAuditEvent(NewAuditEvent event) {
  WritableAuditEvent writable;
  if (!event.officeId.empty() && !isUuid(event.officeId)) {
    writable.givenOfficeId = auditText(event.officeId, 256);
    event.officeId.clear();
  }
  if (!event.actorId.empty() && !isUuid(event.actorId)) {
    writable.givenActorId = auditText(event.actorId, 256);
    event.actorId.clear();
  }
  event.actorUsername = auditText(event.actorUsername, 256);
  event.action = auditText(event.action, 100);
  event.objectType = auditText(event.objectType, 100);
  event.objectId = auditText(event.objectId, 256);
  event.clientAddress = auditText(event.clientAddress, 256);
  writable.event = std::move(event);
  return writable;
}

}  // namespace audientia::domain
