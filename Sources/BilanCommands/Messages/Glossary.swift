import BilanCore

/// One word for one thing. Each idea bilan names has one word in each language, used by every message,
/// every shipped question set and every page bilan writes; the words listed as `avoid` are its
/// synonyms, which would make a reader wonder whether two things are meant (`GlossaryTests` reads them
/// all). A word that also has a plain meaning elsewhere (a school "grade", a team's "goal") is not
/// listed: only the synonyms that name bilan's own things are.
enum Glossary {
  struct Term: Sendable {
    /// The idea, as a developer says it.
    var idea: String
    var fr: String
    var en: String
    var avoidFr: [String] = []
    var avoidEn: [String] = []
  }

  static let terms: [Term] = [
    // A STAR situation told in an essay: "story" in English (a STAR story), "anecdote" in French.
    Term(
      idea: "a STAR anecdote", fr: "anecdote", en: "story", avoidFr: ["histoire", "histoires", "récit", "récits"],
      avoidEn: ["anecdote", "anecdotes"]),
    Term(
      idea: "a skill", fr: "compétence", en: "skill", avoidFr: ["aptitude", "aptitudes", "savoir-faire"],
      avoidEn: ["competency", "competencies", "competence", "ability", "abilities"]),
    Term(
      idea: "a journal entry", fr: "entrée", en: "entry", avoidFr: ["billet", "billets", "enregistrement"],
      avoidEn: ["record", "records", "post", "posts"]),
    Term(idea: "the journal", fr: "journal", en: "journal", avoidFr: ["carnet"], avoidEn: ["diary", "logbook"]),
    Term(
      idea: "what backs a rating", fr: "preuve", en: "evidence", avoidFr: ["justificatif", "justificatifs"],
      avoidEn: ["proof", "proofs"]),
    Term(idea: "an unfinished entry", fr: "brouillon", en: "draft", avoidFr: ["ébauche", "ébauches"]),
    Term(
      idea: "a point of the 1–5 scale", fr: "niveau", en: "level", avoidFr: ["échelon", "échelons"],
      avoidEn: ["rank", "ranks"]),
    Term(idea: "a tag", fr: "étiquette", en: "tag", avoidFr: ["tag", "tags", "mot-clé", "mots-clés"]),
    Term(idea: "a skill's published text", fr: "essai", en: "essay", avoidFr: ["dissertation"], avoidEn: ["paper"]),
  ]

  /// The words of `text` that the glossary says to avoid in `language`, with the word to use instead.
  static func misused(in text: String, _ language: Language) -> [(found: String, use: String)] {
    let words = Set(
      text.lowercased().split { !($0.isLetter || $0 == "-") }.map(String.init))
    return terms.flatMap { term in
      (language == .fr ? term.avoidFr : term.avoidEn).filter(words.contains).map {
        ($0, language == .fr ? term.fr : term.en)
      }
    }
  }
}
