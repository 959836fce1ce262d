extension EntryMessage {
  var fr: String {
    switch self {
    case .draft: "brouillon"
    case .undated: "sans date"
    // French puts a space before the colon.
    case .description(let value): "Description : \(value)"
    case .tags(let value): "Étiquettes : \(value)"
    case .level(let value): "Niveau : \(value)"
    case .target(let level, let name, let due): "Objectif : \(level)/5 — \(name), d'ici \(due)"
    case .skills(let value): "Compétences : \(value)"
    case .file(let value): "Fichier : \(value)"
    case .questions(let set): "Questions : \(set)"
    case .noChange: "Aucun changement."
    case .editRefused(let saved, let line, let problem, let id):
      "\(saved):\(line): \(problem). L'entrée #\(id) n'a pas changé ; votre texte est gardé dans ce fichier."
    case .updated(let id): "Entrée #\(id) mise à jour."
    case .noDraft(let id): "Pas de brouillon #\(id) (voir « drafts »)."
    case .discard(let id, let title): "Jeter le brouillon #\(id) (\(title)) ?"
    case .nothingDiscarded: "Rien n'a été jeté."
    case .discarded(let id): "Brouillon #\(id) jeté."
    case .noDrafts: "Aucun brouillon."
    case .question: "question"
    case .nothingToWrite: "Rien à écrire : bilan write \"Titre. Texte\""
    case .badDate(let date):
      "--date « \(date) » : écrivez 2026-11-28, \"2026-11-28 14:30\", today, yesterday ou -3d"
    case .titleThenText: "Titre puis texte ; une ligne « . » pour finir."
    case .noDraftToContinue: "Aucun brouillon à reprendre."
    case .noSuchDraft(let id): "Pas d'entrée #\(id) (voir « drafts »)."
    case .finished(let id): "L'entrée #\(id) est terminée ; modifiez-la avec « edit \(id) »."
    case .continuing(let title, let id, let question, let count):
      "Reprise de « \(title) » (#\(id)), question \(question)/\(count)."
    case .emptyJournal: "Le journal est vide : commencez par « assess COMPÉTENCE »."
    case .noMatch: "Aucune entrée ne répond à ces filtres."
    case .searchWhat: "Que chercher ? bilan search MOTS"
    case .invalidSearch(let query, let reason):
      "la recherche « \(query) » n'est pas valide (\(reason)) : mettez entre guillemets les mots qui contiennent - : * ( ou \"."
    case .nothingFound: "Rien trouvé."
    case .notADate(let option, let text):
      "\(option) « \(text) » n'est pas une date : écrivez 2026-11-28, 2026-11, 2026, today, yesterday ou -7d."
    case .untilBeforeSince(let until, let since):
      "--until (\(until)) est avant --since (\(since)) : rien ne peut s'y trouver."
    }
  }
}
