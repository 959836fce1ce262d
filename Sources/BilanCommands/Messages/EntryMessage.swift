/// What the commands on entries say: show, edit, drafts, write, resume, list, search and their filters.
enum EntryMessage: MessageCatalogue {
  case draft
  /// In place of the date of an imported file that gives none.
  case undated
  /// The fields `show` prints, in the entry's language.
  case description(String)
  case tags(String)
  case level(String)
  case target(Int, name: String, due: String)
  case skills(String)
  case file(String)
  case questions(String)
  case noChange
  /// An edit refused: the file the text is kept in, its line, the problem, and the entry.
  case editRefused(saved: String, line: Int, problem: String, id: Int64)
  case updated(Int64)
  case noDraft(Int64)
  case discard(Int64, title: String)
  case nothingDiscarded
  case discarded(Int64)
  case noDrafts
  case question
  case nothingToWrite
  case badDate(String)
  case titleThenText
  case noDraftToContinue
  case noSuchDraft(Int64)
  case finished(Int64)
  case continuing(title: String, id: Int64, question: Int, of: Int)
  case emptyJournal
  case noMatch
  case searchWhat
  case invalidSearch(String, reason: String)
  case nothingFound
  case notADate(option: String, text: String)
  case untilBeforeSince(until: String, since: String)

  static let samples: [EntryMessage] = [
    .draft, .undated, .description("X"), .tags("X"), .level("X"), .target(1, name: "X", due: "Y"), .skills("X"),
    .file("X"),
    .questions("X"), .noChange, .editRefused(saved: "X", line: 1, problem: "Y", id: 2), .updated(1), .noDraft(1),
    .discard(1, title: "X"), .nothingDiscarded, .discarded(1), .noDrafts, .question, .nothingToWrite, .badDate("X"),
    .titleThenText, .noDraftToContinue, .noSuchDraft(1), .finished(1),
    .continuing(title: "X", id: 1, question: 2, of: 3), .emptyJournal, .noMatch, .searchWhat,
    .invalidSearch("X", reason: "Y"), .nothingFound, .notADate(option: "--X", text: "Y"),
    .untilBeforeSince(until: "X", since: "Y"),
  ]
}
