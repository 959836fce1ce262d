/// What the shell and the paths around every command say: the welcome, help, unknown commands, the
/// question sets that cannot be read, and the lines of input that are refused.
enum ShellMessage: MessageCatalogue {
  case stopped
  case welcome(version: String, journal: String, entries: Int)
  case due(String)
  case unknownHelp(String)
  case helpLine
  case quitLine
  case didYouMean(String)
  /// The unknown word, the closest command (`didYouMean`, or nothing), and where help is.
  case unknownCommand(String, hint: String, help: String)
  case noCommand
  case moreProblems(Int)
  case setFileSkipped(String, rest: String)
  case unknownSet(String, known: String)
  case addYes
  case nulByte
  case notUTF8
  case refusedLine(Int, what: String)
  case noSuchFolder(String, journal: String)
  /// A journal named by --db or BILAN_DB that does not exist, for a command that needs one.
  case noJournal(String)
  /// The default journal, never made yet, for a command that needs one: how to begin.
  case noJournalYet(String)
  case createJournal(String)
  case journalNotCreated
  case journalCreated(String)
  case configWarning(String)

  case unknownLanguage(String)

  static let samples: [ShellMessage] = [
    .unknownLanguage("X"),
    .configWarning("X"), .noSuchFolder("X", journal: "Y"), .noJournal("X"), .noJournalYet("X"), .createJournal("X"),
    .journalNotCreated, .journalCreated("X"),
    .stopped, .welcome(version: "1", journal: "X", entries: 2), .due("X"), .unknownHelp("X"), .helpLine, .quitLine,
    .didYouMean("X"), .unknownCommand("X", hint: "", help: "Y"), .noCommand, .moreProblems(2),
    .setFileSkipped("X", rest: ""), .unknownSet("X", known: "Y"), .addYes, .nulByte, .notUTF8,
    .refusedLine(1, what: "X"),
  ]
}
