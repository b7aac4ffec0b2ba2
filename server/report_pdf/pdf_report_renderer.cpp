#include "pdf_report_renderer.h"

#include <cstdio>
#include <ctime>

#include "pdf_flow.h"
#include "report_texts.h"

namespace audientia::report {
namespace {

// "%1" ... "%3" replaced by the arguments, in order.
std::string fill(const char* pattern, std::initializer_list<std::string> args) {
  std::string out(pattern);
  int number = 1;
  for (const auto& arg : args) {
    const std::string key = "%" + std::to_string(number++);
    if (auto at = out.find(key); at != std::string::npos) out.replace(at, key.size(), arg);
  }
  return out;
}

std::string localTime(std::time_t seconds, const ReportTexts& texts) {
  std::tm tm{};
  ::localtime_r(&seconds, &tm);
  char text[64];
  const bool ro = std::string_view(texts.language) == "ro";
  std::strftime(text, sizeof text, ro ? "%d.%m.%Y %H:%M:%S %Z" : "%Y-%m-%d %H:%M:%S %Z", &tm);
  return text;
}

std::string localTime(domain::Timestamp time, const ReportTexts& texts) {
  return localTime(std::chrono::system_clock::to_time_t(time), texts);
}

// "2026-12-07T09:15:02.123Z" in local time; as given when it does not parse.
std::string wallTime(const std::string& iso, const ReportTexts& texts) {
  std::tm tm{};
  if (iso.size() < 19 ||
      ::strptime(iso.substr(0, 19).c_str(), "%Y-%m-%dT%H:%M:%S", &tm) == nullptr) {
    return iso.empty() ? texts.unknown : iso;
  }
  return localTime(::timegm(&tm), texts);
}

std::string mediaTime(std::int64_t ms) {
  const std::int64_t seconds = ms / 1000;
  char text[32];
  std::snprintf(text, sizeof text, "%lld:%02lld:%02lld", static_cast<long long>(seconds / 3600),
                static_cast<long long>(seconds / 60 % 60), static_cast<long long>(seconds % 60));
  return text;
}

std::string sizeText(std::int64_t bytes, const ReportTexts& texts) {
  char text[64];
  if (bytes >= (1 << 20)) {
    std::snprintf(text, sizeof text, "%.1f MiB (%lld %s)", static_cast<double>(bytes) / (1 << 20),
                  static_cast<long long>(bytes), texts.bytes);
  } else {
    std::snprintf(text, sizeof text, "%lld %s", static_cast<long long>(bytes), texts.bytes);
  }
  return text;
}

void hearingSection(PdfFlow& flow, const ports::HearingReportData& report, const ReportTexts& t) {
  const domain::Hearing& h = report.hearing;
  flow.section(t.hearingSection);
  flow.field(t.caseNumber, "<b>" + markup(h.caseNumber) + "</b>");
  flow.field(t.kind, markup(hearingKindText(t, h.kind)));
  if (!h.title.empty()) flow.field(t.subject, markup(h.title));
  flow.field(t.office, markup(report.officeName));
  if (!h.location.empty()) flow.field(t.location, markup(h.location));
  flow.field(t.prosecutor, markup(report.prosecutor));
  flow.field(t.status, h.status == domain::HearingStatus::kClosed ? t.statusClosed : t.statusOpen);
  flow.field(t.prepared, markup(localTime(h.createdAt, t)));
  std::string start, end;
  std::int64_t recordedMs = 0;
  for (const auto& r : report.recordings) {
    if (!r.wallStart.empty() && (start.empty() || r.wallStart < start)) start = r.wallStart;
    if (!r.wallEnd.empty() && (end.empty() || r.wallEnd > end)) end = r.wallEnd;
    recordedMs += r.durationMs;
  }
  if (!start.empty()) flow.field(t.started, markup(wallTime(start, t)));
  if (!end.empty()) flow.field(t.ended, markup(wallTime(end, t)));
  flow.field(t.recordedFor, mediaTime(recordedMs));

  flow.section(t.participantsSection);
  if (h.participants.empty()) flow.paragraph(markup(t.noParticipants));
  for (const auto& p : h.participants) {
    flow.field(participantRoleText(t, p.role), markup(p.name));
  }
}

void recordingsSection(PdfFlow& flow, const ports::HearingReportData& report,
                       const ReportTexts& t) {
  flow.section(t.recordingsSection);
  if (report.recordings.empty()) flow.paragraph(markup(t.noRecordings));
  int number = 0;
  for (const auto& r : report.recordings) {
    ++number;
    std::string heading = "<b>" + markup(fill(t.recording, {std::to_string(number)})) + "</b> — " +
                          markup(r.fileName) + " (" +
                          (r.kind == domain::RecordingKind::kCapture ? t.capture : t.uploadedFile) +
                          ")";
    if (r.state == domain::RecordingState::kFailed) {
      heading += " — " + markup(t.stateFailed);
    } else if (r.state != domain::RecordingState::kAvailable) {
      heading += " — " + markup(t.stateNotReady);
    }
    flow.space(6);
    flow.paragraph(heading);
    flow.field(t.duration, mediaTime(r.durationMs));
    flow.field(t.size, markup(sizeText(r.sizeBytes, t)));
    if (!r.wallStart.empty()) flow.field(t.started, markup(wallTime(r.wallStart, t)));
    if (!r.wallEnd.empty()) flow.field(t.ended, markup(wallTime(r.wallEnd, t)));
    std::string cameras = std::to_string(r.cameras);
    for (std::size_t i = 0; i < r.cameraNames.size(); ++i) {
      cameras += (i == 0 ? " — " : ", ") + r.cameraNames[i];
    }
    flow.field(t.cameras, markup(cameras));
    flow.field(t.microphones, std::to_string(r.microphones));
    flow.field(t.sha256, markup(r.sha256), true);
    if (r.kind == domain::RecordingKind::kCapture) {
      flow.field(t.seal, r.captureSeal.empty() ? markup(t.notSealed) : markup(r.captureSeal),
                 !r.captureSeal.empty());
    }
  }
}

void gapsSection(PdfFlow& flow, const ports::HearingReportData& report, const ReportTexts& t) {
  flow.section(t.gapsSection);
  bool any = false;
  for (std::size_t i = 0; i < report.recordings.size(); ++i) {
    for (const auto& gap : report.recordings[i].gaps) {
      any = true;
      const std::string to = gap.wallEnd.empty() ? t.notResumed : wallTime(gap.wallEnd, t);
      std::string right = "<b>" +
                          markup(gap.kind == domain::GapKind::kPause ? t.pause : t.interruption) +
                          "</b> " + markup(wallTime(gap.wallStart, t) + " – " + to);
      if (gap.mediaTimeMs >= 0) {
        right +=
            ", " + markup(fill(t.atMedia, {mediaTime(gap.mediaTimeMs), std::to_string(i + 1)}));
      }
      right += "\n" + markup(gap.reason.empty() ? t.noReason : gap.reason);
      flow.entry(markup(fill(t.recording, {std::to_string(i + 1)})), right);
    }
  }
  if (!any) flow.paragraph(markup(t.noGaps));
}

void annotationsSection(PdfFlow& flow, const ports::HearingReportData& report,
                        const ReportTexts& t) {
  flow.section(t.annotationsSection);
  if (report.annotations.empty()) flow.paragraph(markup(t.noAnnotations));
  for (const auto& a : report.annotations) {
    std::string when = markup(fill(t.recording, {std::to_string(a.recording + 1)})) + "\n<b>" +
                       mediaTime(a.startMs) + (a.endMs ? "–" + mediaTime(*a.endMs) : "") + "</b>";
    std::string note = "<b>" + markup(annotationKindText(t, a.kind)) + "</b> — " + markup(a.text);
    std::string about = a.author;
    if (a.fromCapture) about += ", " + std::string(t.fromCapture);
    if (a.revision > 1) about += ", " + fill(t.edited, {std::to_string(a.revision)});
    note += "\n<span size='small' foreground='#444444'>" + markup(about) + "</span>";
    flow.entry(when, note);
  }
}

void picturesSection(PdfFlow& flow, const ports::HearingReportData& report, const ReportTexts& t) {
  flow.section(t.picturesSection);
  std::vector<FlowPicture> row;
  bool any = false;
  for (std::size_t i = 0; i < report.recordings.size(); ++i) {
    const auto& r = report.recordings[i];
    for (const auto& picture : r.pictures) {
      std::string caption = fill(t.recording, {std::to_string(i + 1)}) + ", " +
                            fill(t.camera, {std::to_string(picture.camera + 1)});
      if (static_cast<std::size_t>(picture.camera) < r.cameraNames.size()) {
        caption += " (" + r.cameraNames[static_cast<std::size_t>(picture.camera)] + ")";
      }
      caption += " — " + mediaTime(picture.mediaTimeMs);
      row.push_back({picture.width, picture.height, picture.jpeg, markup(caption)});
      any = true;
      if (row.size() == 2) {
        flow.pictures(row);
        row.clear();
      }
    }
  }
  if (!row.empty()) flow.pictures(row);
  if (!any) flow.paragraph(markup(t.noPictures));
}

void filesSection(PdfFlow& flow, const ports::HearingReportData& report, const ReportTexts& t) {
  flow.section(t.filesSection);
  flow.paragraph(markup(t.filesIntro), true);
  for (std::size_t i = 0; i < report.recordings.size(); ++i) {
    const auto& r = report.recordings[i];
    if (r.evidenceFiles.empty()) continue;
    flow.space(4);
    flow.paragraph("<b>" + markup(fill(t.recording, {std::to_string(i + 1)})) + "</b>", true);
    for (const auto& file : r.evidenceFiles) {
      flow.field(file.name,
                 markup(file.sha256) + "\n<span font='DejaVu Sans 7.5' foreground='#444444'>" +
                     markup(sizeText(file.sizeBytes, t)) + "</span>",
                 true);
    }
  }
}

}  // namespace

Expected<std::string> PdfReportRenderer::renderPdf(const ports::HearingReportData& report) {
  const ReportTexts* texts = reportTexts(report.language);
  if (texts == nullptr) {
    return invalidArgument("the hearing report is written in English (en) or Romanian (ro), not '" +
                           report.language + "'");
  }
  const ReportTexts& t = *texts;
  AUDIENTIA_TRY(auto flow, PdfFlow::create());
  flow->title(t.title);
  flow->paragraph(markup(report.organisation + " · " + report.officeName));
  flow->paragraph("<i>" + markup(t.draft) + "</i>", true);
  hearingSection(*flow, report, t);
  recordingsSection(*flow, report, t);
  gapsSection(*flow, report, t);
  annotationsSection(*flow, report, t);
  picturesSection(*flow, report, t);
  filesSection(*flow, report, t);
  flow->space(14);
  flow->paragraph(markup(fill(t.closing, {localTime(report.generatedAt, t), report.generatedBy,
                                          report.organisation})),
                  true);
  const std::string caseNumber = report.hearing.caseNumber;
  return flow->finish(
      {std::string(t.title) + " — " + caseNumber, report.organisation, caseNumber},
      [&](int page, int pages) {
        return fill(t.footer, {caseNumber, std::to_string(page), std::to_string(pages)});
      });
}

}  // namespace audientia::report
