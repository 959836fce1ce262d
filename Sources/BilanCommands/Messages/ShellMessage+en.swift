extension ShellMessage {
  var en: String {
    switch self {
    case .configWarning(let problem): "bilan: warning: \(problem)"
    case .noSuchFolder(let folder, let journal):
      "the folder \(folder) does not exist: check the path \(journal) (--db or BILAN_DB); nothing was made."
    case .noJournal(let path):
      "no journal at \(path): check the path (--db or BILAN_DB), or run 'bilan' with it to start one; nothing was made."
    case .noJournalYet(let path):
      "no journal yet (\(path)): 'bilan' opens the shell and starts one, as do 'bilan write', 'bilan assess' and 'bilan import'."
    case .createJournal(let path): "Create a new journal at \(path)?"
    case .journalNotCreated: "no journal was made."
    case .journalCreated(let path): "bilan: new journal created: \(path)"
    case .stopped: "\nbilan: stopped; every answer typed is stored ('resume' continues a draft)."
    case .welcome(let version, let journal, let count):
      "bilan \(version) — journal \(journal) (\(count) entr\(count == 1 ? "y" : "ies")). Type help for help, quit to leave."
    case .due(let names): "Due for re-rating: \(names) ('due' for details)."
    case .unknownHelp(let name): "bilan: unknown command '\(name)'"
    case .helpLine: "This list; help CMD for one command in detail."
    case .quitLine: "Leave (also exit, Ctrl-D)."
    case .didYouMean(let closest): " Did you mean '\(closest)'?"
    case .unknownCommand(let word, let hint, let help): "unknown command '\(word)'.\(hint) See '\(help)'."
    case .noCommand: "no command on this line (help lists them)"
    case .moreProblems(let more): " (and \(more) more: 'prompts check')"
    case .setFileSkipped(let problem, let rest): "bilan: warning: \(problem)\(rest); file skipped"
    case .unknownSet(let id, let known): "unknown question set '\(id)' (known: \(known))"
    case .addYes: "add --yes to confirm without a terminal"
    case .nulByte: "a NUL byte"
    case .notUTF8: "bytes that are not UTF-8"
    case .refusedLine(let line, let what):
      "bilan: line \(line) of the input holds \(what): refused; the lines before it are stored ('resume' continues)."
    case .unknownLanguage(let value):
      "bilan: warning: BILAN_LANG='\(value)' is not a language bilan speaks (fr or en); ignored"
    }
  }
}
