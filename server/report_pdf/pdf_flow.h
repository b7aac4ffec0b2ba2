#pragma once

// A4 pages of flowing text and pictures, laid out with Pango and written as PDF by Cairo: real
// text (searchable, copyable) in embedded fonts, shaped for any script. Blocks are added in
// reading order; finish() breaks them into pages (a section title never ends a page), draws a
// footer on each page once the page count is known and returns the PDF's bytes.
// Markup is Pango markup: callers escape text with markup().

#include <cairo.h>
#include <pango/pango.h>

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "audientia/base/expected.h"

namespace audientia::report {

// Text escaped for Pango markup.
std::string markup(const std::string& text);

struct FlowPicture {
  int width = 0;  // pixels of the JPEG
  int height = 0;
  std::string jpeg;
  std::string captionMarkup;
};

struct PdfMetadata {
  std::string title;
  std::string author;
  std::string subject;
};

class PdfFlow {
 public:
  static Expected<std::unique_ptr<PdfFlow>> create();
  ~PdfFlow();
  PdfFlow(const PdfFlow&) = delete;
  PdfFlow& operator=(const PdfFlow&) = delete;

  void title(const std::string& text);
  void section(const std::string& text);
  void paragraph(const std::string& markupText, bool small = false);
  // A label and its value side by side; mono for digests and identifiers.
  void field(const std::string& label, const std::string& valueMarkup, bool mono = false);
  // A narrow left column (a time) and a wide right one.
  void entry(const std::string& leftMarkup, const std::string& rightMarkup);
  // Up to two pictures side by side with their captions under them.
  void pictures(const std::vector<FlowPicture>& row);
  void space(double points);

  // footer(page, pages) is the text at the foot of each page (1-based).
  Expected<std::string> finish(const PdfMetadata& metadata,
                               const std::function<std::string(int, int)>& footer);

 private:
  struct Block;
  PdfFlow() = default;
  PangoLayout* layout(const std::string& markupText, double widthPoints, const char* font);
  void add(Block block);

  std::string bytes_;
  cairo_surface_t* surface_ = nullptr;
  cairo_t* cairo_ = nullptr;
  PangoContext* context_ = nullptr;
  std::vector<Block> blocks_;
};

}  // namespace audientia::report
