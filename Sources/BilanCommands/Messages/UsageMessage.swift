/// What bilan says of a command line it cannot run as typed: a value missing, two options that
/// exclude each other (`validate()`, run while parsing: said in `ParsingLanguage.current`).
enum UsageMessage: MessageCatalogue {
  case negativeCount
  case skillOrProject
  case idOrAll
  case wholeJournalNeedsAll(format: String)
  case wholeJournalNoFilters(format: String)
  case idsOrAll
  case entryIDPrompt
  case missingEntryID(command: String)
  case notAnEntryID(String)
  case projectNeedsName(command: String)
  case missingSkill(command: String, level: Bool)
  case skillNeedsName(command: String)
  case emptyNewName
  case editorFailed(editor: String, status: Int32)
  case editedFileRemoved
  case noPrivateFolder(String, reason: String)
  case noMemoryFolder

  static let samples: [UsageMessage] = [
    .negativeCount, .skillOrProject, .idOrAll, .wholeJournalNeedsAll(format: "X"),
    .wholeJournalNoFilters(format: "X"), .idsOrAll, .entryIDPrompt, .missingEntryID(command: "X"),
    .notAnEntryID("X"), .projectNeedsName(command: "X"), .missingSkill(command: "X", level: true),
    .skillNeedsName(command: "X"), .emptyNewName, .editorFailed(editor: "X", status: 1),
    .editedFileRemoved, .noPrivateFolder("X", reason: "Y"), .noMemoryFolder,
  ]
}
