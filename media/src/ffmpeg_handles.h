#pragma once

// Typed, move-only owners for FFmpeg's C handles (in the spirit of obs-studio's obs.hpp).
// Private to the media library: public headers never show these types.
//
// Every handle is a std::unique_ptr with a deleter that calls the matching FFmpeg free
// function, so that a handle is released exactly once on every path, including early returns
// on errors. Factories that allocate return nullptr only when memory is exhausted; callers turn
// that into an Error with ffmpegAllocationError() (ffmpeg_error.h).

#include <memory>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavfilter/avfilter.h>
#include <libavformat/avformat.h>
#include <libavutil/frame.h>
#include <libswresample/swresample.h>
#include <libswscale/swscale.h>
}

namespace audientia::media {

// An AVFormatContext opened for reading with avformat_open_input.
struct InputFormatContextDeleter {
  void operator()(AVFormatContext* context) const { avformat_close_input(&context); }
};
using InputFormatContext = std::unique_ptr<AVFormatContext, InputFormatContextDeleter>;

// An AVFormatContext allocated for writing with avformat_alloc_output_context2. Closes the
// output's I/O context too when the muxer owns a file (opened with avio_open).
// Writing the trailer is the caller's business: a deleter cannot report its failure.
struct OutputFormatContextDeleter {
  void operator()(AVFormatContext* context) const {
    if (context == nullptr) return;
    if (context->oformat != nullptr && (context->oformat->flags & AVFMT_NOFILE) == 0) {
      avio_closep(&context->pb);
    }
    avformat_free_context(context);
  }
};
using OutputFormatContext = std::unique_ptr<AVFormatContext, OutputFormatContextDeleter>;

struct CodecContextDeleter {
  void operator()(AVCodecContext* context) const { avcodec_free_context(&context); }
};
using CodecContext = std::unique_ptr<AVCodecContext, CodecContextDeleter>;

struct FrameDeleter {
  void operator()(AVFrame* frame) const { av_frame_free(&frame); }
};
using Frame = std::unique_ptr<AVFrame, FrameDeleter>;

struct PacketDeleter {
  void operator()(AVPacket* packet) const { av_packet_free(&packet); }
};
using Packet = std::unique_ptr<AVPacket, PacketDeleter>;

// Frees the graph and every filter context in it.
struct FilterGraphDeleter {
  void operator()(AVFilterGraph* graph) const { avfilter_graph_free(&graph); }
};
using FilterGraph = std::unique_ptr<AVFilterGraph, FilterGraphDeleter>;

struct SwsContextDeleter {
  void operator()(SwsContext* context) const { sws_freeContext(context); }
};
using ScaleContext = std::unique_ptr<SwsContext, SwsContextDeleter>;

struct SwrContextDeleter {
  void operator()(SwrContext* context) const { swr_free(&context); }
};
using ResampleContext = std::unique_ptr<SwrContext, SwrContextDeleter>;

// Allocating factories (nullptr only when out of memory).
inline CodecContext makeCodecContext(const AVCodec* codec) {
  return CodecContext(avcodec_alloc_context3(codec));
}
inline Frame makeFrame() {
  return Frame(av_frame_alloc());
}
inline Packet makePacket() {
  return Packet(av_packet_alloc());
}
inline FilterGraph makeFilterGraph() {
  return FilterGraph(avfilter_graph_alloc());
}

// Drops a packet's or frame's payload references but keeps the handle for reuse: the scoped
// counterpart of av_packet_unref / av_frame_unref after each use in a read or decode loop.
class PacketRef {
 public:
  explicit PacketRef(AVPacket* packet) : packet_(packet) {}
  ~PacketRef() { av_packet_unref(packet_); }
  PacketRef(const PacketRef&) = delete;
  PacketRef& operator=(const PacketRef&) = delete;
  PacketRef(PacketRef&&) = delete;
  PacketRef& operator=(PacketRef&&) = delete;

 private:
  AVPacket* packet_;
};

class FrameRef {
 public:
  explicit FrameRef(AVFrame* frame) : frame_(frame) {}
  ~FrameRef() { av_frame_unref(frame_); }
  FrameRef(const FrameRef&) = delete;
  FrameRef& operator=(const FrameRef&) = delete;
  FrameRef(FrameRef&&) = delete;
  FrameRef& operator=(FrameRef&&) = delete;

 private:
  AVFrame* frame_;
};

}  // namespace audientia::media
