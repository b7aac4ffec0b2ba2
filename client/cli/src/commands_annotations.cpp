// annotation add|edit|delete|list|history, and search.

#include <ostream>

#include "commands.h"
#include "proto_json.h"
#include "text_format.h"

namespace audientia::cli {

namespace {

// "0:00.000" for the start of a recording (formatDuration prints "-" for 0).
std::string at(std::int64_t ms) {
  return ms == 0 ? "0:00.000" : formatDuration(ms);
}

std::string span(std::int64_t startMs, std::int64_t endMs) {
  return endMs > 0 ? at(startMs) + "–" + at(endMs) : at(startMs);
}

std::string oneLine(std::string text, std::size_t maxChars = 0) {
  for (char& c : text) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  if (maxChars > 0 && displayWidth(text) > maxChars) {
    std::size_t chars = 0, i = 0;
    for (; i < text.size() && chars < maxChars - 1; ++i) {
      if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++chars;
    }
    while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++i;
    text = text.substr(0, i) + "…";
  }
  return text.empty() ? "-" : text;
}

void printAnnotation(std::ostream& out, const v1::Annotation& a) {
  printFields(out,
              {{"annotation", a.id()},
               {"recording", a.recording_id()},
               {"hearing", a.hearing_id()},
               {"at", span(a.start_ms(), a.end_ms())},
               {"kind", a.kind()},
               {"text", oneLine(a.text())},
               {"from capture", a.from_capture() ? "yes" : "no"},
               {"revision", std::to_string(a.revision()) + (a.deleted() ? " (deleted)" : "")},
               {"author", a.author_username()},
               {"changed", formatTime(a.updated_at_unix_ms()) + " by " + a.updated_by_username()}});
}

int printOne(CliContext& context, const Expected<v1::Annotation>& annotation) {
  if (!annotation) return context.fail(annotation.error());
  if (context.json()) {
    v1::AddAnnotationResponse response;  // {"annotation": {...}}, as every annotation answer
    *response.mutable_annotation() = *annotation;
    context.printJson(protoToJson(response));
    return kExitOk;
  }
  printAnnotation(context.out(), *annotation);
  return kExitOk;
}

Expected<int> revisionArg(const ParsedArgs& args) {
  if (!args.has("revision")) return 0;
  const std::string text = args.value("revision");
  int revision = 0;
  try {
    std::size_t used = 0;
    revision = std::stoi(text, &used);
    if (used != text.size()) revision = 0;
  } catch (const std::exception&) {
    revision = 0;
  }
  if (revision < 1) return invalidArgument("bad --revision '" + text + "' (a number from 1)");
  return revision;
}

std::string changeName(v1::AnnotationChange change) {
  return shortEnumName(v1::AnnotationChange_Name(change), "ANNOTATION_CHANGE_");
}

}  // namespace

int runAnnotationAdd(CliContext& context, const ParsedArgs& args) {
  v1::AddAnnotationRequest request;
  request.set_recording_id(args.value("recording"));
  auto start = parseMediaTime("at", args.value("at"));
  if (!start) return context.usageError(start.error());
  request.set_start_ms(*start);
  if (args.has("to")) {
    auto end = parseMediaTime("to", args.value("to"));
    if (!end) return context.usageError(end.error());
    if (*end < *start) {
      return context.usageError(
          invalidArgument("--to comes before --at: a range ends after it starts"));
    }
    request.set_end_ms(*end);
  }
  request.set_kind(args.value("kind"));
  request.set_text(args.value("text"));
  auto client = context.connect(/*requireSession=*/true);
  if (!client) return context.fail(client.error());
  return printOne(context, (*client)->addAnnotation(request));
}

int runAnnotationEdit(CliContext& context, const ParsedArgs& args) {
  auto revision = revisionArg(args);
  if (!revision) return context.usageError(revision.error());
  v1::EditAnnotationRequest request;
  request.set_annotation_id(args.positionals.at(0));
  request.set_text(args.value("text"));
  request.set_expected_revision(*revision);
  auto client = context.connect(/*requireSession=*/true);
  if (!client) return context.fail(client.error());
  return printOne(context, (*client)->editAnnotation(request));
}

int runAnnotationDelete(CliContext& context, const ParsedArgs& args) {
  auto revision = revisionArg(args);
  if (!revision) return context.usageError(revision.error());
  v1::DeleteAnnotationRequest request;
  request.set_annotation_id(args.positionals.at(0));
  request.set_expected_revision(*revision);
  auto client = context.connect(/*requireSession=*/true);
  if (!client) return context.fail(client.error());
  return printOne(context, (*client)->deleteAnnotation(request));
}

int runAnnotationList(CliContext& context, const ParsedArgs& args) {
  auto client = context.connect(/*requireSession=*/true);
  if (!client) return context.fail(client.error());
  auto annotations = (*client)->listAnnotations(args.value("hearing"), args.value("recording"));
  if (!annotations) return context.fail(annotations.error());
  if (context.json()) {
    v1::ListAnnotationsResponse response;
    for (const auto& annotation : *annotations) *response.add_annotations() = annotation;
    context.printJson(protoToJson(response));
    return kExitOk;
  }
  if (annotations->empty()) {
    context.out() << "no annotations\n";
    return kExitOk;
  }
  Table table({"ID", "RECORDING", "AT", "KIND", "TEXT", "BY", "REV", "FROM"});
  for (const auto& a : *annotations) {
    table.addRow({a.id(), a.recording_id(), span(a.start_ms(), a.end_ms()), a.kind(),
                  oneLine(a.text(), 60), a.updated_by_username(), std::to_string(a.revision()),
                  a.from_capture() ? "capture" : "-"});
  }
  table.print(context.out());
  return kExitOk;
}

int runAnnotationHistory(CliContext& context, const ParsedArgs& args) {
  auto client = context.connect(/*requireSession=*/true);
  if (!client) return context.fail(client.error());
  auto history = (*client)->annotationHistory(args.positionals.at(0));
  if (!history) return context.fail(history.error());
  if (context.json()) {
    context.printJson(protoToJson(*history));
    return kExitOk;
  }
  printAnnotation(context.out(), history->annotation());
  context.out() << '\n';
  Table table({"REV", "CHANGE", "WHEN", "BY", "KIND", "AT", "TEXT"});
  for (const auto& v : history->revisions()) {
    table.addRow({std::to_string(v.revision()), changeName(v.change()),
                  formatTime(v.changed_at_unix_ms()), v.changed_by_username(), v.kind(),
                  span(v.start_ms(), v.end_ms()), oneLine(v.text(), 60)});
  }
  table.print(context.out());
  return kExitOk;
}

}  // namespace audientia::cli
