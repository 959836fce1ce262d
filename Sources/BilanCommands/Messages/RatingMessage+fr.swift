extension RatingMessage {
  var fr: String {
    switch self {
    case .notALevel(let text): "« \(text) » n'est pas un niveau : un nombre entier de 1 à 5"
    case .byTakes(let by): "--by attend 2027, 2027-06 ou 2027-06-30, pas « \(by) »"
    case .alreadyPassed(let date): "\(date) est déjà passé"
    case .belowCurrent(let level): "Note : c'est sous le niveau actuel (\(level)/5)."
    case .target(let skill, let level, let by): "\(skill) : objectif \(level)/5" + (by.isEmpty ? "" : " d'ici \(by)")
    case .badCadence(let every): "« \(every) » : écrivez 30d, 6w, 3m, 1y ou default"
    case .cadence(let skill, let every, let day, let isDue):
      "\(skill) : à réévaluer tous les \(every.spelled(.fr))"
        + (day.map { isDue ? ", à réévaluer depuis le \($0)" : ", prochaine fois le \($0)" } ?? "")
    case .notRated(let skill, let summary):
      "\(skill) : pas encore évaluée" + (summary.isEmpty ? "." : " ; \(summary).")
    case .ratings(let n): "\(n) " + (n == 0 || n == 1 ? "évaluation" : "évaluations")
    case .evidence(let evidence): "  (preuve : \(evidence))"
    case .entry(let id): "  [entrée #\(id)]"
    case .nothingDue: "Rien à réévaluer."
    case .due(let skill, let level, let on, let since):
      "\(skill)  \(level)/5 le \(on), à réévaluer depuis le \(since)"
    case .summaryTarget(let level, let by): "objectif \(level)/5" + (by.isEmpty ? "" : " d'ici \(by)")
    case .summaryDueSince(let day, let every): "à réévaluer depuis le \(day) (tous les \(every.spelled(.fr)))"
    case .summaryNextDue(let day, let every): "prochaine évaluation le \(day) (tous les \(every.spelled(.fr)))"
    case .separator: " ; "
    case .skillPrompt: "Compétence :"
    case .previous(let level, let on): "Précédent : \(level)/5 le \(on)."
    case .justificationPrompt: "Justification (une ligne) : "
    case .levelNeedsEvidence(let level): "un niveau de \(level) demande une preuve"
    case .jumpNeedsEvidence(let from, let to): "passer de \(from) à \(to) demande une preuve"
    case .addEvidence(let why): "\(why) : ajoutez --evidence ID|URL (une entrée ou une page de projet qui le montre)"
    case .rated(let skill, let level, let on): "\(skill) : \(level)/5 le \(on)"
    case .before(let level, let on): " (avant : \(level)/5 le \(on))"
    case .nothingStored: "Rien n'a été enregistré."
    case .dateTakes(let date): "--date attend un jour comme 2026-09-01, pas « \(date) »"
    case .futureDate(let date): "--date \(date) est dans l'avenir"
    case .missingLevel: "Il manque le niveau : bilan rate COMPÉTENCE NIVEAU (1 à 5)"
    case .levelPrompt: "Niveau (ou :quit) : "
    case .notALevelTypeAgain(let typed): "« \(typed) » n'est pas un niveau : tapez un nombre entier de 1 à 5, ou :quit."
    case .evidencePrompt(let required):
      required
        ? "Preuve (requise : un numéro d'entrée ou une adresse) : "
        : "Preuve (un numéro d'entrée ou une adresse, facultatif) : "
    case .typeEvidence: "Tapez la preuve, ou :quit pour tout arrêter."
    case .levelCallsForEvidence: "Ce niveau demande une preuve : un projet, un résultat, une entrée."
    case .noEntry(let id): "Pas d'entrée #\(id) (voir « list »)."
    }
  }
}
