extension UsageMessage {
  var en: String {
    switch self {
    case .negativeCount: "-n takes a number of entries, 0 or more"
    case .skillOrProject: "give a skill or --project NAME, not both"
    case .idOrAll: "give an entry id or --all, not both"
    case .wholeJournalNeedsAll(let format): "--format \(format) writes the whole journal: add --all"
    case .wholeJournalNoFilters(let format): "--format \(format) writes the whole journal: drop the filters"
    case .idsOrAll: "give entry ids, or --all and filters, not both"
    case .entryIDPrompt: "Entry id:"
    case .missingEntryID(let command): "Missing the entry id: \(command) ID"
    case .notAnEntryID(let typed): "'\(typed)' is not an entry id (a number, see 'list')"
    case .projectNeedsName(let command): "the project needs a name: \(command) NAME"
    case .missingSkill(let command, let level): "Missing the skill: \(command) SKILL\(level ? " LEVEL" : "")"
    case .skillNeedsName(let command): "the skill needs a name: \(command) NAME"
    case .emptyNewName: "the new name is empty"
    case .editorFailed(let editor, let status):
      "the editor (\(editor)) failed with status \(status); nothing was changed"
    case .editedFileRemoved: "the edited file was removed; nothing was changed"
    case .noPrivateFolder(let base, let reason): "cannot create a private temporary folder in \(base): \(reason)"
    case .noMemoryFolder:
      "the journal is encrypted, and no folder in memory (XDG_RUNTIME_DIR or /dev/shm, a tmpfs) can take the editor's file: its text is never written in the clear on disk; nothing was changed"
    }
  }
}
