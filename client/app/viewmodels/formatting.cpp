#include "viewmodels/formatting.h"

#include <QDateTime>
#include <QLocale>
#include <QStringList>
#include <array>

namespace audientia::gui {

QString kindName(v1::HearingKind kind) {
  switch (kind) {
    case v1::HEARING_KIND_SUSPECT:
      return QStringLiteral("Suspect");
    case v1::HEARING_KIND_DEFENDANT:
      return QStringLiteral("Defendant");
    case v1::HEARING_KIND_VICTIM:
      return QStringLiteral("Victim");
    case v1::HEARING_KIND_WITNESS:
      return QStringLiteral("Witness");
    case v1::HEARING_KIND_EXPERT:
      return QStringLiteral("Expert");
    case v1::HEARING_KIND_OTHER:
      return QStringLiteral("Other");
    default:
      return QStringLiteral("Unspecified");
  }
}

QString statusName(v1::HearingStatus status) {
  switch (status) {
    case v1::HEARING_STATUS_OPEN:
      return QStringLiteral("Open");
    case v1::HEARING_STATUS_CLOSED:
      return QStringLiteral("Closed");
    default:
      return QStringLiteral("Unspecified");
  }
}

QString roleName(v1::Role role) {
  switch (role) {
    case v1::ROLE_ADMIN:
      return QStringLiteral("Administrator");
    case v1::ROLE_PROSECUTOR:
      return QStringLiteral("Prosecutor");
    case v1::ROLE_CLERK:
      return QStringLiteral("Clerk");
    case v1::ROLE_AUDITOR:
      return QStringLiteral("Auditor");
    default:
      return QStringLiteral("No role");
  }
}

QString durationText(std::int64_t ms) {
  if (ms <= 0) return QStringLiteral("–");
  const std::int64_t totalSeconds = (ms + 500) / 1000;
  const std::int64_t hours = totalSeconds / 3600;
  const std::int64_t minutes = (totalSeconds / 60) % 60;
  const std::int64_t seconds = totalSeconds % 60;
  return QStringLiteral("%1:%2:%3")
      .arg(hours)
      .arg(minutes, 2, 10, QLatin1Char('0'))
      .arg(seconds, 2, 10, QLatin1Char('0'));
}

QString sizeText(std::int64_t bytes) {
  if (bytes < 1024) return QStringLiteral("%1 bytes").arg(bytes);
  static constexpr std::array<const char*, 5> kUnits = {"KiB", "MiB", "GiB", "TiB", "PiB"};
  double value = static_cast<double>(bytes);
  std::size_t unit = 0;
  value /= 1024.0;
  while (value >= 1024.0 && unit + 1 < kUnits.size()) {
    value /= 1024.0;
    ++unit;
  }
  return QStringLiteral("%1 %2").arg(value, 0, 'f', value < 10.0 ? 1 : 0).arg(kUnits[unit]);
}

QString exactSizeText(std::int64_t bytes) {
  return QStringLiteral("%1 bytes").arg(QLocale(QLocale::English).toString(qlonglong{bytes}));
}

QString timestampText(std::int64_t unixMs) {
  if (unixMs <= 0) return {};
  return QDateTime::fromMSecsSinceEpoch(unixMs).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString codecName(const std::string& ffmpegName) {
  const QString name = QString::fromStdString(ffmpegName);
  if (name == QLatin1String("h264")) return QStringLiteral("H.264");
  if (name == QLatin1String("hevc")) return QStringLiteral("H.265");
  if (name == QLatin1String("mpeg4")) return QStringLiteral("MPEG-4");
  if (name == QLatin1String("vp8")) return QStringLiteral("VP8");
  if (name == QLatin1String("vp9")) return QStringLiteral("VP9");
  if (name == QLatin1String("av1")) return QStringLiteral("AV1");
  if (name == QLatin1String("opus")) return QStringLiteral("Opus");
  if (name == QLatin1String("vorbis")) return QStringLiteral("Vorbis");
  return name.toUpper();
}

namespace {

QString channelsText(int channels) {
  switch (channels) {
    case 0:
      return {};
    case 1:
      return QStringLiteral("mono");
    case 2:
      return QStringLiteral("stereo");
    default:
      return QStringLiteral("%1 channels").arg(channels);
  }
}

QString videoStreamText(const v1::MediaStream& stream) {
  QStringList parts;
  QString head = codecName(stream.codec());
  if (stream.width() > 0 && stream.height() > 0) {
    head += QStringLiteral(" %1×%2").arg(stream.width()).arg(stream.height());
  }
  parts << head;
  if (stream.frame_rate() > 0) {
    parts << QStringLiteral("%1 fps").arg(
        QLocale(QLocale::English).toString(stream.frame_rate(), 'g', 4));
  }
  return parts.join(QStringLiteral(", "));
}

QString audioStreamText(const v1::MediaStream& stream) {
  QStringList parts{codecName(stream.codec())};
  if (stream.sample_rate() > 0) {
    parts << QStringLiteral("%1 kHz").arg(
        QLocale(QLocale::English).toString(stream.sample_rate() / 1000.0, 'g', 4));
  }
  if (const QString channels = channelsText(stream.channels()); !channels.isEmpty()) {
    parts << channels;
  }
  return parts.join(QStringLiteral(", "));
}

QString summary(const v1::MediaInfo& info, v1::StreamType type,
                QString (*describe)(const v1::MediaStream&)) {
  QStringList streams;
  for (const v1::MediaStream& stream : info.streams()) {
    if (stream.type() == type) streams << describe(stream);
  }
  return streams.join(QStringLiteral("; "));
}

}  // namespace

QString videoSummary(const v1::MediaInfo& info) {
  return summary(info, v1::STREAM_TYPE_VIDEO, &videoStreamText);
}

QString audioSummary(const v1::MediaInfo& info) {
  return summary(info, v1::STREAM_TYPE_AUDIO, &audioStreamText);
}

QString participantsText(const v1::Hearing& hearing) {
  QStringList parts;
  for (const v1::Participant& participant : hearing.participants()) {
    const QString name = QString::fromStdString(participant.name());
    const QString role = QString::fromStdString(participant.role());
    parts << (role.isEmpty() ? name : QStringLiteral("%1: %2").arg(role, name));
  }
  return parts.join(QStringLiteral("; "));
}

}  // namespace audientia::gui
