import BilanCore

/// What `assess` and `daily` say as they start an interview.
enum AssessMessage: MessageCatalogue {
  case skill
  case defaultSetWarning(String)
  /// The entry's title and id, its set's title (in each language), and how many questions it asks.
  case started(title: String, id: Int64, set: LocalizedText, questions: Int)
  case reflection(day: String)

  static let samples: [AssessMessage] = [
    .skill, .defaultSetWarning("X"), .started(title: "X", id: 1, set: LocalizedText(fr: "Y", en: "Y"), questions: 2),
    .reflection(day: "X"),
  ]
}
