/// What the safety commands say: backup, restore, the JSON backup, doctor, delete, undelete, trash; and
/// export's refusals.
enum SafetyMessage: MessageCatalogue {
  case unreadable(String)
  case newerBackup(String, version: Int)
  case notABackup
  case restoredFromBackup(String, added: Int, sameIDs: Bool, skipped: Int)
  case alreadyExists(String)
  case copied(String, entries: Int)
  case restored(journal: String, entries: Int, from: String)
  case previousKept(String)
  case repaired
  case allIsWell(String)
  case encryptedState(passes: UInt32, mebibytes: UInt64)
  case plainState
  case damaged
  case repairFixes
  case trashed(Int64, String)
  case back(Int64, String)
  case notInTrash(String)
  case trashEmpty
  case emptyTrashQuestion(Int)
  case nothingDeleted
  case deletedForGood(Int)
  case cannotCreateFolder(String)
  case notAFile(String)
  case exportRefused
  case problemDamaged(report: String)
  case problemSearchIndex(missing: Int, extra: Int, stale: Int, empty: Int)
  case problemSearchIndexCheck(String)
  case problemOrphans(rows: Int, tables: String)
  case problemPermissions(path: String, mode: String, wanted: String)

  static let samples: [SafetyMessage] = [
    .unreadable("X"), .newerBackup("X", version: 9), .notABackup,
    .restoredFromBackup("X", added: 2, sameIDs: true, skipped: 1), .alreadyExists("X"), .copied("X", entries: 2),
    .restored(journal: "X", entries: 1, from: "Y"), .previousKept("X"), .repaired, .allIsWell("X"),
    .encryptedState(passes: 48, mebibytes: 16), .plainState, .damaged,
    .repairFixes, .trashed(1, "X"), .back(1, "X"), .notInTrash("#1"), .trashEmpty, .emptyTrashQuestion(2),
    .nothingDeleted, .deletedForGood(2), .cannotCreateFolder("X"), .notAFile("X"), .exportRefused,
    .problemDamaged(report: "X"), .problemSearchIndex(missing: 1, extra: 2, stale: 1, empty: 2),
    .problemSearchIndexCheck("X"), .problemOrphans(rows: 2, tables: "X"),
    .problemPermissions(path: "X", mode: "644", wanted: "600"),
  ]
}
