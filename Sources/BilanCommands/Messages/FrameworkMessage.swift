import BilanCore

/// What `framework` says, and the expected levels other commands show.
enum FrameworkMessage: MessageCatalogue {
  case fileSkipped(String, more: Int)
  case listed(skills: Int, stages: String, origin: String)
  case inUse(stage: String)
  case stageLine(id: String, name: String)
  case skillLine(skill: String, levels: String)
  case componentLine(name: String, levels: String)
  case checked(file: String, framework: String, skills: Int)
  case unknownFramework(String, known: String)
  case unknownStage(String, framework: String, known: String)
  case chosen(framework: String, stage: String, skills: Int)
  case unknownSkills(String)
  case columnExpected
  case expectedShort(Int)
  case cleared(framework: String)
  case noneInUse
  case chartExpected(stage: String)

  static let samples: [FrameworkMessage] = [
    .fileSkipped("X", more: 2), .listed(skills: 2, stages: "X", origin: "Y"), .inUse(stage: "X"),
    .stageLine(id: "X", name: "Y"), .skillLine(skill: "X", levels: "Y"), .componentLine(name: "X", levels: "Y"),
    .checked(file: "X", framework: "Y", skills: 2), .unknownFramework("X", known: "Y"),
    .unknownStage("X", framework: "Y", known: "Z"), .chosen(framework: "X", stage: "Y", skills: 2),
    .unknownSkills("X"), .columnExpected, .expectedShort(3), .cleared(framework: "X"), .noneInUse,
    .chartExpected(stage: "X"),
  ]
}
