/// What an interview says while it runs: its questions' help, its refusals, and the draft it keeps.
enum InterviewMessage: MessageCatalogue {
  case endOfInput
  case noEntry(Int64)
  case answerRefused
  case requiredAnswer
  case fewWords(Int, minimum: Int)
  case byWhen
  case editOnlyText
  case alreadyFirst
  case dateInPast(String)
  case notADate(String)
  case evidenceNeeded
  case yesOrNo
  /// The draft kept, and the command that continues it.
  case kept(Int64, resume: String)
  /// Why the run stopped, then what was kept.
  case keptBecause(String, kept: String)
  case addSkill(String)
  case skillsAgain
  case skillAdded(String)
  /// An anecdote's project that the journal does not have yet.
  case createProject(String)
  case projectAgain
  case projectAdded(String)
  case addAnecdote
  case anotherAnecdote(told: Int, max: Int)
  case severalLines
  case oneItemALine
  case previousRating(Int, day: String)
  case levelThenDate(commands: String)
  case skillsLine(commands: String)
  case oneLine(commands: String)
  case currentAnswer
  case typedSoFar

  static let samples: [InterviewMessage] = [
    .endOfInput, .noEntry(1), .answerRefused, .requiredAnswer, .fewWords(1, minimum: 2), .byWhen, .editOnlyText,
    .alreadyFirst, .dateInPast("X"), .notADate("X"), .evidenceNeeded, .yesOrNo, .kept(1, resume: "X"),
    .keptBecause("X", kept: "Y"), .addSkill("X"), .skillsAgain, .skillAdded("X"), .createProject("X"),
    .projectAgain, .projectAdded("X"), .addAnecdote,
    .anotherAnecdote(told: 2, max: 3), .severalLines, .oneItemALine, .previousRating(1, day: "X"),
    .levelThenDate(commands: "X"), .skillsLine(commands: "X"), .oneLine(commands: "X"), .currentAnswer, .typedSoFar,
  ]
}
