extension InterviewMessage {
  var en: String {
    switch self {
    case .endOfInput: "end of input"
    case .noEntry(let id): "No entry #\(id) (see 'list')."
    case .answerRefused: "answer refused"
    case .requiredAnswer: "  The rubric requires this answer: 'check' will point it out."
    case .fewWords(let words, let minimum):
      "  \(words) \(words == 1 ? "word" : "words"); the rubric asks for at least \(minimum). You can add to it with 'edit'."
    case .byWhen: "  By when? (2027-06, 2027-06-30 or 2027)"
    case .editOnlyText: ":edit is for answers of several lines."
    case .alreadyFirst: "Already at the first question."
    case .dateInPast(let due): "\(due) has already passed: a target lies ahead (or :back to change the level)."
    case .notADate(let typed):
      "'\(typed)' is not a date: type 2027-06, 2027-06-30 or 2027 (or :back to change the level)."
    case .evidenceNeeded:
      "This level calls for evidence: a project, a result, an entry id or an address (or :back to change the level)."
    case .yesOrNo: "Answer y (yes) or n (no)."
    case .kept(let id, let resume): "draft #\(id) kept; continue it with '\(resume)'."
    case .keptBecause(let why, let kept): "\(why): \(kept)"
    case .addSkill(let typed): "'\(typed)' is not in the catalogue. Add it?"
    case .skillsAgain: "Type the list of skills again."
    case .skillAdded(let typed): "New skill '\(typed)' added to the catalogue (no category yet)."
    case .createProject(let name): "Create the project '\(name)'?"
    case .projectAgain: "Type the project's name again ('projects' lists those you have)."
    case .projectAdded(let name): "New project '\(name)' created (see 'projects')."
    case .addAnecdote: "Add a story? [y/N]"
    case .anotherAnecdote(let count, let max): "Another story? (\(count) told, \(max) at most) [y/N]"
    case .severalLines:
      "  Several lines allowed; end with a line holding only '.'. Commands: :hint :back :skip :edit :quit"
    case .oneItemALine: "  One item a line; end with a line holding only '.'. Commands: :hint :back :skip :edit :quit"
    case .previousRating(let level, let day): "  Previous: \(level)/5 on \(day)."
    case .levelThenDate(let commands): "  The level you aim for, then the date, one line each. Commands: \(commands)"
    case .skillsLine(let commands): "  One line, names separated by commas. Commands: \(commands)"
    case .oneLine(let commands): "  One line. Commands: \(commands)"
    case .currentAnswer: "  Current answer (an empty reply keeps it):"
    case .typedSoFar: "  Typed so far:"
    }
  }
}
