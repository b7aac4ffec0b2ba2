#pragma once

// Helpers for the client tests: readable QString in GoogleTest messages, and waiting for the
// event loop (results of server calls arrive as queued events on this thread).

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QString>
#include <QTest>
#include <chrono>
#include <ostream>

// Found by argument-dependent lookup (QString is in the global namespace).
inline void PrintTo(const QString& text, std::ostream* out) {
  *out << '"' << text.toStdString() << '"';
}

namespace audientia::gui::testing {

// Runs the event loop until predicate() holds or the timeout passes; returns predicate().
template <class Predicate>
bool waitUntil(Predicate predicate, std::chrono::milliseconds timeout = std::chrono::seconds(30)) {
  QDeadlineTimer deadline(timeout);
  while (!predicate()) {
    if (deadline.hasExpired()) return predicate();
    QTest::qWait(20);
  }
  return true;
}

}  // namespace audientia::gui::testing
