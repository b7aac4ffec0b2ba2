// Issue 14: a morning login storm. N workstations (default 500) start at once against a real
// audientia-server (embedded PostgreSQL, this machine), each on its own TLS channel: log in,
// create a hearing, upload a 2 MiB recording, list the hearings, log out. Meanwhile a probe asks
// the gRPC health service, an already-signed-in client calls WhoAmI, every 100 ms, and a new
// client connects (its own TCP connection and TLS handshake) and asks health, every 200 ms.
//
//   build/bin/bench_login_storm [workstations=500] [users=50]
//
// Prints: errors, wall time, server CPU seconds (utime+stime from /proc) and client CPU
// seconds, the rest of the machine's busy time (the embedded PostgreSQL's own processes), how
// busy the cores were (the machine's busy time from /proc/stat over the storm: it runs at what
// the CPU allows when this is near 100 %), server peak RSS (VmHWM) and peak threads, and
// p50/p99/max of the health, WhoAmI and new-connection latencies during the storm.

#include <grpcpp/grpcpp.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <barrier>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <mutex>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "audientia/client/api_client.h"
#include "audientia/testing/server_process.h"
#include "audientia/testing/temp_dir.h"
#include "grpc/health/v1/health.grpc.pb.h"
#include "process_status.h"

namespace {

using namespace audientia;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

constexpr const char* kPassword = "a long storm passphrase 42";

using audientia::bench::statusField;

double cpuSecondsOf(pid_t pid) {
  std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
  std::string text((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
  const auto close = text.rfind(')');
  std::vector<std::string> fields;
  std::string field;
  for (std::size_t i = close + 2; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == ' ') {
      fields.push_back(field);
      field.clear();
    } else {
      field += text[i];
    }
  }
  // utime and stime are fields 14 and 15 of stat, 12 and 13 after "(comm) ".
  const double ticks = static_cast<double>(sysconf(_SC_CLK_TCK));
  return (std::stod(fields.at(11)) + std::stod(fields.at(12))) / ticks;
}

double selfCpuSeconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + t.tv_usec / 1e6; };
  return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

// The machine's CPU time from /proc/stat: busy (user, nice, system, irq, softirq, steal) and
// all (busy + idle + iowait), in seconds summed over the cores.
struct MachineCpu {
  double busy = 0;
  double all = 0;
};
MachineCpu machineCpu() {
  std::ifstream stat("/proc/stat");
  std::string label;
  double user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0;
  stat >> label >> user >> nice >> system >> idle >> iowait >> irq >> softirq >> steal;
  const double tick = static_cast<double>(sysconf(_SC_CLK_TCK));
  const double busy = user + nice + system + irq + softirq + steal;
  return {busy / tick, (busy + idle + iowait) / tick};
}

double percentile(std::vector<double> values, double p) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  return values[static_cast<std::size_t>(p * static_cast<double>(values.size() - 1))];
}

int fail(const std::string& what) {
  std::fprintf(stderr, "bench_login_storm: %s\n", what.c_str());
  return 1;
}

struct Latencies {
  std::mutex mutex;
  std::vector<double> ms;
  int failures = 0;
  void add(double value, bool ok) {
    std::lock_guard lock(mutex);
    if (ok)
      ms.push_back(value);
    else
      ++failures;
  }
};

}  // namespace

