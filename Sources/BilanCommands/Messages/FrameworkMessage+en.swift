extension FrameworkMessage {
  var en: String {
    switch self {
    case .fileSkipped(let problem, let more):
      "framework file skipped: \(problem)"
        + (more == 0 ? "" : " (and \(more) more problems: bilan framework check FILE lists them)")
    case .listed(let skills, let stages, let origin): "(\(skills) skills; stages: \(stages); \(origin))"
    case .inUse(let stage): "← in use, stage \(stage)"
    case .stageLine(let id, let name): "  \(id): \(name)"
    case .skillLine(let skill, let levels): "\(skill): \(levels)"
    case .componentLine(let name, let levels): "  · \(name): \(levels)"
    case .checked(let file, let framework, let skills): "\(file): ok (framework '\(framework)', \(skills) skills)"
    case .unknownFramework(let id, let known): "unknown framework '\(id)' (known: \(known))"
    case .unknownStage(let stage, let framework, let known):
      "'\(framework)' has no stage '\(stage)' (its stages: \(known))"
    case .chosen(let framework, let stage, let skills):
      "Aiming at \(framework), \(stage): \(skills) skills have an expected level ('skills' shows them)."
    case .unknownSkills(let names): "skills of the framework not in your catalogue: \(names)"
    case .columnExpected: "expected"
    case .expectedShort(let level): "expected \(level)/5"
    case .cleared(let framework):
      "No framework aimed at any more (it was \(framework)): skills, due, review, evidence and the site show no expected level."
    case .noneInUse: "No framework is aimed at: nothing to clear."
    case .chartExpected(let stage): "╎ expected (\(stage))"
    }
  }
}
