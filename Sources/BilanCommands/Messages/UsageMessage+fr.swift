extension UsageMessage {
  var fr: String {
    switch self {
    case .negativeCount: "-n prend un nombre d'entrées, 0 ou plus"
    case .skillOrProject: "donnez une compétence ou --project NOM, pas les deux"
    case .idOrAll: "donnez un numéro d'entrée ou --all, pas les deux"
    case .wholeJournalNeedsAll(let format): "--format \(format) écrit tout le journal : ajoutez --all"
    case .wholeJournalNoFilters(let format): "--format \(format) écrit tout le journal : retirez les filtres"
    case .idsOrAll: "donnez des numéros d'entrées, ou --all et des filtres, pas les deux"
    case .entryIDPrompt: "Numéro de l'entrée :"
    case .missingEntryID(let command): "Il manque le numéro de l'entrée : \(command) NUMÉRO"
    case .notAnEntryID(let typed): "« \(typed) » n'est pas un numéro d'entrée (un nombre, voir « list »)"
    case .projectNeedsName(let command): "il faut un nom au projet : \(command) NOM"
    case .missingSkill(let command, let level):
      "Il manque la compétence : \(command) COMPÉTENCE\(level ? " NIVEAU" : "")"
    case .skillNeedsName(let command): "il faut un nom à la compétence : \(command) NOM"
    case .emptyNewName: "le nouveau nom est vide"
    case .editorFailed(let editor, let status):
      "l'éditeur (\(editor)) a échoué avec le code \(status) ; rien n'a été changé"
    case .editedFileRemoved: "le fichier en cours d'édition a été supprimé ; rien n'a été changé"
    case .noPrivateFolder(let base, let reason):
      "impossible de créer un dossier temporaire privé dans \(base) : \(reason)"
    case .noMemoryFolder:
      "le journal est chiffré, et aucun dossier en mémoire (XDG_RUNTIME_DIR ou /dev/shm, un tmpfs) ne peut recevoir le fichier de l'éditeur : son texte n'est jamais écrit en clair sur le disque ; rien n'a été changé"
    }
  }
}
