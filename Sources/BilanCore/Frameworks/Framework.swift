import Foundation

/// A framework: the level expected of each skill (or part of a skill) at each stage of a school's years
/// or a company's ladder, loaded from YAML as question sets are (`frameworks/README.md`).
public struct Framework: Sendable, Equatable {
  public var id: String
  public var version: Int
  public var title: LocalizedText
  public var description: LocalizedText?
  /// The framework's own words for levels (`acquis: 3`), read as bilan's 1–5 scale.
  public var levels: [String: Int]
  /// In order: year 1, year 2…; a ladder's rungs.
  public var stages: [Stage]
  public var skills: [Item]

  public struct Stage: Sendable, Equatable {
    public var id: String
    public var name: LocalizedText
  }

  /// One skill of the framework: a catalogue id (`autonomy`) or a name matched as every skill's is.
  public struct Item: Sendable, Equatable {
    public var skill: String
    /// The level expected at each stage, by stage id; a stage left out expects nothing.
    public var expected: [String: Int]
    public var components: [Component]
  }

  /// A part of a skill with levels of its own (a BUT's *apprentissage critique*): an entry tied to the
  /// skill and tagged with its id is evidence of it.
  public struct Component: Sendable, Equatable {
    public var id: String
    public var name: LocalizedText
    public var expected: [String: Int]
  }

  public func stage(_ id: String) -> Stage? { stages.first { $0.id == id } }

  /// The framework's item for a skill: by its catalogue id, else by one of its names.
  public func item(for skill: Skill) -> Item? {
    if let id = skill.catalogID, let found = skills.first(where: { $0.skill == id }) { return found }
    return skills.first { skill.names.contains(Skill.key(for: $0.skill)) }
  }

  /// The level expected of a skill at a stage.
  public func expected(_ skill: Skill, at stage: String) -> Int? {
    item(for: skill)?.expected[stage]
  }
}

/// Which framework the user aims at, and at which stage (`framework use ID --stage S`).
public struct FrameworkChoice: Sendable, Equatable, Codable {
  public var framework: String
  public var stage: String
  public var chosenAt: Date

  public init(framework: String, stage: String, chosenAt: Date) {
    self.framework = framework
    self.stage = stage
    self.chosenAt = chosenAt
  }
}

/// The framework in force with its stage: what `skills`, `due`, `review` and `evidence` show beside the
/// user's own levels.
public struct Expectation: Sendable {
  public var framework: Framework
  public var stage: Framework.Stage

  public init(framework: Framework, stage: Framework.Stage) {
    self.framework = framework
    self.stage = stage
  }

  public func level(of skill: Skill) -> Int? { framework.expected(skill, at: stage.id) }
}
