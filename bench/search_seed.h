#pragma once

// Synthetic hearings and annotations for bench_search, written with COPY: offices like a
// national service (OFFICES of them), a prosecutor each, HEARINGS hearings with 1-4 named
// participants, a recording each, and ANNOTATIONS annotations whose text draws words from a
// Zipf-distributed vocabulary (real Romanian words with diacritics first, then made-up ones),
// so that common words have long posting lists, as in real transcripts.

#include <libpq-fe.h>

#include <cstdint>
#include <cstdio>
#include <functional>
#include <random>
#include <string>
#include <vector>

#include "audientia/base/expected.h"

namespace audientia::bench {

inline const std::vector<std::string>& romanianWords() {
  static const std::vector<std::string> words = {"martorul",     "a",
                                                 "declarat",     "că",
                                                 "în",           "seara",
                                                 "zilei",        "de",
                                                 "la",           "fost",
                                                 "acasă",        "cu",
                                                 "soția",        "sa",
                                                 "întrebare",    "răspuns",
                                                 "nu",           "își",
                                                 "amintește",    "procurorul",
                                                 "întreabă",     "avocatul",
                                                 "obiectează",   "suspectul",
                                                 "refuză",       "să",
                                                 "răspundă",     "inculpatul",
                                                 "recunoaște",   "fapta",
                                                 "persoana",     "vătămată",
                                                 "arată",        "fotografia",
                                                 "cuțitul",      "mașina",
                                                 "telefonul",    "mesajul",
                                                 "banii",        "contractul",
                                                 "factura",      "ziua",
                                                 "noaptea",      "ora",
                                                 "strada",       "blocul",
                                                 "apartamentul", "magazinul",
                                                 "banca",        "poliția",
                                                 "ambulanța",    "spitalul",
                                                 "medicul",      "raportul",
                                                 "expertiza",    "proba",
                                                 "înscrisul",    "plângerea",
                                                 "denunțul",     "martora",
                                                 "vecinul",      "fratele",
                                                 "sora",         "mama",
                                                 "tatăl",        "copilul",
                                                 "prietenul",    "colegul",
                                                 "șeful",        "angajatul",
                                                 "primăria",     "notarul",
                                                 "executorul",   "judecătorul",
                                                 "grefierul",    "interpretul",
                                                 "traducerea",   "semnătura",
                                                 "ștampila",     "documentul",
                                                 "dosarul",      "cauza",
                                                 "infracțiunea", "furtul",
                                                 "tâlhăria",     "înșelăciunea",
                                                 "delapidarea",  "mita",
                                                 "lovirea",      "amenințarea",
                                                 "șantajul",     "violența",
                                                 "accidentul",   "conducerea",
                                                 "alcoolemia",   "viteza",
                                                 "semaforul",    "trecerea",
                                                 "pietonul",     "șoferul",
                                                 "camera",       "înregistrarea",
                                                 "imaginea",     "sunetul",
                                                 "pauză",        "reluare",
                                                 "exhibit",      "obiecție",
                                                 "notă",         "întrerupere",
                                                 "țigara",       "țara",
                                                 "Țăndărei",     "Brașov",
                                                 "Iași",         "Cluj",
                                                 "Timișoara",    "Constanța",
                                                 "București",    "Pitești",
                                                 "Ploiești",     "Bacău",
                                                 "Suceava"};
  return words;
}

inline const std::vector<std::string>& surnames() {
  static const std::vector<std::string> names = {
      "Popescu",    "Ionescu",  "Popa",     "Pop",     "Radu",     "Dumitru",    "Stan",
      "Stoica",     "Gheorghe", "Matei",    "Ciobanu", "Rusu",     "Munteanu",   "Florea",
      "Ștefănescu", "Țăranu",   "Mureșan",  "Bălan",   "Moldovan", "Constantin", "Șerban",
      "Lungu",      "Marin",    "Tudor",    "Dinu",    "Nistor",   "Ardeleanu",  "Oprea",
      "Voicu",      "Toma",     "Barbu",    "Sandu",   "Cristea",  "Ene",        "Mihai",
      "Neagu",      "Lazăr",    "Roșu",     "Sârbu",   "Petrescu", "Niță",       "Preda",
      "Pavel",      "Costea",   "Iordache", "Zamfir",  "Bucur",    "Manea",      "Vasile",
      "Dragomir",   "Ilie",     "Grigore",  "Anghel",  "Mocanu",   "Pană",       "Surdu",
      "Căpraru",    "Dobre",    "Coman",    "Năstase", "Ţurcanu",  "Şandor",     "Ursu",
      "Iancu",      "Chiriac",  "Buzatu",   "Hagi",    "Enache",   "Vlad",       "Răducanu"};
  return names;
}

inline const std::vector<std::string>& firstNames() {
  static const std::vector<std::string> names = {
      "Ion",        "Maria",    "Andrei",   "Elena",   "Mihai",   "Ioana",     "Ștefan",
      "Ana",        "Gheorghe", "Cristina", "Vasile",  "Mihaela", "Alexandru", "Andreea",
      "Constantin", "Gabriela", "Florin",   "Daniela", "Nicolae", "Raluca",    "Dan",
      "Simona",     "Petru",    "Irina",    "Bogdan",  "Oana",    "Radu",      "Alina",
      "Sorin",      "Cătălina", "Iulian",   "Ţică",    "Doina",   "Marius",    "Lucia",
      "Horia",      "Corina",   "Tudor",    "Violeta"};
  return names;
}

// A vocabulary of `size` words: the real ones, then made-up pronounceable ones.
inline std::vector<std::string> vocabulary(std::size_t size) {
  std::vector<std::string> words = romanianWords();
  static const char* syllables[] = {"ra", "to", "mi", "ne", "lu", "ca", "de", "so", "pi", "va",
                                    "tă", "șe", "ți", "bo", "gu", "fe", "zo", "ri", "ma", "ul"};
  std::mt19937 random(7);
  while (words.size() < size) {
    std::string word;
    const int n = 2 + static_cast<int>(random() % 3);
    for (int i = 0; i < n; ++i) word += syllables[random() % 20];
    words.push_back(word + std::to_string(words.size() % 97));
  }
  return words;
}

// Zipf-like sampling (s = 1) over [0, n): rank r with probability ~ 1/(r+1).
class Zipf {
 public:
  explicit Zipf(std::size_t n) : cumulative_(n) {
    double sum = 0;
    for (std::size_t i = 0; i < n; ++i) cumulative_[i] = (sum += 1.0 / static_cast<double>(i + 1));
    for (auto& c : cumulative_) c /= sum;
  }
  std::size_t operator()(std::mt19937_64& random) const {
    const double u = std::uniform_real_distribution<double>(0, 1)(random);
    auto it = std::lower_bound(cumulative_.begin(), cumulative_.end(), u);
    return static_cast<std::size_t>(it - cumulative_.begin());
  }

