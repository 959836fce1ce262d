extension ShellMessage {
  var fr: String {
    switch self {
    case .configWarning(let problem): "bilan: attention : \(problem)"
    case .noSuchFolder(let folder, let journal):
      "le dossier \(folder) n'existe pas : vérifiez le chemin \(journal) (--db ou BILAN_DB) ; rien n'a été créé."
    case .noJournal(let path):
      "pas de journal à \(path) : vérifiez le chemin (--db ou BILAN_DB), ou lancez « bilan » avec ce chemin pour en créer un ; rien n'a été créé."
    case .noJournalYet(let path):
      "pas encore de journal (\(path)) : « bilan » ouvre le shell et le crée, comme « bilan write », « bilan assess » ou « bilan import »."
    case .createJournal(let path): "Créer un nouveau journal à \(path) ?"
    case .journalNotCreated: "aucun journal n'a été créé."
    case .journalCreated(let path): "bilan: nouveau journal créé : \(path)"
    case .stopped: "\nbilan : arrêté ; chaque réponse tapée est enregistrée (« resume » reprend un brouillon)."
    case .welcome(let version, let journal, let count):
      "bilan \(version) — journal \(journal) (\(count) entrée\(count > 1 ? "s" : "")). Tapez help pour l'aide, quit pour sortir."
    case .due(let names): "À réévaluer : \(names) (« due » pour le détail)."
    case .unknownHelp(let name): "bilan: commande inconnue « \(name) »"
    case .helpLine: "Cette liste ; help CMD pour le détail d'une commande."
    case .quitLine: "Quitter (aussi exit, Ctrl-D)."
    case .didYouMean(let closest): " Vouliez-vous dire « \(closest) » ?"
    case .unknownCommand(let word, let hint, let help): "commande inconnue « \(word) ».\(hint) Voir « \(help) »."
    case .noCommand: "aucune commande sur cette ligne (help les liste)"
    case .moreProblems(let more): " (et \(more) autre\(more > 1 ? "s" : "") : « prompts check »)"
    case .setFileSkipped(let problem, let rest): "bilan: attention : \(problem)\(rest) ; fichier ignoré"
    case .unknownSet(let id, let known): "jeu de questions inconnu « \(id) » (connus : \(known))"
    case .addYes: "ajoutez --yes pour confirmer sans terminal"
    case .nulByte: "un octet NUL"
    case .notUTF8: "du texte non UTF-8"
    case .refusedLine(let line, let what):
      "bilan: ligne \(line) de l'entrée : \(what), refusée ; les lignes d'avant sont enregistrées (« resume » reprend)."
    case .unknownLanguage(let value):
      "bilan: attention : BILAN_LANG=« \(value) » n'est pas une langue de bilan (fr ou en) ; ignoré"
    }
  }
}
