import BilanCore

extension SkillMessage {
  var en: String {
    switch self {
    case .noSkills: "No skills: 'skills add NAME'."
    case .columnSkill: "skill"
    case .columnCategory: "category"
    case .columnLevel: "level"
    case .columnTarget: "target"
    case .columnRatedOn: "rated on"
    case .columnTrend: "trend"
    case .never: "never"
    case .due: "due"
    case .humanSkills: "Human skills"
    case .technicalSkills: "Technical skills"
    case .uncategorisedSkills: "Uncategorised"
    case .legend: "█ current level   ┃ target   · not rated yet"
    case .alreadyInCatalogue(let name): "'\(name)' is already in the catalogue."
    case .added(let name, let category): "Skill '\(name)' added (\(SkillMessage.category(category).en))."
    case .alreadyExists(let other, let renamed):
      "'\(other)' already exists: to join the two, 'skills merge \"\(renamed)\" \"\(other)\"'."
    case .renamed(let old, let new): "'\(old)' is now '\(new)'."
    case .sameSkill: "Those are the same skill."
    case .mergeQuestion(let old, let entries, let kept): "Merge '\(old)' (\(entries) entries) into '\(kept)'?"
    case .nothingChanged: "Nothing changed."
    case .merged(let old, let kept): "'\(old)' is merged into '\(kept)'."
    case .inUse(let name, let n):
      "'\(name)' is used by \(n) \(n == 1 ? "entry" : "entries"): add --yes to remove it anyway (the entries stay), "
        + "or join it to another with 'skills merge'."
    case .removed(let name): "'\(name)' is removed from the catalogue."
    case .notACategory(let category): "'\(category)' is not a category: human, technical or none"
    case .category(let category):
      switch category {
      case .human: "human"
      case .technical: "technical"
      case nil: "uncategorised"
      }
    case .noSkill(let typed): "No skill '\(typed)' (see 'skills')."
    case .notInCatalogue(let typed): "'\(typed)' is not in the catalogue. Add it?"
    case .nothingAdded: "Nothing was added."
    case .newSkill(let typed):
      "bilan: new skill '\(typed)' added to the catalogue, with no category yet ('skills category' sets it)."
    case .ambiguous(let typed, let names):
      "'\(typed)' matches several skills; say which:\n" + names.map { "  " + $0 }.joined(separator: "\n")
    case .noEssayToCheck: "No finished essay to check."
    case .importedWithoutSet: "  an imported file with no question set: nothing to check"
    case .noRequirement(let set): "  the set '\(set)' states no requirement"
    case .score(let met, let total, let percent, let complete, let essays):
      "Score: \(met)/\(total) requirements met (\(percent)%), \(complete) of \(essays) essays complete."
    }
  }
}
