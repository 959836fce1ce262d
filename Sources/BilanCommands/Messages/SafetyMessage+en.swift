extension SafetyMessage {
  var en: String {
    switch self {
    case .unreadable(let path): "\(path): no such file, or it cannot be read."
    case .newerBackup(let path, let version): "\(path): made by a newer bilan (version \(version)); update bilan."
    case .notABackup: "not a bilan backup"
    case .restoredFromBackup(let path, let added, let sameIDs, let skipped):
      "\(path): \(added) entries restored\(sameIDs ? " (same ids)" : ""), \(skipped) already there"
    case .alreadyExists(let path): "\(path) already exists: choose another name, or add --force to replace it."
    case .copied(let path, let entries): "\(path): \(entries) \(entries == 1 ? "entry copied" : "entries copied")."
    case .restored(let journal, let entries, let from):
      "\(journal): \(entries) \(entries == 1 ? "entry restored" : "entries restored") from \(from)."
    case .previousKept(let path): "The previous journal is kept as \(path)."
    case .repaired: "repaired: "
    case .allIsWell(let path): "\(path): all is well."
    case .encryptedState(let passes, let mebibytes):
      "Encrypted: every page sealed with XChaCha20-Poly1305, its key derived from the passphrase by Argon2id (\(passes) passes over \(mebibytes) MiB)."
    case .plainState: "Not encrypted: 'bilan encrypt' encrypts it."
    case .damaged:
      "the file is damaged: 'restore BACKUP' puts a sound copy back (make a 'backup' to another name first)."
    case .repairFixes: "'doctor --repair' fixes it."
    case .trashed(let id, let title): "#\(id) \(title): moved to the trash ('undelete \(id)' brings it back)"
    case .back(let id, let title): "#\(id) \(title): back"
    case .notInTrash(let list): "\(list): not in the trash (see 'trash')."
    case .trashEmpty: "The trash is empty."
    case .emptyTrashQuestion(let n): "Delete the \(n) entries in the trash for good?"
    case .nothingDeleted: "Nothing was deleted."
    case .deletedForGood(let n): "\(n) entries deleted for good."
    case .cannotCreateFolder(let path): "Cannot create the folder \(path)."
    case .notAFile(let what): "\(what), not a file"
    case .exportRefused:
      "nothing was written: export writes neither through a link nor over a folder; remove them or export elsewhere."
    case .problemDamaged(let report): "the file is damaged (SQLite: \(report))"
    case .problemSearchIndex(let missing, let extra, let stale, let empty):
      "search index: \(missing) entries missing, \(extra) rows for no entry, \(stale) out of date, \(empty) with no text"
    case .problemSearchIndexCheck(let report): "search index: its own check fails (SQLite: \(report))"
    case .problemOrphans(let rows, let tables): "\(rows) rows in \(tables) point to no entry"
    case .problemPermissions(let path, let mode, let wanted):
      "\(path) is \(mode): others can read it (wanted \(wanted))"
    }
  }
}
