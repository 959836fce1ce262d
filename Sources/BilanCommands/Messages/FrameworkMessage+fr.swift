extension FrameworkMessage {
  var fr: String {
    switch self {
    case .fileSkipped(let problem, let more):
      "fichier de référentiel ignoré : \(problem)"
        + (more == 0 ? "" : " (et \(more) autres problèmes : bilan framework check FICHIER les liste)")
    case .listed(let skills, let stages, let origin): "(\(skills) compétences ; étapes : \(stages) ; \(origin))"
    case .inUse(let stage): "← choisi, étape \(stage)"
    case .stageLine(let id, let name): "  \(id) : \(name)"
    case .skillLine(let skill, let levels): "\(skill) : \(levels)"
    case .componentLine(let name, let levels): "  · \(name) : \(levels)"
    case .checked(let file, let framework, let skills):
      "\(file) : correct (référentiel « \(framework) », \(skills) compétences)"
    case .unknownFramework(let id, let known): "référentiel inconnu « \(id) » (connus : \(known))"
    case .unknownStage(let stage, let framework, let known):
      "« \(framework) » n'a pas d'étape « \(stage) » (ses étapes : \(known))"
    case .chosen(let framework, let stage, let skills):
      "Visée : \(framework), \(stage) ; \(skills) compétences ont un niveau attendu (« skills » les montre)."
    case .unknownSkills(let names): "compétences du référentiel absentes de votre catalogue : \(names)"
    case .columnExpected: "attendu"
    case .expectedShort(let level): "attendu \(level)/5"
    case .cleared(let framework):
      "Plus aucun référentiel visé (c'était \(framework)) : skills, due, review, evidence et le site ne montrent plus de niveau attendu."
    case .noneInUse: "Aucun référentiel n'est visé : rien à retirer."
    case .chartExpected(let stage): "╎ attendu (\(stage))"
    }
  }
}
