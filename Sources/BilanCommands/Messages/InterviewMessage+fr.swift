extension InterviewMessage {
  var fr: String {
    switch self {
    case .endOfInput: "fin de l'entrée"
    case .noEntry(let id): "Pas d'entrée #\(id) (voir « list »)."
    case .answerRefused: "réponse refusée"
    case .requiredAnswer: "  Cette réponse est requise par la grille : « check » la signalera."
    case .fewWords(let words, let minimum):
      "  \(words) \(words > 1 ? "mots" : "mot") ; la grille en demande au moins \(minimum). Vous pourrez compléter avec « edit »."
    case .byWhen: "  D'ici quand ? (2027-06, 2027-06-30 ou 2027)"
    case .editOnlyText: ":edit sert aux réponses en plusieurs lignes."
    case .alreadyFirst: "Déjà à la première question."
    case .dateInPast(let due):
      "\(due) est déjà passé : un objectif se fixe dans l'avenir (ou :back pour changer le niveau)."
    case .notADate(let typed):
      "« \(typed) » n'est pas une date : tapez 2027-06, 2027-06-30 ou 2027 (ou :back pour changer le niveau)."
    case .evidenceNeeded:
      "Ce niveau demande une preuve : un projet, un résultat, un numéro d'entrée ou une adresse (ou :back pour changer le niveau)."
    case .yesOrNo: "Répondez o (oui) ou n (non)."
    case .kept(let id, let resume): "brouillon #\(id) gardé ; reprenez-le avec « \(resume) »."
    case .keptBecause(let why, let kept): "\(why) : \(kept)"
    case .addSkill(let typed): "« \(typed) » n'est pas dans le catalogue. L'ajouter ?"
    case .skillsAgain: "Retapez la liste des compétences."
    case .skillAdded(let typed): "Nouvelle compétence « \(typed) » ajoutée au catalogue (sans catégorie)."
    case .createProject(let name): "Créer le projet « \(name) » ?"
    case .projectAgain: "Retapez le nom du projet (« projects » liste ceux que vous avez)."
    case .projectAdded(let name): "Nouveau projet « \(name) » créé (voir « projects »)."
    case .addAnecdote: "Ajouter une anecdote ? [o/N]"
    case .anotherAnecdote(let count, let max):
      "Une autre anecdote ? (\(count) racontée\(count > 1 ? "s" : ""), \(max) au maximum) [o/N]"
    case .severalLines:
      "  Plusieurs lignes possibles ; terminez par une ligne « . ». Commandes : :hint :back :skip :edit :quit"
    case .oneItemALine:
      "  Un élément par ligne ; terminez par une ligne « . ». Commandes : :hint :back :skip :edit :quit"
    case .previousRating(let level, let day): "  Précédent : \(level)/5 le \(day)."
    case .levelThenDate(let commands): "  Le niveau visé, puis la date, une ligne chacun. Commandes : \(commands)"
    case .skillsLine(let commands): "  Une ligne, noms séparés par des virgules. Commandes : \(commands)"
    case .oneLine(let commands): "  Une ligne. Commandes : \(commands)"
    case .currentAnswer: "  Réponse actuelle (réponse vide pour la garder) :"
    case .typedSoFar: "  Déjà tapé :"
    }
  }
}
