import BilanCore

/// What `rate`, `history`, `target`, `cadence` and `due` say.
enum RatingMessage: MessageCatalogue {
  case notALevel(String)
  case byTakes(String)
  case alreadyPassed(String)
  case belowCurrent(Int)
  /// A target set: the skill, the level, the date it is due by (empty: none).
  case target(skill: String, level: Int, by: String)
  case badCadence(String)
  /// A cadence set: the skill, the cadence in force, the next day it is due (if any), and whether it is due.
  case cadence(skill: String, every: Cadence, day: String?, isDue: Bool)
  /// A skill never rated, with its summary (empty: none).
  case notRated(skill: String, summary: String)
  case ratings(Int)
  case evidence(String)
  case entry(Int64)
  case nothingDue
  case due(skill: String, level: Int, on: String, since: String)
  case summaryTarget(level: Int, by: String)
  case summaryDueSince(String, every: Cadence)
  case summaryNextDue(String, every: Cadence)
  case separator
  case skillPrompt
  case previous(level: Int, on: String)
  case justificationPrompt
  case levelNeedsEvidence(Int)
  case jumpNeedsEvidence(from: Int, to: Int)
  case addEvidence(why: String)
  case rated(skill: String, level: Int, on: String)
  case before(level: Int, on: String)
  case nothingStored
  case dateTakes(String)
  case futureDate(String)
  case missingLevel
  case levelPrompt
  case notALevelTypeAgain(String)
  case evidencePrompt(required: Bool)
  case typeEvidence
  case levelCallsForEvidence
  case noEntry(Int64)

  static let samples: [RatingMessage] = [
    .notALevel("X"), .byTakes("X"), .alreadyPassed("X"), .belowCurrent(1), .target(skill: "X", level: 1, by: "Y"),
    .badCadence("X"), .cadence(skill: "X", every: .standard, day: "Y", isDue: true),
    .notRated(skill: "X", summary: "Y"), .ratings(2), .evidence("X"), .entry(1), .nothingDue,
    .due(skill: "X", level: 1, on: "Y", since: "Z"), .summaryTarget(level: 1, by: "X"),
    .summaryDueSince("X", every: .standard), .summaryNextDue("X", every: .standard), .separator, .skillPrompt,
    .previous(level: 1, on: "X"), .justificationPrompt, .levelNeedsEvidence(4), .jumpNeedsEvidence(from: 1, to: 3),
    .addEvidence(why: "X"), .rated(skill: "X", level: 1, on: "Y"), .before(level: 1, on: "X"), .nothingStored,
    .dateTakes("X"), .futureDate("X"), .missingLevel, .levelPrompt, .notALevelTypeAgain("X"),
    .evidencePrompt(required: true), .typeEvidence, .levelCallsForEvidence, .noEntry(1),
  ]
}
