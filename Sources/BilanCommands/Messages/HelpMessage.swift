import BilanCore

/// The words of `--help`, `help CMD` and the shell's `help`: each command's summary and discussion and
/// each argument's line. swift-argument-parser reads them while it parses, where no context reaches:
/// they are said in `ParsingLanguage.current`, which `Dispatch` sets first.
enum HelpMessage: MessageCatalogue, CaseIterable {
  case bilan
  case bilanMore
  case globalOptionsDb
  case globalOptionsLang
  case globalOptionsVerbose
  case assess
  case assessMore
  case assessSkill
  case assessSet
  case assessProject
  case check
  case checkMore
  case sharedEntryID
  case checkAll
  case backup
  case backupMore
  case backupFile
  case backupForce
  case restore
  case restoreFile
  case daily
  case dailyMore
  case dailySkills
  case doctor
  case doctorMore
  case doctorRepair
  case drafts
  case draftsDiscard
  case sharedNoConfirmation
  case edit
  case filterOptionsSkill
  case filterOptionsTag
  case filterOptionsKind
  case filterOptionsSince
  case filterOptionsUntil
  case filterOptionsStarred
  case export
  case exportMore
  case exportIds
  case exportOut
  case exportAll
  case target
  case sharedSkill
  case targetLevel
  case targetBy
  case cadence
  case cadenceEvery
  case history
  case historyChart
  case sharedFormat
  case due
  case dueMore
  case dueQuiet
  case importFiles
  case importFilesMore
  case importFilesPaths
  case importFilesDateFormat
  case importFilesDateFormatMore
  case importFilesProjects
  case list
  case listMore
  case listN
  case listAll
  case project
  case projects
  case projectAdd
  case sharedName
  case projectAddDescription
  case projectLink
  case sharedProject
  case projectLinkSkills
  case projectAssess
  case projectAssessSet
  case prompts
  case promptsMore
  case promptsList
  case promptsShow
  case promptsShowId
  case promptsCheck
  case promptsCheckFiles
  case publish
  case publishMore
  case publishDir
  case publishInitialise
  case publishSections
  case publishDrafts
  case publishFrontMatter
  case publishForce
  case publishAllowBrokenLinks
  case publishPDF
  case rate
  case rateMore
  case rateLevel
  case rateNote
  case rateEvidence
  case rateDate
  case resume
  case resumeId
  case search
  case searchMore
  case searchWords
  case searchN
  case shell
  case show
  case skills
  case skillsMore
  case skillsList
  case skillsListChart
  case skillsAdd
  case skillsAddCategory
  case skillsRename
  case skillsRenameName
  case skillsMerge
  case skillsMergeFrom
  case skillsMergeInto
  case skillsRemove
  case skillsRemoveYes
  case skillsCategory
  case skillsCategoryCategory
  case star
  case unstar
  case tags
  case delete
  case deleteIds
  case undelete
  case undeleteIds
  case trash
  case trashEmpty
  case trashYes
  case write
  case writeMore
  case writeText
  case writeSkills
  case writeTags
  case writeDate
  case globalOptionsPassphraseFile
  case encrypt
  case encryptMore
  case encryptKeyring
  case decrypt
  case passphrase
  case passphraseMore
  case passphraseNewFile
  case framework
  case frameworkMore
  case frameworkList
  case frameworkShow
  case frameworkID
  case frameworkCheck
  case frameworkUse
  case frameworkStage
  case frameworkClear
  case review
  case reviewMore
  case reviewSince
  case reviewSkill
  case reviewOut
  case evidence
  case evidenceMore
  case evidenceChart

  static let samples = allCases
}

extension HelpMessage {
  /// In French, the spaces inside « » and before : ; ? ! are non-breaking, as French typography
  /// wants: swift-argument-parser wraps its help at spaces, and a line must not start with « : ».
  var local: String {
    let text = text(ParsingLanguage.current)
    guard ParsingLanguage.current == .fr else { return text }
    // A colon that starts a word (`:quit`) is not punctuation: only one followed by a space or the end.
    return text.replacingOccurrences(of: "« ", with: "«\u{A0}").replacingOccurrences(of: " »", with: "\u{A0}»")
      .replacing(#/ ([:;?!])( |$)/#) { "\u{A0}\($0.1)\($0.2)" }
  }
}
