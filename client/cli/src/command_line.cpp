#include "command_line.h"

#include <algorithm>

namespace audientia::cli {

namespace {

OptionSpec flag(std::string name, std::string help) {
  return {std::move(name), Arity::kFlag, false, {}, std::move(help)};
}
OptionSpec value(std::string name, std::string valueName, std::string help, bool required = false) {
  return {std::move(name), Arity::kValue, required, std::move(valueName), std::move(help)};
}
OptionSpec repeated(std::string name, std::string valueName, std::string help) {
  return {std::move(name), Arity::kRepeated, false, std::move(valueName), std::move(help)};
}

std::vector<CommandSpec> makeSpecs() {
  return {
      {"login",
       "",
       0,
       0,
       {value("user", "NAME", "the user name", true),
        flag("password-stdin", "read the password from the first line of standard input")},
       "log in and keep the session token in the configuration directory"},
      {"logout", "", 0, 0, {}, "end the session on the server and remove it locally"},
      {"whoami", "", 0, 0, {}, "show the logged-in user, their office and the session expiry"},
      {"office create",
       "NAME",
       1,
       1,
       {value("parent", "OFFICE_ID", "the parent office (default: your own office)")},
       "create an office"},
      {"office list", "", 0, 0, {}, "list the offices"},
      {"office rename", "OFFICE_ID NAME", 2, 2, {}, "rename an office"},
      {"office move",
       "OFFICE_ID",
       1,
       1,
       {value("parent", "OFFICE_ID", "the new parent office", true)},
       "move an office (with everything below it) under another office"},
      {"office deactivate", "OFFICE_ID", 1, 1, {}, "deactivate an office (its data is kept)"},
      {"office reactivate", "OFFICE_ID", 1, 1, {}, "reactivate a deactivated office"},
      {"user create",
       "",
       0,
       0,
       {value("username", "USERNAME", "3..64 of a-z 0-9 . _ -, starting with a letter", true),
        value("office", "OFFICE_ID", "the user's office", true),
        value("role", "ROLE", "admin|prosecutor|clerk|auditor", true),
        flag("password-stdin", "read the initial password from the first line of standard input")},
       "create a user"},
      {"user list",
       "",
       0,
       0,
       {value("office", "OFFICE_ID", "only this office (default: every office you administer)")},
       "list users"},
      {"user disable", "USERNAME", 1, 1, {}, "disable a user and end all their sessions"},
      {"user enable", "USERNAME", 1, 1, {}, "enable a disabled user"},
      {"user reset-password",
       "USERNAME",
       1,
       1,
       {flag("password-stdin", "read the new password from the first line of standard input")},
       "set a new password for a user (ends their sessions and clears a lockout)"},
      {"user set-role", "USERNAME ROLE", 2, 2, {}, "change a user's role"},
      {"passwd",
       "",
       0,
       0,
       {},
       "change your own password: standard input holds the current password on the first "
       "line and the new one on the second; your other sessions end"},
      {"audit list",
       "",
       0,
       0,
       {value("object", "ID", "only events about this object"),
        value("actor", "USER_ID", "only events by this user"),
        value("office", "OFFICE_ID", "only events of this office"),
        value("from", "DATE", "from this time on (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ, UTC)"),
        value("to", "DATE", "before this time (same forms)")},
       "list audit events, oldest first"},
      {"audit verify",
       "",
       0,
       0,
       {},
       "verify the audit trail's hash chain; exit status 0 only when it is intact"},
      {"annotation add",
       "",
       0,
       0,
       {value("recording", "REC_ID", "the recording annotated", true),
        value("at", "SECONDS", "where in the recording (seconds, e.g. 754.5)", true),
        value("to", "SECONDS", "the end of a time range (seconds)"),
        value("kind", "KIND", "question|answer|objection|exhibit|note|...", true),
        value("text", "TEXT", "the note (up to 10,000 characters)", true)},
       "annotate a recording at a time (or a time range)"},
      {"annotation edit",
       "ANNOTATION_ID",
       1,
       1,
       {value("text", "TEXT", "the new text", true),
        value("revision", "N", "refuse if the annotation is no longer at revision N")},
       "change an annotation's text; the previous text stays in its history"},
      {"annotation delete",
       "ANNOTATION_ID",
       1,
       1,
       {value("revision", "N", "refuse if the annotation is no longer at revision N")},
       "delete an annotation; it stays in its history"},
      {"annotation list",
       "",
       0,
       0,
       {value("hearing", "HEARING_ID", "the hearing", true),
        value("recording", "REC_ID", "only this recording's")},
       "list a hearing's annotations in time order"},
      {"annotation history",
       "ANNOTATION_ID",
       1,
       1,
       {},
       "list every revision of an annotation: who changed what, when"},
      {"export clip",
       "RECORDING_ID",
       1,
       1,
       {value("from", "SECONDS", "where the clip starts (seconds, or H:MM:SS)", true),
        value("to", "SECONDS", "where it ends (seconds, or H:MM:SS); past the end: to the end",
              true),
        value("out", "FILE.mp4", "where to write the clip", true)},
       "export a part of a recording as an MP4 cut on the server without re-encoding (it starts "
       "on the keyframe at or before --from: the result says where), with the case and the "
       "source's SHA-256 in its metadata; the file is named only once its SHA-256 matches"},
      {"export package",
       "HEARING_ID",
       1,
       1,
       {value("out", "PATH",
              "where to write the package: a directory, or with --zip one ZIP file (must not "
              "exist)",
              true),
        flag("zip",
             "write the package as one ZIP file (stored, Zip64) holding the bag under one top "
             "directory named like PATH without .zip"),
        value("reason", "TEXT", "why it leaves the building (written into it and the audit trail)",
              true),
        value("lang", "en|ro", "the language of the hearing report in it (default: en)"),
        repeated("recording", "ID", "only this recording's files (repeat for more; default: all)"),
        repeated("clip", "REC:FROM-TO",
                 "also a clip of recording REC from FROM to TO (seconds or H:MM:SS), cut without "
                 "re-encoding into data/clips/ (repeat for more, at most 20)"),
        flag("reverify",
             "have the server read every stored file again and check it against its SHA-256 and "
             "SHA-512 while sending it, instead of trusting the store's digests (slower); a file "
             "that changed fails the export")},
       "export the hearing's evidence package: a BagIt bag with the recordings as sealed, the "
       "hearing, its annotations with their history and its audit excerpt, signed by the "
       "server; check it anywhere, as a directory or a ZIP, with 'audientia-verify PATH'"},
      {"report",
       "HEARING_ID",
       1,
       1,
       {value("out", "FILE.pdf", "where to write the report", true),
        value("lang", "en|ro", "its language (default: en)")},
       "the hearing report, a draft of the record of the hearing as a PDF: case, office, "
       "participants, start and end, pauses and interruptions, each recording with its SHA-256 "
       "and seal, the annotations as a timed list, a picture of each camera"},
      {"verify",
       "PATH",
       1,
       1,
       {value("ca", "FILE", "the CA to trust (default: the package's own signatures/ca.pem)")},
       "check an evidence package offline, a directory or a ZIP file, as audientia-verify does "
       "(exit 0 only if intact and signed)"},
      {"search",
       "TEXT...",
       0,
       -1,
       {value("office", "ID", "this office and the offices below it (default: your own)"),
        value("kind", "KIND", "only hearings of this kind"),
        value("from", "DATE", "hearings created from this day on (YYYY-MM-DD, UTC)"),
        value("to", "DATE", "hearings created before this day (YYYY-MM-DD, UTC)"),
        value("prosecutor", "USER_ID", "only hearings created by this user"),
        value("role", "ROLE", "only hearings with a participant of this role"),
        flag("has-recording", "only hearings with at least one recording"),
        value("status", "STATUS", "open|closed"),
        value("limit", "N", "hits per page (default 20, at most 100)"),
        value("cursor", "C", "the next page: the cursor the previous page printed")},
       "search hearings and annotations: case number (any part of it), title, participants, "
       "location and annotation text, without regard to case or diacritics"},
      {"hearing create",
       "",
       0,
       0,
       {value("office", "OFFICE_ID", "the office holding the hearing", true),
        value("case", "CASE_NO", "the case number", true),
        value("kind", "KIND", "suspect|defendant|victim|witness|expert|other", true),
        value("title", "TITLE", "a short title"),
        repeated("participant", "ROLE:NAME", "a participant, e.g. witness:Ion Pop"),
        value("location", "LOCATION", "where the hearing takes place")},
       "create a hearing"},
      {"hearing list",
       "",
       0,
       0,
       {value("office", "OFFICE_ID", "this office (default: your own office)")},
       "list hearings, newest first"},
      {"hearing show", "HEARING_ID", 1, 1, {}, "show a hearing with its recordings"},
      {"recording upload",
       "FILE|CAPTURE_DIR...",
       1,
       -1,
       {value("hearing", "HEARING_ID", "the hearing the files belong to", true),
        flag("follow",
             "for a capture still recording: keep uploading its segments until it is sealed"),
        value("limit-rate", "RATE", "send at most RATE per second (e.g. 2MiB, 500KiB)")},
       "upload files or capture directories to a hearing, resumably (running the same command "
       "again continues an interrupted upload); prints each recording's id and SHA-256"},
      {"recording download",
       "RECORDING_ID",
       1,
       1,
       {value("out", "FILE", "where to write the file", true),
        value("range", "START-END",
              "only bytes START..END inclusive (\"0-1023\"; \"1000-\" to the end)"),
        value("file", "WHICH",
              "master|original|manifest|waveform|segment:N|thumbnail:N (default: the master "
              "when there is one, else the original)")},
       "download a file of a recording (checked against its SHA-256 when downloaded whole)"},
      {"capture",
       "",
       0,
       0,
       {repeated("video", "SPEC",
                 "a camera: v4l2:/dev/videoN or lavfi:<graph> (test sources); see 'capture "
                 "devices'"),
        repeated("audio", "SPEC",
                 "a microphone, its own track: alsa:hw:N, pulse:<source> or lavfi:<graph>"),
        value("out", "DIR", "the capture directory (segments and manifest.json)", true),
        value("segment", "DURATION", "length of each segment (default 60s)"),
        value("preset", "PRESET", "x264 preset (default veryfast)"),
        value("bitrate", "RATE", "video bits per second, e.g. 4M (default: constant quality)"),
        value("duration", "DURATION", "stop and seal after this long (default: at Ctrl-C)"),
        value("hearing", "HEARING_ID",
              "the hearing recorded: checked on the server before recording starts (needs a "
              "login), written into the manifest; the capture then uploads to that hearing only"),
        flag("upload",
             "upload the segments to the hearing while recording and complete the recording "
             "when sealed (needs --hearing)"),
        value("title", "TEXT", "free text for the manifest"),
        flag("resume", "continue a capture that 'capture recover' left open")},
       "record from local cameras and microphones into DIR until Ctrl-C, SIGTERM or 'stop', then "
       "seal the manifest (no server needed). Reads commands on stdin, one per line: 'marker "
       "KIND TEXT', 'pause REASON', 'resume', 'stop'"},
      {"capture verify",
       "DIR",
       1,
       1,
       {},
       "check every segment, the hash chain and the seal of a capture; exit status 0 only when "
       "all match"},
      {"capture recover",
       "DIR",
       1,
       1,
       {flag("seal", "seal the capture as it is instead of leaving it open for --resume")},
       "close the torn segments of a capture whose process died, recording the gap"},
      {"capture devices", "", 0, 0, {}, "list the cameras and microphones of this machine"},
      {"recording show",
       "RECORDING_ID",
       1,
       1,
       {},
       "show a recording: state, failure reason, files with their SHA-256, gaps and seal"},
      {"upload list", "", 0, 0, {}, "list this workstation's upload journal"},
      {"upload status", "UPLOAD_ID", 1, 1, {}, "ask the server how far an upload got"},
      {"upload abort",
       "UPLOAD_ID",
       1,
       1,
       {},
       "abort an unfinished upload (a recording id of the journal aborts every unfinished upload "
       "of that item); the server discards its staged bytes"},
      {"fixity run",
       "",
       0,
       0,
       {flag("wait", "wait for the sweep to finish; exit status 0 only when nothing mismatched")},
       "queue a fixity sweep that re-hashes every stored object"},
      {"fixity status", "", 0, 0, {}, "show the last fixity sweeps and the objects that failed"},
      {"alert list", "", 0, 0, {flag("all", "include acknowledged alerts")}, "list alerts"},
      {"alert ack", "ALERT_ID", 1, 1, {}, "acknowledge an alert"},
      {"job list",
       "",
       0,
       0,
       {value("state", "STATE", "queued|running|done|failed (default: every state)")},
       "list background jobs, newest first"},
      {"job retry", "JOB_ID", 1, 1, {}, "queue a failed job again with its attempts reset"},
      {"retention set",
       "",
       0,
       0,
       {value("office", "OFFICE_ID", "the office the policy applies to (default: every office)"),
        value("kind", "KIND", "the hearing kind (default: every kind)"),
        value("days", "N", "keep hearings N days after they were created (1..36500)", true)},
       "create or replace the retention policy for an office and/or hearing kind"},
      {"retention list", "", 0, 0, {}, "list retention policies"},
      {"retention delete", "POLICY_ID", 1, 1, {}, "delete a retention policy"},
      {"retention run",
       "",
       0,
       0,
       {},
       "delete the hearings whose retention expired (not those under legal hold) now"},
      {"hold place",
       "HEARING_ID",
       1,
       1,
       {value("reason", "TEXT", "why the hearing must be kept", true)},
       "place a legal hold on a hearing: it is never deleted while the hold is active"},
      {"hold release",
       "HEARING_ID",
       1,
       1,
       {value("reason", "TEXT", "why the hold ends", true)},
       "release the legal hold on a hearing"},
      {"hold list",
       "",
       0,
       0,
       {value("hearing", "HEARING_ID", "only this hearing"), flag("all", "include released holds")},
       "list legal holds"},
  };
}

bool startsWith(const std::string& text, const std::string& prefix) {
  return text.rfind(prefix, 0) == 0;
}

Error usage(std::string message) {
  return invalidArgument(std::move(message));
}

// Splits "--name=value" into name and value; "--name" gives no value.
std::pair<std::string, std::optional<std::string>> splitOption(const std::string& arg) {
  const auto eq = arg.find('=');
  if (eq == std::string::npos) return {arg.substr(2), std::nullopt};
  return {arg.substr(2, eq - 2), arg.substr(eq + 1)};
}

}  // namespace

const OptionSpec* CommandSpec::option(const std::string& name) const {
  for (const auto& spec : options) {
    if (spec.name == name) return &spec;
  }
  return nullptr;
}

const std::vector<CommandSpec>& commandSpecs() {
  static const std::vector<CommandSpec> specs = makeSpecs();
  return specs;
}

const CommandSpec* findCommand(const std::string& path) {
  for (const auto& spec : commandSpecs()) {
    if (spec.path == path) return &spec;
  }
  return nullptr;
}

bool isCommandGroup(const std::string& word) {
  static const char* const kGroups[] = {"office", "hearing", "recording",  "user",  "audit",
                                        "upload", "fixity",  "alert",      "job",   "retention",
                                        "hold",   "capture", "annotation", "export"};
  return std::any_of(std::begin(kGroups), std::end(kGroups),
                     [&](const char* group) { return word == group; });
}

std::string ParsedArgs::value(const std::string& name, const std::string& fallback) const {
  const auto it = options.find(name);
  return it == options.end() || it->second.empty() ? fallback : it->second.back();
}

std::vector<std::string> ParsedArgs::values(const std::string& name) const {
  const auto it = options.find(name);
  return it == options.end() ? std::vector<std::string>() : it->second;
}

Expected<ParsedArgs> parseCommandLine(const std::vector<std::string>& args) {
  ParsedArgs parsed;
  std::vector<std::string> words;             // command words before the command is known
  const CommandSpec* groupCommand = nullptr;  // "capture": a group's own command, if any
  bool onlyPositionals = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    const bool isOption = !onlyPositionals && startsWith(arg, "-") && arg != "-";
    if (!isOption) {
      if (parsed.command == nullptr) {
        words.push_back(arg);
        const std::string path = words.size() == 1 ? words[0] : words[0] + " " + words[1];
        if (words[0] == "help") {
          parsed.help = true;
          continue;
        }
        if (words.size() == 1 && isCommandGroup(words[0])) {
          // A group can be a command of its own ("capture --out DIR" records, "capture verify
          // DIR" is a subcommand): its own command until a subcommand's word follows.
          groupCommand = findCommand(words[0]);
          parsed.command = groupCommand;
          continue;
        }
        parsed.command = findCommand(path);
        if (parsed.command == nullptr) {
          if (words.size() == 2) {
            return usage("unknown command '" + path + "' (see 'audientiactl " + words[0] +
                         " --help')");
          }
          return usage("unknown command '" + path + "' (see 'audientiactl --help')");
        }
      } else if (parsed.command == groupCommand && words.size() == 1 &&
                 parsed.positionals.empty() && parsed.options.empty()) {
        // The word after a group that is also a command: its subcommand, or an error.
        words.push_back(arg);
        parsed.command = findCommand(words[0] + " " + arg);
        if (parsed.command == nullptr) {
          return usage("unknown command '" + words[0] + " " + arg + "' (see 'audientiactl " +
                       words[0] + " --help')");
        }
      } else {
        parsed.positionals.push_back(arg);
      }
      continue;
    }
    if (arg == "--") {
      onlyPositionals = true;
      continue;
    }
    if (arg == "-h" || arg == "--help") {
      parsed.help = true;
      continue;
    }
    if (!startsWith(arg, "--")) return usage("unknown option '" + arg + "'");
    auto [name, inlineValue] = splitOption(arg);
    auto takeValue = [&](const std::string& what) -> Expected<std::string> {
      if (inlineValue) return *inlineValue;
      if (i + 1 >= args.size()) return usage("option --" + name + " needs a value (" + what + ")");
      return args[++i];
    };
    if (name == "json") {
      if (inlineValue) return usage("option --json takes no value");
      parsed.global.json = true;
      continue;
    }
    if (name == "server" || name == "ca" || name == "cert" || name == "key") {
      AUDIENTIA_TRY(std::string text, takeValue(name == "server" ? "HOST:PORT" : "FILE"));
      auto& slot = name == "server" ? parsed.global.server
                   : name == "ca"   ? parsed.global.ca
                   : name == "cert" ? parsed.global.cert
                                    : parsed.global.key;
      slot = std::move(text);
      continue;
    }
    const OptionSpec* spec = parsed.command == nullptr ? nullptr : parsed.command->option(name);
    if (spec == nullptr) {
      if (parsed.command == nullptr) return usage("unknown option '--" + name + "'");
      return usage("unknown option '--" + name + "' for '" + parsed.command->path +
                   "' (see 'audientiactl " + parsed.command->path + " --help')");
    }
    if (spec->arity == Arity::kFlag) {
      if (inlineValue) return usage("option --" + name + " takes no value");
      parsed.options[name].emplace_back();
      continue;
    }
    AUDIENTIA_TRY(std::string text, takeValue(spec->valueName));
    auto& slot = parsed.options[name];
    if (spec->arity == Arity::kValue && !slot.empty()) {
      return usage("option --" + name + " given more than once");
    }
    slot.push_back(std::move(text));
  }

