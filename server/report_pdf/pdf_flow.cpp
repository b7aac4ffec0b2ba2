#include "pdf_flow.h"

#include <cairo-pdf.h>
#include <glib.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>

namespace audientia::report {
namespace {

// A4 in points, and the text area.
constexpr double kPageWidth = 595.276;
constexpr double kPageHeight = 841.890;
constexpr double kMargin = 56.7;  // 2 cm
constexpr double kBottom = kPageHeight - 68.0;
constexpr double kContentWidth = kPageWidth - 2 * kMargin;
constexpr double kLabelWidth = 140.0;
constexpr double kLeftColumnWidth = 118.0;
constexpr double kColumnGap = 10.0;

constexpr const char* kBodyFont = "DejaVu Sans 9.5";
constexpr const char* kSmallFont = "DejaVu Sans 8";
constexpr const char* kMonoFont = "DejaVu Sans Mono 8";
constexpr const char* kTitleFont = "DejaVu Sans Bold 17";
constexpr const char* kSectionFont = "DejaVu Sans Bold 12";

cairo_status_t appendBytes(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

double heightOf(PangoLayout* layout) {
  int width = 0;
  int height = 0;
  pango_layout_get_size(layout, &width, &height);
  return static_cast<double>(height) / PANGO_SCALE;
}

using Layout = std::shared_ptr<PangoLayout>;
using Surface = std::shared_ptr<cairo_surface_t>;

void show(cairo_t* cairo, const Layout& layout, double x, double y) {
  cairo_move_to(cairo, x, y);
  pango_cairo_show_layout(cairo, layout.get());
}

// A picture for the PDF: an image surface of the JPEG's size that carries the JPEG itself, so
// that the PDF embeds the file as it is (no decoding, no re-encoding).
Surface jpegSurface(const FlowPicture& picture) {
  cairo_surface_t* surface =
      cairo_image_surface_create(CAIRO_FORMAT_RGB24, picture.width, picture.height);
  auto* copy = static_cast<unsigned char*>(std::malloc(picture.jpeg.size()));
  if (copy != nullptr) {
    std::memcpy(copy, picture.jpeg.data(), picture.jpeg.size());
    cairo_surface_set_mime_data(surface, CAIRO_MIME_TYPE_JPEG, copy, picture.jpeg.size(), std::free,
                                copy);
  }
  return Surface(surface, cairo_surface_destroy);
}

}  // namespace

struct PdfFlow::Block {
  double height = 0;
  double spaceBefore = 0;
  bool keepWithNext = false;
  std::function<void(cairo_t*, double)> draw;  // at the top y
};

std::string markup(const std::string& text) {
  gchar* escaped = g_markup_escape_text(text.c_str(), static_cast<gssize>(text.size()));
  std::string out(escaped);
  g_free(escaped);
  return out;
}

Expected<std::unique_ptr<PdfFlow>> PdfFlow::create() {
  std::unique_ptr<PdfFlow> flow(new PdfFlow());
  flow->surface_ =
      cairo_pdf_surface_create_for_stream(appendBytes, &flow->bytes_, kPageWidth, kPageHeight);
  flow->cairo_ = cairo_create(flow->surface_);
  if (cairo_status(flow->cairo_) != CAIRO_STATUS_SUCCESS) {
    return internalError(std::string("starting the PDF: ") +
                         cairo_status_to_string(cairo_status(flow->cairo_)));
  }
  flow->context_ = pango_cairo_create_context(flow->cairo_);
  // One layout unit is one point on the page.
  pango_cairo_context_set_resolution(flow->context_, 72.0);
  return flow;
}

PdfFlow::~PdfFlow() {
  blocks_.clear();
  if (context_ != nullptr) g_object_unref(context_);
  if (cairo_ != nullptr) cairo_destroy(cairo_);
  if (surface_ != nullptr) cairo_surface_destroy(surface_);
}

PangoLayout* PdfFlow::layout(const std::string& markupText, double widthPoints, const char* font) {
  PangoLayout* layout = pango_layout_new(context_);
  PangoFontDescription* description = pango_font_description_from_string(font);
  pango_layout_set_font_description(layout, description);
  pango_font_description_free(description);
  pango_layout_set_width(layout, static_cast<int>(widthPoints * PANGO_SCALE));
  pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_markup(layout, markupText.c_str(), static_cast<int>(markupText.size()));
  return layout;
}

void PdfFlow::add(Block block) {
  blocks_.push_back(std::move(block));
}

void PdfFlow::title(const std::string& text) {
  Layout heading(layout(markup(text), kContentWidth, kTitleFont), g_object_unref);
  add({heightOf(heading.get()), 0, true,
       [heading](cairo_t* cairo, double y) { show(cairo, heading, kMargin, y); }});
}

void PdfFlow::section(const std::string& text) {
  Layout heading(layout(markup(text), kContentWidth, kSectionFont), g_object_unref);
  const double height = heightOf(heading.get()) + 3;
  add({height, 14, true, [heading](cairo_t* cairo, double y) {
         show(cairo, heading, kMargin, y);
         cairo_set_line_width(cairo, 0.6);
         cairo_move_to(cairo, kMargin, y + heightOf(heading.get()) + 1);
         cairo_line_to(cairo, kMargin + kContentWidth, y + heightOf(heading.get()) + 1);
         cairo_stroke(cairo);
       }});
}

void PdfFlow::paragraph(const std::string& markupText, bool small) {
  Layout text(layout(markupText, kContentWidth, small ? kSmallFont : kBodyFont), g_object_unref);
  add({heightOf(text.get()), 4, false,
       [text](cairo_t* cairo, double y) { show(cairo, text, kMargin, y); }});
}

void PdfFlow::field(const std::string& label, const std::string& valueMarkup, bool mono) {
  Layout left(layout("<b>" + markup(label) + "</b>", kLabelWidth, kBodyFont), g_object_unref);
  Layout right(
      layout(valueMarkup, kContentWidth - kLabelWidth - kColumnGap, mono ? kMonoFont : kBodyFont),
      g_object_unref);
  const double height = std::max(heightOf(left.get()), heightOf(right.get()));
  add({height, 2, false, [left, right, mono](cairo_t* cairo, double y) {
         show(cairo, left, kMargin, y);
         show(cairo, right, kMargin + kLabelWidth + kColumnGap, y + (mono ? 1.5 : 0));
       }});
}

void PdfFlow::entry(const std::string& leftMarkup, const std::string& rightMarkup) {
  Layout left(layout(leftMarkup, kLeftColumnWidth, kBodyFont), g_object_unref);
  Layout right(layout(rightMarkup, kContentWidth - kLeftColumnWidth - kColumnGap, kBodyFont),
               g_object_unref);
  const double height = std::max(heightOf(left.get()), heightOf(right.get()));
  add({height, 4, false, [left, right](cairo_t* cairo, double y) {
         show(cairo, left, kMargin, y);
         show(cairo, right, kMargin + kLeftColumnWidth + kColumnGap, y);
       }});
}

void PdfFlow::pictures(const std::vector<FlowPicture>& row) {
  const double cell = (kContentWidth - kColumnGap) / 2;
  struct Cell {
    Surface image;
    double width = 0;
    double height = 0;
    double scale = 1;
    Layout caption;
  };
  std::vector<Cell> cells;
  double height = 0;
  for (const auto& picture : row) {
    if (picture.width <= 0 || picture.height <= 0 || cells.size() == 2) continue;
    Cell c;
    c.image = jpegSurface(picture);
    c.scale = cell / picture.width;
    c.width = picture.width * c.scale;
    c.height = picture.height * c.scale;
    c.caption = Layout(layout(picture.captionMarkup, cell, kSmallFont), g_object_unref);
    height = std::max(height, c.height + 3 + heightOf(c.caption.get()));
    cells.push_back(std::move(c));
  }
  if (cells.empty()) return;
  add({height, 8, false, [cells, cell](cairo_t* cairo, double y) {
         double x = kMargin;
         for (const auto& c : cells) {
           cairo_save(cairo);
           cairo_translate(cairo, x, y);
           cairo_scale(cairo, c.scale, c.scale);
           cairo_set_source_surface(cairo, c.image.get(), 0, 0);
           cairo_paint(cairo);
           cairo_restore(cairo);
           show(cairo, c.caption, x, y + c.height + 3);
           x += cell + kColumnGap;
         }
       }});
}

void PdfFlow::space(double points) {
  add({0, points, false, [](cairo_t*, double) {}});
}

Expected<std::string> PdfFlow::finish(const PdfMetadata& metadata,
                                      const std::function<std::string(int, int)>& footer) {
  // Where each block goes: its page and its top.
  struct Place {
    int page = 0;
    double y = 0;
  };
  std::vector<Place> places(blocks_.size());
  int page = 0;
  double y = kMargin;
  for (std::size_t i = 0; i < blocks_.size(); ++i) {
    const Block& block = blocks_[i];
    double top = y == kMargin ? y : y + block.spaceBefore;
    double needed = block.height;
    if (block.keepWithNext && i + 1 < blocks_.size()) {
      needed += blocks_[i + 1].spaceBefore + blocks_[i + 1].height;
    }
    if (top + needed > kBottom && y > kMargin) {
      ++page;
      top = kMargin;
    }
    places[i] = {page, top};
    y = top + block.height;
  }
  const int pages = page + 1;

  cairo_pdf_surface_set_metadata(surface_, CAIRO_PDF_METADATA_TITLE, metadata.title.c_str());
  cairo_pdf_surface_set_metadata(surface_, CAIRO_PDF_METADATA_AUTHOR, metadata.author.c_str());
  cairo_pdf_surface_set_metadata(surface_, CAIRO_PDF_METADATA_SUBJECT, metadata.subject.c_str());
  cairo_pdf_surface_set_metadata(surface_, CAIRO_PDF_METADATA_CREATOR, "Audientia");
  auto drawFooter = [&](int number) {
    Layout text(layout("<span foreground='#555555'>" + markup(footer(number, pages)) + "</span>",
                       kContentWidth, kSmallFont),
                g_object_unref);
    pango_layout_set_alignment(text.get(), PANGO_ALIGN_CENTER);
    show(cairo_, text, kMargin, kPageHeight - 44);
  };
  int drawn = 0;
  for (std::size_t i = 0; i < blocks_.size(); ++i) {
    while (places[i].page > drawn) {
      drawFooter(drawn + 1);
      cairo_show_page(cairo_);
      ++drawn;
    }
    cairo_set_source_rgb(cairo_, 0, 0, 0);
    blocks_[i].draw(cairo_, places[i].y);
  }
  drawFooter(drawn + 1);
  cairo_show_page(cairo_);
  blocks_.clear();
  cairo_surface_finish(surface_);
  if (cairo_surface_status(surface_) != CAIRO_STATUS_SUCCESS) {
    return internalError(std::string("writing the PDF: ") +
                         cairo_status_to_string(cairo_surface_status(surface_)));
  }
  return std::move(bytes_);
}

}  // namespace audientia::report
