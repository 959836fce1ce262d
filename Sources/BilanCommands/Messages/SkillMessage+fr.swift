import BilanCore

extension SkillMessage {
  var fr: String {
    switch self {
    case .noSkills: "Aucune compétence : « skills add NOM »."
    case .columnSkill: "compétence"
    case .columnCategory: "catégorie"
    case .columnLevel: "niveau"
    case .columnTarget: "objectif"
    case .columnRatedOn: "évaluée le"
    case .columnTrend: "tend."
    case .never: "jamais"
    case .due: "à réévaluer"
    case .humanSkills: "Compétences humaines"
    case .technicalSkills: "Compétences techniques"
    case .uncategorisedSkills: "Sans catégorie"
    case .legend: "█ niveau actuel   ┃ objectif   · pas encore évaluée"
    case .alreadyInCatalogue(let name): "« \(name) » est déjà dans le catalogue."
    case .added(let name, let category): "Compétence « \(name) » ajoutée (\(SkillMessage.category(category).fr))."
    case .alreadyExists(let other, let renamed):
      "« \(other) » existe déjà : pour réunir les deux, « skills merge \"\(renamed)\" \"\(other)\" »."
    case .renamed(let old, let new): "« \(old) » s'appelle maintenant « \(new) »."
    case .sameSkill: "C'est la même compétence."
    case .mergeQuestion(let old, let entries, let kept): "Réunir « \(old) » (\(entries) entrées) dans « \(kept) » ?"
    case .nothingChanged: "Rien n'a changé."
    case .merged(let old, let kept): "« \(old) » est réunie dans « \(kept) »."
    case .inUse(let name, let n):
      "« \(name) » est utilisée par \(n) \(n == 0 || n == 1 ? "entrée" : "entrées") : ajoutez --yes pour la retirer "
        + "quand même (les entrées restent), ou réunissez-la avec « skills merge »."
    case .removed(let name): "« \(name) » est retirée du catalogue."
    case .notACategory(let category): "« \(category) » n'est pas une catégorie : humaine, technique ou aucune"
    case .category(let category):
      switch category {
      case .human: "humaine"
      case .technical: "technique"
      case nil: "sans catégorie"
      }
    case .noSkill(let typed): "Aucune compétence « \(typed) » (voir « skills »)."
    case .notInCatalogue(let typed): "« \(typed) » n'est pas dans le catalogue. L'ajouter ?"
    case .nothingAdded: "Rien n'a été ajouté."
    case .newSkill(let typed):
      "bilan: nouvelle compétence « \(typed) » ajoutée au catalogue, sans catégorie (« skills category » la range)."
    case .ambiguous(let typed, let names):
      "« \(typed) » désigne plusieurs compétences ; précisez :\n"
        + names.map { "  " + $0 }.joined(separator: "\n")
    case .noEssayToCheck: "Aucun essai terminé à vérifier."
    case .importedWithoutSet: "  fichier importé sans jeu de questions : rien à vérifier"
    case .noRequirement(let set): "  le jeu « \(set) » ne fixe aucune exigence"
    case .score(let met, let total, let percent, let complete, let essays):
      "Score : \(met)/\(total) exigences remplies (\(percent) %), essais complets : \(complete) sur \(essays)."
    }
  }
}
