import Foundation

/// The 1–5 self-rating scale, after Dreyfus's model of skill acquisition (0 = not assessed).
public enum RatingScale {
  public static let levels = 1...5

  public static func descriptor(_ level: Int, _ language: Language) -> String {
    switch (level, language) {
    case (1, .fr): "Débutant : je connais les notions, j'ai besoin d'être guidé·e pas à pas"
    case (2, .fr): "En cours d'acquisition : tâches simples avec aide ou relecture"
    case (3, .fr): "Autonome (acquis) : je mène seul·e les tâches courantes"
    case (4, .fr): "Maîtrisé : je gère le complexe et l'imprévu, je forme les autres"
    case (5, .fr): "Expert : je suis une référence, je fais évoluer les pratiques"
    case (1, .en): "Novice: I know the basics and need step-by-step guidance"
    case (2, .en): "Advanced beginner: simple tasks, with help or review"
    case (3, .en): "Competent: I handle the usual tasks and problems on my own"
    case (4, .en): "Proficient: complex or new cases; I coach others"
    case (5, .en): "Expert: the go-to person; I improve how it is done"
    default: ""
    }
  }

  /// The level's short name: the descriptor up to its colon (*Autonome (acquis)*, *Competent*).
  public static func name(_ level: Int, _ language: Language) -> String {
    let descriptor = descriptor(level, language)
    let end = descriptor.range(of: language == .fr ? " :" : ":")?.lowerBound ?? descriptor.endIndex
    return String(descriptor[..<end])
  }

  /// Reads a typed level: a whole number from 1 to 5, surrounding spaces allowed.
  public static func parse(_ text: String) -> Int? {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    guard let level = Int(trimmed), levels.contains(level) else { return nil }
    return level
  }

  public static func refusal(_ text: String, _ language: Language) -> String {
    language.pick(
      "« \(text) » n'est pas un niveau : tapez un nombre entier de 1 à 5 (ou :skip).",
      "'\(text)' is not a level: type a whole number from 1 to 5 (or :skip).")
  }
}
