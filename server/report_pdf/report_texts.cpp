#include "report_texts.h"

#include <array>
#include <utility>

#include "domain/rules.h"

namespace audientia::report {
namespace {

constexpr ReportTexts kEnglish{
    "en",
    "Hearing report",
    "Draft generated from the recordings: it does not replace the signed record of the hearing.",
    "Hearing",
    "Case number",
    "Kind",
    "Title",
    "Office",
    "Location",
    "Prosecutor",
    "Status",
    "open",
    "closed",
    "Prepared on",
    "Recording started",
    "Recording ended",
    "Recorded media",
    "Participants",
    "No participants were entered.",
    "Recordings",
    "No recordings.",
    "Recording %1",
    "capture",
    "uploaded file",
    "Duration",
    "Size",
    "Cameras",
    "Microphones",
    "SHA-256",
    "Seal",
    "not sealed",
    "not processed yet",
    "processing failed",
    "Pauses and interruptions",
    "The recording was neither paused nor interrupted.",
    "Pause",
    "Interruption",
    "not resumed",
    "at %1 in recording %2",
    "no reason given",
    "Annotations",
    "No annotations.",
    "marked during the recording",
    "revised (revision %1)",
    "Pictures",
    "No pictures: the recordings hold no video.",
    "camera %1",
    "Files as stored",
    "Each file is kept exactly as it was recorded and sealed; its SHA-256 identifies it.",
    "Generated on %1 by %2 (%3).",
    "Case %1 · hearing report · page %2 of %3",
    "unknown",
    "bytes",
};

constexpr ReportTexts kRomanian{
    "ro",
    "Proces-verbal de audiere",
    "Proiect generat din înregistrări: nu înlocuiește procesul-verbal semnat al audierii.",
    "Audierea",
    "Număr dosar",
    "Felul audierii",
    "Titlu",
    "Parchet",
    "Locul",
    "Procuror",
    "Stare",
    "deschisă",
    "închisă",
    "Pregătită la",
    "Înregistrare începută",
    "Înregistrare încheiată",
    "Durata înregistrată",
    "Participanți",
    "Nu au fost introduși participanți.",
    "Înregistrări",
    "Nicio înregistrare.",
    "Înregistrarea %1",
    "captură",
    "fișier încărcat",
    "Durată",
    "Mărime",
    "Camere",
    "Microfoane",
    "SHA-256",
    "Sigiliu",
    "nesigilată",
    "încă neprelucrată",
    "prelucrare eșuată",
    "Pauze și întreruperi",
    "Înregistrarea nu a fost nici oprită, nici întreruptă.",
    "Pauză",
    "Întrerupere",
    "nereluată",
    "la %1 în înregistrarea %2",
    "fără motiv declarat",
    "Adnotări",
    "Nicio adnotare.",
    "marcată în timpul înregistrării",
    "modificată (versiunea %1)",
    "Imagini",
    "Nicio imagine: înregistrările nu conțin video.",
    "camera %1",
    "Fișierele păstrate",
    "Fiecare fișier este păstrat exact cum a fost înregistrat și sigilat; SHA-256 îl identifică.",
    "Generat la %1 de %2 (%3).",
    "Dosar %1 · proces-verbal de audiere · pagina %2 din %3",
    "necunoscut",
    "octeți",
};

using Pair = std::pair<std::string_view, std::string_view>;

// English names the platform uses, with their Romanian words.
constexpr std::array<Pair, 6> kKindsRo{{{"suspect", "suspect"},
                                        {"defendant", "inculpat"},
                                        {"victim", "persoană vătămată"},
                                        {"witness", "martor"},
                                        {"expert", "expert"},
                                        {"other", "altă audiere"}}};
constexpr std::array<Pair, 6> kKindsEn{{{"suspect", "suspect"},
                                        {"defendant", "defendant"},
                                        {"victim", "victim"},
                                        {"witness", "witness"},
                                        {"expert", "expert"},
                                        {"other", "other"}}};
constexpr std::array<Pair, 13> kRolesRo{{{"suspect", "suspect"},
                                         {"defendant", "inculpat"},
                                         {"victim", "persoană vătămată"},
                                         {"witness", "martor"},
                                         {"expert", "expert"},
                                         {"lawyer", "avocat"},
                                         {"counsel", "avocat"},
                                         {"interpreter", "interpret"},
                                         {"prosecutor", "procuror"},
                                         {"clerk", "grefier"},
                                         {"guardian", "reprezentant legal"},
                                         {"psychologist", "psiholog"},
                                         {"other", "altul"}}};
constexpr std::array<Pair, 9> kAnnotationKindsRo{{{"question", "întrebare"},
                                                  {"answer", "răspuns"},
                                                  {"objection", "obiecție"},
                                                  {"exhibit", "probă"},
                                                  {"note", "notă"},
                                                  {"rights", "drepturi aduse la cunoștință"},
                                                  {"participant", "participant"},
                                                  {"pause", "pauză"},
                                                  {"other", "altele"}}};

template <std::size_t N>
std::string lookup(const std::array<Pair, N>& table, std::string_view key) {
  for (const auto& [from, to] : table) {
    if (from == key) return std::string(to);
  }
  return std::string(key);
}

bool isRomanian(const ReportTexts& texts) {
  return std::string_view(texts.language) == "ro";
}

}  // namespace

const ReportTexts* reportTexts(std::string_view language) {
  if (language == "en") return &kEnglish;
  if (language == "ro") return &kRomanian;
  return nullptr;
}

std::string hearingKindText(const ReportTexts& texts, domain::HearingKind kind) {
  const std::string_view name = domain::hearingKindName(kind);
  return isRomanian(texts) ? lookup(kKindsRo, name) : lookup(kKindsEn, name);
}

std::string participantRoleText(const ReportTexts& texts, const std::string& role) {
  return isRomanian(texts) ? lookup(kRolesRo, role) : role;
}

std::string annotationKindText(const ReportTexts& texts, const std::string& kind) {
  return isRomanian(texts) ? lookup(kAnnotationKindsRo, kind) : kind;
}

}  // namespace audientia::report
