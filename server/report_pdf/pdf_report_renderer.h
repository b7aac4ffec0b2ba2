#pragma once

// ports::ReportRenderer with Pango and Cairo (pdf_flow.h): the hearing report as an A4 PDF in
// English or Romanian, times in the server's time zone.

#include "ports/report_renderer.h"

namespace audientia::report {

class PdfReportRenderer final : public ports::ReportRenderer {
 public:
  Expected<std::string> renderPdf(const ports::HearingReportData& report) override;
};

}  // namespace audientia::report