int main(int argc, char** argv) {
  const int workstations = argc > 1 ? std::atoi(argv[1]) : 500;
  const int users = argc > 2 ? std::atoi(argv[2]) : 50;
  auto root = testing::makeTempDir("bench-storm");
  if (!root) return fail(root.error().toString());
  testing::ServerOptions options;
  options.dataDir = *root / "data";
  options.extraArgs = {"--workers", "0"};  // no processing of the uploads during the storm
  auto server = testing::ServerProcess::start(options);
  if (!server) return fail("starting the server: " + server.error().toString());
  const pid_t pid = (*server)->pid();
  const client::ConnectionOptions connection{(*server)->address(), (*server)->caFile(), {}, {}, {}};

  // Offices and prosecutors (each signs in from several workstations), and 8 distinct 2 MiB
  // recordings of random bytes.
  std::string officeId;
  {
    auto admin = client::ApiClient::create(connection);
    if (!admin) return fail(admin.error().toString());
    auto login = (*admin)->login("admin", (*server)->adminPassword());
    if (!login) return fail(login.error().toString());
    (*admin)->setToken(login->token());
    auto office = (*admin)->createOffice("Storm office", "");
    if (!office) return fail(office.error().toString());
    officeId = office->id();
    for (int u = 0; u < users; ++u) {
      v1::CreateUserRequest user;
      user.set_username("prosecutor" + std::to_string(u));
      user.set_office_id(officeId);
      user.set_role(v1::ROLE_PROSECUTOR);
      user.set_password(kPassword);
      if (auto created = (*admin)->createUser(user); !created)
        return fail(created.error().toString());
    }
  }
  std::vector<fs::path> recordings;
  std::mt19937_64 random(42);
  for (int f = 0; f < 8; ++f) {
    recordings.push_back(*root / ("recording-" + std::to_string(f) + ".mp4"));
    std::string bytes(2 << 20, '\0');
    for (char& c : bytes) c = static_cast<char>(random());
    std::ofstream(recordings.back(), std::ios::binary) << bytes;
  }

  // The probes.
  std::atomic<bool> stormOver{false};
  Latencies health, whoAmI;
  std::thread healthProbe([&] {
    grpc::SslCredentialsOptions ssl;
    std::ifstream ca((*server)->caFile());
    ssl.pem_root_certs.assign(std::istreambuf_iterator<char>(ca), std::istreambuf_iterator<char>());
    auto stub = grpc::health::v1::Health::NewStub(
        grpc::CreateChannel((*server)->address(), grpc::SslCredentials(ssl)));
    while (!stormOver) {
      grpc::ClientContext context;
      context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(5));
      grpc::health::v1::HealthCheckRequest request;
      grpc::health::v1::HealthCheckResponse response;
      const auto start = Clock::now();
      const auto status = stub->Check(&context, request, &response);
      health.add(
          std::chrono::duration<double, std::milli>(Clock::now() - start).count(),
          status.ok() && response.status() == grpc::health::v1::HealthCheckResponse::SERVING);
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
  });
  // A new connection each time: a channel of its own (local subchannel pool), so the time
  // includes TCP connect and the TLS handshake.
  Latencies handshake;
  std::thread handshakeProbe([&] {
    grpc::SslCredentialsOptions ssl;
    std::ifstream ca((*server)->caFile());
    ssl.pem_root_certs.assign(std::istreambuf_iterator<char>(ca), std::istreambuf_iterator<char>());
    const auto credentials = grpc::SslCredentials(ssl);
    while (!stormOver) {
      grpc::ChannelArguments arguments;
      arguments.SetInt(GRPC_ARG_USE_LOCAL_SUBCHANNEL_POOL, 1);
      const auto start = Clock::now();
      auto stub = grpc::health::v1::Health::NewStub(
          grpc::CreateCustomChannel((*server)->address(), credentials, arguments));
      grpc::ClientContext context;
      context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(10));
      context.set_wait_for_ready(true);
      grpc::health::v1::HealthCheckRequest request;
      grpc::health::v1::HealthCheckResponse response;
      const auto status = stub->Check(&context, request, &response);
      handshake.add(std::chrono::duration<double, std::milli>(Clock::now() - start).count(),
                    status.ok());
      std::this_thread::sleep_for(std::chrono::milliseconds(200));
    }
  });
  auto signedIn = client::ApiClient::create(connection);
  if (!signedIn) return fail(signedIn.error().toString());
  auto probeLogin = (*signedIn)->login("prosecutor0", kPassword);
  if (!probeLogin) return fail(probeLogin.error().toString());
  (*signedIn)->setToken(probeLogin->token());
  std::thread whoAmIProbe([&] {
    while (!stormOver) {
      const auto start = Clock::now();
      const bool ok = static_cast<bool>((*signedIn)->whoAmI());
      whoAmI.add(std::chrono::duration<double, std::milli>(Clock::now() - start).count(), ok);
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
  });

  std::atomic<std::size_t> peakThreads{0};
  std::thread sampler([&] {
    while (!stormOver) {
      peakThreads = std::max<std::size_t>(peakThreads, statusField(pid, "Threads:"));
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
  });

  // The storm: every workstation has its channel ready, then all start at once.
  std::vector<std::unique_ptr<client::ApiClient>> clients;
  for (int w = 0; w < workstations; ++w) {
    auto api = client::ApiClient::create(connection);
    if (!api) return fail(api.error().toString());
    clients.push_back(std::move(*api));
  }
  std::mutex errorsMutex;
  std::vector<std::string> errors;
  std::barrier start(workstations + 1);
  std::vector<std::thread> threads;
  for (int w = 0; w < workstations; ++w) {
    threads.emplace_back([&, w] {
      auto& api = *clients[static_cast<std::size_t>(w)];
      start.arrive_and_wait();
      auto error = [&](const std::string& step, const Error& e) {
        std::lock_guard lock(errorsMutex);
        errors.push_back("workstation " + std::to_string(w) + " " + step + ": " + e.toString());
      };
      auto login = api.login("prosecutor" + std::to_string(w % users), kPassword);
      if (!login) return error("login", login.error());
      api.setToken(login->token());
      v1::CreateHearingRequest request;
      request.set_office_id(officeId);
      request.set_case_number("STORM/" + std::to_string(w));
      request.set_kind(v1::HEARING_KIND_WITNESS);
      auto hearing = api.createHearing(request);
      if (!hearing) return error("hearing", hearing.error());
      auto recording =
          api.uploadRecording(hearing->id(), recordings[static_cast<std::size_t>(w) % 8], {});
      if (!recording) return error("upload", recording.error());
      auto list = api.listHearings("");
      if (!list) return error("list", list.error());
      if (auto out = api.logout(); !out) return error("logout", out.error());
    });
  }
  const double serverCpuBefore = cpuSecondsOf(pid);
  const double clientCpuBefore = selfCpuSeconds();
  const MachineCpu machineBefore = machineCpu();
  const auto began = Clock::now();
  start.arrive_and_wait();
  for (auto& thread : threads) thread.join();
  const double wall = std::chrono::duration<double>(Clock::now() - began).count();
  const double serverCpu = cpuSecondsOf(pid) - serverCpuBefore;
  const double clientCpu = selfCpuSeconds() - clientCpuBefore;
  const MachineCpu machineAfter = machineCpu();
  const double machineBusy = machineAfter.busy - machineBefore.busy;
  const double machineAll = machineAfter.all - machineBefore.all;
  stormOver = true;
  healthProbe.join();
  whoAmIProbe.join();
  handshakeProbe.join();
  sampler.join();
  const std::size_t peakRssMiB = statusField(pid, "VmHWM:") / 1024;
  const double cores = static_cast<double>(std::thread::hardware_concurrency());

  std::printf("workstations          %d (%d users)\n", workstations, users);
  std::printf("errors                %zu\n", errors.size());
  for (std::size_t i = 0; i < std::min<std::size_t>(errors.size(), 5); ++i) {
    std::printf("  %s\n", errors[i].c_str());
  }
  std::printf("wall                  %.1f s\n", wall);
  std::printf("server CPU            %.1f s (%.3f s per workstation)\n", serverCpu,
              serverCpu / workstations);
  std::printf("client CPU            %.1f s\n", clientCpu);
  // PostgreSQL runs in processes of its own: the machine's busy time minus server and client.
  std::printf("PostgreSQL and other  %.1f s\n", machineBusy - serverCpu - clientCpu);
  std::printf("CPU per workstation   %.3f s (all processes)\n", machineBusy / workstations);
  std::printf("cores busy            %.0f %% of %.0f cores (server + client: %.0f %%)\n",
              100.0 * machineBusy / machineAll, cores,
              100.0 * (serverCpu + clientCpu) / (cores * wall));
  std::printf("server peak RSS       %zu MiB\n", peakRssMiB);
  std::printf("server peak threads   %zu\n", peakThreads.load());
  std::printf("health  p50/p99/max   %.1f / %.1f / %.1f ms (%zu probes, %d failed)\n",
              percentile(health.ms, 0.5), percentile(health.ms, 0.99), percentile(health.ms, 1.0),
              health.ms.size(), health.failures);
  std::printf("WhoAmI  p50/p99/max   %.1f / %.1f / %.1f ms (%zu probes, %d failed)\n",
              percentile(whoAmI.ms, 0.5), percentile(whoAmI.ms, 0.99), percentile(whoAmI.ms, 1.0),
              whoAmI.ms.size(), whoAmI.failures);
  std::printf(
      "connect p50/p99/max   %.1f / %.1f / %.1f ms (%zu probes, %d failed: TCP, TLS, health)\n",
      percentile(handshake.ms, 0.5), percentile(handshake.ms, 0.99), percentile(handshake.ms, 1.0),
      handshake.ms.size(), handshake.failures);
  return errors.empty() ? 0 : 2;
}
