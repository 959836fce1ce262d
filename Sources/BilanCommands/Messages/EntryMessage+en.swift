extension EntryMessage {
  var en: String {
    switch self {
    case .draft: "draft"
    case .undated: "undated"
    case .description(let value): "Description: \(value)"
    case .tags(let value): "Tags: \(value)"
    case .level(let value): "Level: \(value)"
    case .target(let level, let name, let due): "Target: \(level)/5 — \(name), by \(due)"
    case .skills(let value): "Skills: \(value)"
    case .file(let value): "File: \(value)"
    case .questions(let set): "Questions: \(set)"
    case .noChange: "No change."
    case .editRefused(let saved, let line, let problem, let id):
      "\(saved):\(line): \(problem). Entry #\(id) is unchanged; your text is kept in that file."
    case .updated(let id): "Entry #\(id) updated."
    case .noDraft(let id): "No draft #\(id) (see 'drafts')."
    case .discard(let id, let title): "Discard draft #\(id) (\(title))?"
    case .nothingDiscarded: "Nothing was discarded."
    case .discarded(let id): "Draft #\(id) discarded."
    case .noDrafts: "No drafts."
    case .question: "question"
    case .nothingToWrite: "Nothing to write: bilan write \"Title. Body\""
    case .badDate(let date): "--date '\(date)': write 2026-11-28, \"2026-11-28 14:30\", today, yesterday or -3d"
    case .titleThenText: "Title, then the text; a line holding only '.' ends it."
    case .noDraftToContinue: "No draft to continue."
    case .noSuchDraft(let id): "No entry #\(id) (see 'drafts')."
    case .finished(let id): "Entry #\(id) is finished; change it with 'edit \(id)'."
    case .continuing(let title, let id, let question, let count):
      "Continuing '\(title)' (#\(id)), question \(question)/\(count)."
    case .emptyJournal: "The journal is empty: start with 'assess SKILL'."
    case .noMatch: "No entry matches these filters."
    case .searchWhat: "Search for what? bilan search WORDS"
    case .invalidSearch(let query, let reason):
      "the search '\(query)' is not valid (\(reason)): put words holding - : * ( or \" in quotes."
    case .nothingFound: "Nothing found."
    case .notADate(let option, let text):
      "\(option) '\(text)' is not a date: write 2026-11-28, 2026-11, 2026, today, yesterday or -7d."
    case .untilBeforeSince(let until, let since):
      "--until (\(until)) comes before --since (\(since)): nothing can match."
    }
  }
}
