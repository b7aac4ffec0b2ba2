#pragma once

// How every call of the services' interfaces (session, hearings, admin, account) answers: the
// call returns at once; `done` runs later on the thread of `context` (the UI thread), and never
// runs if `context` was destroyed in the meantime. Calls complete in the order they were made.

#include <functional>

#include "audientia/base/expected.h"

namespace audientia::gui {

template <class T>
using Done = std::function<void(Expected<T>)>;

}  // namespace audientia::gui
