import BilanCore

/// What `skills`, `check` and the resolution of a typed skill name say.
enum SkillMessage: MessageCatalogue {
  case noSkills
  case columnSkill
  case columnCategory
  case columnLevel
  case columnTarget
  case columnRatedOn
  case columnTrend
  case never
  case due
  case humanSkills
  case technicalSkills
  case uncategorisedSkills
  case legend
  case alreadyInCatalogue(String)
  case added(String, category: Skill.Category?)
  /// A rename to a name another skill has: the other skill, the one renamed.
  case alreadyExists(String, renaming: String)
  case renamed(String, to: String)
  case sameSkill
  case mergeQuestion(String, entries: Int, into: String)
  case nothingChanged
  case merged(String, into: String)
  case inUse(String, entries: Int)
  case removed(String)
  case notACategory(String)
  case category(Skill.Category?)
  case noSkill(String)
  case notInCatalogue(String)
  case nothingAdded
  case newSkill(String)
  case ambiguous(String, [String])
  case noEssayToCheck
  case importedWithoutSet
  case noRequirement(set: String)
  case score(met: Int, total: Int, percent: Int, complete: Int, essays: Int)

  static let samples: [SkillMessage] = [
    .noSkills, .columnSkill, .columnCategory, .columnLevel, .columnTarget, .columnRatedOn, .columnTrend, .never,
    .due, .humanSkills, .technicalSkills, .uncategorisedSkills, .legend, .alreadyInCatalogue("X"),
    .added("X", category: .human), .alreadyExists("X", renaming: "Y"), .renamed("X", to: "Y"), .sameSkill,
    .mergeQuestion("X", entries: 2, into: "Y"), .nothingChanged, .merged("X", into: "Y"), .inUse("X", entries: 2),
    .removed("X"), .notACategory("X"), .category(nil), .noSkill("X"), .notInCatalogue("X"), .nothingAdded,
    .newSkill("X"), .ambiguous("X", ["Y", "Z"]), .noEssayToCheck, .importedWithoutSet, .noRequirement(set: "X"),
    .score(met: 1, total: 2, percent: 50, complete: 1, essays: 2),
  ]
}