  if (parsed.help || words.empty()) {
    parsed.help = true;
    // "help office create", "office --help", "office create --help"
    std::vector<std::string> topic = words;
    if (!topic.empty() && topic[0] == "help") topic.erase(topic.begin());
    if (parsed.command == nullptr && !topic.empty()) {
      const std::string path = topic.size() == 1 ? topic[0] : topic[0] + " " + topic[1];
      parsed.command = findCommand(path);
      if (parsed.command == nullptr) {
        if (!isCommandGroup(topic[0])) return usage("no help for unknown command '" + path + "'");
        parsed.helpGroup = topic[0];
      }
    }
    return parsed;
  }
  if (parsed.command == nullptr) {
    return usage("'" + words[0] + "' needs a subcommand (see 'audientiactl " + words[0] +
                 " --help')");
  }
  const CommandSpec& spec = *parsed.command;
  for (const auto& option : spec.options) {
    if (option.required && !parsed.has(option.name)) {
      return usage("'" + spec.path + "' needs --" + option.name + " " + option.valueName);
    }
  }
  const int count = static_cast<int>(parsed.positionals.size());
  if (count < spec.minPositionals) {
    return usage("'" + spec.path + "' needs " + spec.positionals);
  }
  if (spec.maxPositionals >= 0 && count > spec.maxPositionals) {
    return usage("unexpected argument '" +
                 parsed.positionals[static_cast<std::size_t>(spec.maxPositionals)] + "' for '" +
                 spec.path + "'");
  }
  return parsed;
}

}  // namespace audientia::cli
