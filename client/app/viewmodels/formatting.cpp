#include "viewmodels/formatting.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QGuiApplication>
#include <QLocale>
#include <QStringList>
#include <array>
#include <utility>

namespace audientia::gui {
namespace {

// The context of these words in the translations (client/app/translations/*.ts).
class Words {
  Q_DECLARE_TR_FUNCTIONS(audientia::gui::Formatting)
};

// Two digits in the default locale's digits: "07".
QString twoDigits(const QLocale& locale, std::int64_t value) {
  QString text = locale.toString(qlonglong{value});
  if (value < 10) text.prepend(locale.zeroDigit());
  return text;
}

}  // namespace

QString kindName(v1::HearingKind kind) {
  switch (kind) {
    case v1::HEARING_KIND_SUSPECT:
      return Words::tr("Suspect");
    case v1::HEARING_KIND_DEFENDANT:
      return Words::tr("Defendant");
    case v1::HEARING_KIND_VICTIM:
      return Words::tr("Victim");
    case v1::HEARING_KIND_WITNESS:
      return Words::tr("Witness");
    case v1::HEARING_KIND_EXPERT:
      return Words::tr("Expert");
    case v1::HEARING_KIND_OTHER:
      return Words::tr("Other");
    default:
      return Words::tr("Unspecified");
  }
}

QString statusName(v1::HearingStatus status) {
  switch (status) {
    case v1::HEARING_STATUS_OPEN:
      return Words::tr("Open");
    case v1::HEARING_STATUS_CLOSED:
      return Words::tr("Closed");
    default:
      return Words::tr("Unspecified");
  }
}

QString roleName(v1::Role role) {
  switch (role) {
    case v1::ROLE_ADMIN:
      return Words::tr("Administrator");
    case v1::ROLE_PROSECUTOR:
      return Words::tr("Prosecutor");
    case v1::ROLE_CLERK:
      return Words::tr("Clerk");
    case v1::ROLE_AUDITOR:
      return Words::tr("Auditor");
    default:
      return Words::tr("No role");
  }
}

QString durationText(std::int64_t ms) {
  if (ms <= 0) return QStringLiteral("–");
  const std::int64_t totalSeconds = (ms + 500) / 1000;
  const std::int64_t hours = totalSeconds / 3600;
  const std::int64_t minutes = (totalSeconds / 60) % 60;
  const std::int64_t seconds = totalSeconds % 60;
  const QLocale locale;
  return QStringLiteral("%1:%2:%3")
      .arg(locale.toString(qlonglong{hours}), twoDigits(locale, minutes),
           twoDigits(locale, seconds));
}

QString clockText(std::int64_t ms) {
  const std::int64_t totalSeconds = ms > 0 ? ms / 1000 : 0;
  return QStringLiteral("%1:%2:%3")
      .arg(totalSeconds / 3600)
      .arg((totalSeconds / 60) % 60, 2, 10, QLatin1Char('0'))
      .arg(totalSeconds % 60, 2, 10, QLatin1Char('0'));
}

QString preciseClockText(std::int64_t ms) {
  const std::int64_t tenths = ms > 0 ? ms / 100 % 10 : 0;
  return clockText(ms) + QLocale().decimalPoint() + QString::number(tenths);
}

QString wallClockText(const QDateTime& time) {
  QString format = QLocale().timeFormat(QLocale::LongFormat);
  format.remove(QLatin1Char('t'));
  return QLocale().toString(time.toLocalTime().time(), format.trimmed());
}

QString sizeText(std::int64_t bytes) {
  if (bytes < 1024) return Words::tr("%Ln bytes", nullptr, static_cast<int>(bytes));
  static constexpr std::array<const char*, 5> kUnits = {
      QT_TRANSLATE_NOOP("audientia::gui::Formatting", "%1 KiB"),
      QT_TRANSLATE_NOOP("audientia::gui::Formatting", "%1 MiB"),
      QT_TRANSLATE_NOOP("audientia::gui::Formatting", "%1 GiB"),
      QT_TRANSLATE_NOOP("audientia::gui::Formatting", "%1 TiB"),
      QT_TRANSLATE_NOOP("audientia::gui::Formatting", "%1 PiB")};
  double value = static_cast<double>(bytes);
  std::size_t unit = 0;
  value /= 1024.0;
  while (value >= 1024.0 && unit + 1 < kUnits.size()) {
    value /= 1024.0;
    ++unit;
  }
  return Words::tr(kUnits[unit]).arg(QLocale().toString(value, 'f', value < 10.0 ? 1 : 0));
}

QString exactSizeText(std::int64_t bytes) {
  return Words::tr("%1 bytes").arg(QLocale().toString(qlonglong{bytes}));
}

QString timestampText(std::int64_t unixMs) {
  if (unixMs <= 0) return {};
  // The locale's short formats, with the year in full: "5/1/2024 2:03 PM", "01.05.2024 14:03".
  const QLocale locale;
  QString date = locale.dateFormat(QLocale::ShortFormat);
  if (!date.contains(QLatin1String("yyyy"))) {
    date.replace(QLatin1String("yy"), QLatin1String("yyyy"));
  }
  return locale.toString(QDateTime::fromMSecsSinceEpoch(unixMs),
                         date + QLatin1Char(' ') + locale.timeFormat(QLocale::ShortFormat));
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
      return Words::tr("mono");
    case 2:
      return Words::tr("stereo");
    default:
      return Words::tr("%Ln channels", nullptr, channels);
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
    parts << Words::tr("%1 fps").arg(QLocale().toString(stream.frame_rate(), 'g', 4));
  }
  return parts.join(QStringLiteral(", "));
}

