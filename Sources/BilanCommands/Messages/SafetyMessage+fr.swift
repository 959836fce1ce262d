extension SafetyMessage {
  var fr: String {
    switch self {
    case .unreadable(let path): "\(path) : introuvable ou illisible."
    case .newerBackup(let path, let version):
      "\(path) : faite par un bilan plus récent (version \(version)) ; mettez bilan à jour."
    case .notABackup: "pas une sauvegarde bilan"
    case .restoredFromBackup(let path, let added, let sameIDs, let skipped):
      "\(path) : \(added) entrées restaurées\(sameIDs ? " (mêmes numéros)" : ""), \(skipped) déjà présentes"
    case .alreadyExists(let path):
      "\(path) existe déjà : choisissez un autre nom, ou ajoutez --force pour le remplacer."
    case .copied(let path, let entries): "\(path) : \(entries) \(entries <= 1 ? "entrée copiée" : "entrées copiées")."
    case .restored(let journal, let entries, let from):
      "\(journal) : \(entries) \(entries <= 1 ? "entrée restaurée" : "entrées restaurées") depuis \(from)."
    case .previousKept(let path): "L'ancien journal est gardé dans \(path)."
    case .repaired: "réparé : "
    case .allIsWell(let path): "\(path) : tout va bien."
    case .encryptedState(let passes, let mebibytes):
      "Chiffré : chaque page scellée par XChaCha20-Poly1305, la clé tirée de la phrase secrète par Argon2id (\(passes) passes sur \(mebibytes) Mio)."
    case .plainState: "Non chiffré : « bilan encrypt » le chiffre."
    case .damaged:
      "le fichier est abîmé : « restore SAUVEGARDE » remet une copie saine (faites d'abord « backup » vers un autre nom)."
    case .repairFixes: "« doctor --repair » le répare."
    case .trashed(let id, let title): "#\(id) \(title) : à la corbeille (« undelete \(id) » l'en sort)"
    case .back(let id, let title): "#\(id) \(title) : revenue"
    case .notInTrash(let list): "\(list) : pas dans la corbeille (voir « trash »)."
    case .trashEmpty: "La corbeille est vide."
    case .emptyTrashQuestion(let n): "Supprimer pour de bon les \(n) entrées de la corbeille ?"
    case .nothingDeleted: "Rien n'a été supprimé."
    case .deletedForGood(let n): "\(n) entrées supprimées pour de bon."
    case .cannotCreateFolder(let path): "Impossible de créer le dossier \(path)."
    case .notAFile(let what): "\(what), pas un fichier"
    case .exportRefused:
      "rien n'a été écrit : export n'écrit ni à travers un lien ni sur un dossier ; retirez-les ou exportez ailleurs."
    case .problemDamaged(let report): "le fichier est endommagé (SQLite : \(report))"
    case .problemSearchIndex(let missing, let extra, let stale, let empty):
      "index de recherche : \(missing) entrées absentes, \(extra) lignes sans entrée, \(stale) périmées, \(empty) sans texte"
    case .problemSearchIndexCheck(let report): "index de recherche : sa propre vérification échoue (SQLite : \(report))"
    case .problemOrphans(let rows, let tables): "\(rows) lignes dans \(tables) ne renvoient à aucune entrée"
    case .problemPermissions(let path, let mode, let wanted):
      "\(path) est en \(mode) : d'autres peuvent le lire (attendu : \(wanted))"
    }
  }
}
