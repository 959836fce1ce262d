extension PromptMessage {
  var fr: String {
    switch self {
    case .shipped: "fourni avec bilan"
    case .replaces(let shown): "\(shown) (remplace celui de bilan)"
    case .questions(let count, let origin): "(\(count) questions, \(origin))"
    case .generated: "   (section construite à partir des liens donnés)"
    case .range(let min, let max): "de \(min) à \(max)"
    case .required: "requis"
    case .minWords(let words): "≥ \(words) mots"
    case .kind(let kind):
      switch kind {
      case .text: "texte"
      case .line: "ligne"
      case .list: "liste"
      case .anecdotes: "anecdotes"
      case .rating: "niveau"
      case .evidence: "preuves"
      case .target: "objectif"
      case .tags: "étiquettes"
      case .links: "liens"
      case .link: "lien"
      case .skills: "compétences"
      case .generated: "généré"
      }
    case .unreadable: "fichier introuvable ou illisible"
    case .skillsChecked(let file, let skills): "\(file) : correct (catalogue de \(skills) compétences)"
    case .setChecked(let file, let set, let questions): "\(file) : correct (jeu « \(set) », \(questions) questions)"
    }
  }
}
