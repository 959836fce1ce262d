import BilanCore

/// What `prompts` says.
enum PromptMessage: MessageCatalogue {
  case shipped
  case replaces(String)
  case questions(Int, origin: String)
  case generated
  case range(min: Int, max: Int)
  case required
  case minWords(Int)
  /// A kind as the user reads it: `texte`, `liste`, `lien`…
  case kind(PromptSet.Kind)
  case unreadable
  case skillsChecked(file: String, skills: Int)
  case setChecked(file: String, set: String, questions: Int)

  static let samples: [PromptMessage] = [
    .shipped, .replaces("X"), .questions(2, origin: "X"), .generated, .range(min: 1, max: 3), .required,
    .minWords(50), .kind(.list), .unreadable, .skillsChecked(file: "X", skills: 2),
    .setChecked(file: "X", set: "Y", questions: 2),
  ]
}