 private:
  std::vector<double> cumulative_;
};

// A deterministic uuid for (kind, n): kind 1..15, n < 2^48.
inline std::string benchUuid(int kind, std::uint64_t n) {
  char text[40];
  std::snprintf(text, sizeof text, "%08x-0000-4000-8%03x-%012llx", 0xbe0c0000u + kind, kind,
                static_cast<unsigned long long>(n));
  return text;
}

// COPY ... FROM STDIN with rows made by `row(i, line)` for i in [0, count).
inline Status copyRows(PGconn* conn, const std::string& copySql, std::int64_t count,
                       const std::function<void(std::int64_t, std::string&)>& row) {
  PGresult* start = PQexec(conn, copySql.c_str());
  const bool copying = PQresultStatus(start) == PGRES_COPY_IN;
  PQclear(start);
  if (!copying) return Error(ErrorCode::kInternal, copySql + ": " + PQerrorMessage(conn));
  std::string buffer;
  for (std::int64_t i = 0; i < count; ++i) {
    row(i, buffer);
    if (buffer.size() > (4 << 20) || i + 1 == count) {
      if (PQputCopyData(conn, buffer.data(), static_cast<int>(buffer.size())) != 1) {
        return Error(ErrorCode::kInternal, std::string("COPY data: ") + PQerrorMessage(conn));
      }
      buffer.clear();
    }
  }
  if (PQputCopyEnd(conn, nullptr) != 1) {
    return Error(ErrorCode::kInternal, std::string("COPY end: ") + PQerrorMessage(conn));
  }
  std::string failure;
  while (PGresult* r = PQgetResult(conn)) {
    if (PQresultStatus(r) != PGRES_COMMAND_OK) failure = PQresultErrorMessage(r);
    PQclear(r);
  }
  if (!failure.empty()) return Error(ErrorCode::kInternal, copySql + ": " + failure);
  return ok();
}

}  // namespace audientia::bench
