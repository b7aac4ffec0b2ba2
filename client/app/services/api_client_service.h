#pragma once

// ApiService over audientia::client::ApiClient (synchronous gRPC + TLS). Calls run one at a time,
// in order, on a worker thread of a private thread pool (QtConcurrent::run), so that no network
// round trip ever blocks the UI thread; results are posted back to the caller's thread.

#include <QObject>
#include <QThreadPool>
#include <memory>

#include "audientia/client/api_client.h"
#include "services/api_service.h"

namespace audientia::gui {

class ApiClientService final : public ApiService {
 public:
  ApiClientService();
  // Waits for the call in progress (if any) to finish; pending results are dropped.
  ~ApiClientService() override;
  ApiClientService(const ApiClientService&) = delete;
  ApiClientService& operator=(const ApiClientService&) = delete;

  void login(const LoginParams& params, QObject* context, Done<SessionInfo> done) override;
  void logout(QObject* context, Done<void> done) override;
  void listHearings(const std::string& officeId, QObject* context,
                    Done<std::vector<v1::Hearing>> done) override;
  void getHearing(const std::string& hearingId, QObject* context,
                  Done<v1::GetHearingResponse> done) override;

 private:
  // Runs work() on the worker thread and done(result) on context's thread.
  template <class T, class Work>
  void post(QObject* context, Work work, Done<T> done);

  // The logged-in client; read and written only on the worker thread (calls are serialized).
  std::shared_ptr<client::ApiClient> client_;
  QThreadPool pool_;
  // Lives on the constructing (UI) thread; results are delivered through it.
  QObject receiver_;
};

}  // namespace audientia::gui
