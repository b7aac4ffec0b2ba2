#pragma once

// Helpers for the client tests: readable QString in GoogleTest messages, and waiting for the
// event loop (results of server calls arrive as queued events on this thread).

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QString>
#include <QTest>
#include <algorithm>
#include <chrono>
#include <ostream>

// Found by argument-dependent lookup (QString is in the global namespace).
inline void PrintTo(const QString& text, std::ostream* out) {
  *out << '"' << text.toStdString() << '"';
}

namespace audientia::gui::testing {

// A signal that may come from a worker thread before the test starts waiting: true once the
// spy holds at least `count` of them (QSignalSpy::wait alone waits for one more).
inline bool signalled(QSignalSpy& spy, int timeoutMs, int count = 1) {
  QDeadlineTimer deadline(timeoutMs);
  while (spy.count() < count) {
    if (deadline.hasExpired()) return false;
    spy.wait(
        static_cast<int>(std::max<qint64>(1, std::min<qint64>(100, deadline.remainingTime()))));
  }
  return true;
}

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
