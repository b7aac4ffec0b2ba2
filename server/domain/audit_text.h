#pragma once

// What makes an audit event writable whatever a request held: the trail must record every
// call, also one whose fields are hostile (a NUL byte, invalid UTF-8, a megabyte, an office id
// that is not a UUID). Values are kept readable and bounded, never dropped silently: what is cut
// says how much, what cannot be stored as it is is written escaped.

#include <cstddef>
#include <string>
#include <string_view>

#include "domain/audit.h"

namespace audientia::domain {

// At most maxBytes of valid UTF-8: control characters (but tab) and bytes that are not UTF-8
// become "\xNN"; a longer text is cut on a character boundary and ends "…[+N bytes]".
std::string auditText(std::string_view text, std::size_t maxBytes);

// The event with every text field bounded by its column and escaped (auditText); an actor or
// office id that is not a UUID is cleared and its value kept, escaped, in extraDetail (as
// "office_id_given": …) for the caller to add to the details.
struct WritableAuditEvent {
  NewAuditEvent event;
  std::string givenOfficeId;  // non-empty when event.officeId was not a UUID
  std::string givenActorId;   // likewise for actorId
};
WritableAuditEvent writableAuditEvent(NewAuditEvent event);

inline constexpr std::size_t kMaxAuditDetailBytes = 1024;

}  // namespace audientia::domain
