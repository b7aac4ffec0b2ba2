#include "services/pitch_keeping.h"

#include <gst/gst.h>

#include <atomic>
#include <mutex>

namespace audientia::gui {
namespace {

GstElementFactory* originalVolume = nullptr;  // kept for the process's life
std::atomic<int> made{0};

enum { kPropVolume = 1, kPropMute };

struct TempoVolume {
  GstBin parent;
  GstElement* inner;  // the original volume element
};

struct TempoVolumeClass {
  GstBinClass parentClass;
};

GType tempoVolumeType();
#define AUDIENTIA_TEMPO_VOLUME(obj) \
  (G_TYPE_CHECK_INSTANCE_CAST((obj), tempoVolumeType(), TempoVolume))

void setProperty(GObject* object, guint id, const GValue* value, GParamSpec* spec) {
  auto* self = AUDIENTIA_TEMPO_VOLUME(object);
  switch (id) {
    case kPropVolume:
      g_object_set_property(G_OBJECT(self->inner), "volume", value);
      break;
    case kPropMute:
      g_object_set_property(G_OBJECT(self->inner), "mute", value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID(object, id, spec);
  }
}

void getProperty(GObject* object, guint id, GValue* value, GParamSpec* spec) {
  auto* self = AUDIENTIA_TEMPO_VOLUME(object);
  switch (id) {
    case kPropVolume:
      g_object_get_property(G_OBJECT(self->inner), "volume", value);
      break;
    case kPropMute:
      g_object_get_property(G_OBJECT(self->inner), "mute", value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID(object, id, spec);
  }
}

void classInit(gpointer klass, gpointer) {
  auto* objectClass = G_OBJECT_CLASS(klass);
  objectClass->set_property = setProperty;
  objectClass->get_property = getProperty;
  g_object_class_install_property(
      objectClass, kPropVolume,
      g_param_spec_double("volume", "Volume", "volume factor, 1.0=100%", 0.0, 10.0, 1.0,
                          static_cast<GParamFlags>(G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS)));
  g_object_class_install_property(
      objectClass, kPropMute,
      g_param_spec_boolean("mute", "Mute", "mute channel", FALSE,
                           static_cast<GParamFlags>(G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS)));
  static GstStaticPadTemplate sinkTemplate =
      GST_STATIC_PAD_TEMPLATE("sink", GST_PAD_SINK, GST_PAD_ALWAYS, GST_STATIC_CAPS_ANY);
  static GstStaticPadTemplate srcTemplate =
      GST_STATIC_PAD_TEMPLATE("src", GST_PAD_SRC, GST_PAD_ALWAYS, GST_STATIC_CAPS_ANY);
  auto* elementClass = GST_ELEMENT_CLASS(klass);
  gst_element_class_add_static_pad_template(elementClass, &sinkTemplate);
  gst_element_class_add_static_pad_template(elementClass, &srcTemplate);
  gst_element_class_set_static_metadata(
      elementClass, "Audientia pitch-keeping volume", "Filter/Effect/Audio",
      "scaletempo before the volume: speed without pitch", "Audientia");
}

void instanceInit(GTypeInstance* instance, gpointer) {
  auto* self = reinterpret_cast<TempoVolume*>(instance);
  GstElement* in = gst_element_factory_make("audioconvert", nullptr);
  GstElement* tempo = gst_element_factory_make("scaletempo", nullptr);
  GstElement* out = gst_element_factory_make("audioconvert", nullptr);
  self->inner = gst_element_factory_create(originalVolume, nullptr);
  gst_bin_add_many(GST_BIN(self), in, tempo, out, self->inner, nullptr);
  gst_element_link_many(in, tempo, out, self->inner, nullptr);
  GstPad* sink = gst_element_get_static_pad(in, "sink");
  GstPad* src = gst_element_get_static_pad(self->inner, "src");
  gst_element_add_pad(GST_ELEMENT(self), gst_ghost_pad_new("sink", sink));
  gst_element_add_pad(GST_ELEMENT(self), gst_ghost_pad_new("src", src));
  gst_object_unref(sink);
  gst_object_unref(src);
  ++made;
}

GType tempoVolumeType() {
  static const GType type = [] {
    GTypeInfo info{};
    info.class_size = sizeof(TempoVolumeClass);
    info.class_init = classInit;
    info.instance_size = sizeof(TempoVolume);
    info.instance_init = instanceInit;
    return g_type_register_static(GST_TYPE_BIN, "AudientiaTempoVolume", &info, GTypeFlags{});
  }();
  return type;
}

}  // namespace

bool installPitchKeeping() {
  static std::once_flag once;
  static bool installed = false;
  std::call_once(once, [] {
    if (!gst_init_check(nullptr, nullptr, nullptr)) return;
    GstElementFactory* tempo = gst_element_factory_find("scaletempo");
    originalVolume = gst_element_factory_find("volume");
    if (tempo == nullptr || originalVolume == nullptr) {
      if (tempo != nullptr) gst_object_unref(tempo);
      return;
    }
    gst_object_unref(tempo);
    // Registered without a plugin, under the same name: it replaces the volume factory in this
    // process's registry; the original stays referenced here and makes the inner element.
    installed = gst_element_register(nullptr, "volume", GST_RANK_NONE, tempoVolumeType()) != 0;
  });
  return installed;
}

int pitchKeepingElementsMade() {
  return made;
}

}  // namespace audientia::gui