QString audioStreamText(const v1::MediaStream& stream) {
  QStringList parts{codecName(stream.codec())};
  if (stream.sample_rate() > 0) {
    parts << Words::tr("%1 kHz").arg(QLocale().toString(stream.sample_rate() / 1000.0, 'g', 4));
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

QString participantRoleName(const QString& role) {
  static constexpr std::array<std::pair<const char*, const char*>, 10> kRoles = {{
      {"suspect", QT_TRANSLATE_NOOP("audientia::gui::Formatting", "Suspect")},
      {"defendant", QT_TRANSLATE_NOOP("audientia::gui::Formatting", "Defendant")},
      {"victim", QT_TRANSLATE_NOOP("audientia::gui::Formatting", "Victim")},
      {"witness", QT_TRANSLATE_NOOP("audientia::gui::Formatting", "Witness")},
      {"injured party", QT_TRANSLATE_NOOP("audientia::gui::Formatting", "Injured party")},
      {"interpreter", QT_TRANSLATE_NOOP("audientia::gui::Formatting", "Interpreter")},
      {"lawyer", QT_TRANSLATE_NOOP("audientia::gui::Formatting", "Lawyer")},
      {"legal guardian", QT_TRANSLATE_NOOP("audientia::gui::Formatting", "Legal guardian")},
      {"expert", QT_TRANSLATE_NOOP("audientia::gui::Formatting", "Expert")},
      {"other", QT_TRANSLATE_NOOP("audientia::gui::Formatting", "Other participant")},
  }};
  for (const auto& [key, name] : kRoles) {
    if (role == QLatin1String(key)) return Words::tr(name);
  }
  return role;
}

QString participantsText(const v1::Hearing& hearing) {
  QStringList parts;
  for (const v1::Participant& participant : hearing.participants()) {
    const QString name = QString::fromStdString(participant.name());
    const QString role = QString::fromStdString(participant.role());
    parts << (role.isEmpty() ? name
                             : QStringLiteral("%1: %2").arg(participantRoleName(role), name));
  }
  return parts.join(QStringLiteral("; "));
}

QString leftToRight(const QString& text) {
  if (text.isEmpty() || QGuiApplication::layoutDirection() != Qt::RightToLeft) return text;
  return QChar(0x2066) + text + QChar(0x2069);
}

QString caseFileStem(const QString& caseNumber, const QString& fallback) {
  QString stem;
  for (QChar c : caseNumber) {
    stem += c.isLetterOrNumber() || c == QLatin1Char('-') ? c : QLatin1Char('-');
  }
  return stem.isEmpty() ? fallback : stem;
}

}  // namespace audientia::gui
