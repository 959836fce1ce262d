import Foundation

/// A periodic review: what moved, what did not, how far each target is, the projects of the period,
/// each figure read from a stored rating or entry (issue 21). Built by `Review.build`, written as an
/// essay by `ReviewEssay`.
public struct Review: Sendable {
  /// From `since` (included) to `until` (excluded).
  public var since: Date
  public var until: Date
  /// The skills whose level changed in the period (or were first rated in it), display order.
  public var moved: [Moved]
  /// The rated skills whose level did not change, with whether each is due.
  public var unmoved: [Unmoved]
  public var targets: [TargetDistance]
  public var projects: [ProjectMention]
  /// The framework and stage in force, when one is chosen.
  public var expectation: Expectation?
  /// How many entries of the period were read.
  public var entryCount: Int

  public struct Moved: Sendable {
    public var skill: Skill
    /// The level in force when the period began; nil when first rated in it.
    public var before: Rating?
    /// The ratings given in the period, oldest first: the last is the level after.
    public var ratings: [Rating]
    public var entries: [ReviewEntry]
    public var expected: Int?
    public var after: Rating { ratings.last! }
  }

  public struct Unmoved: Sendable {
    public var skill: Skill
    public var current: Rating
    /// Re-rated in the period at the same level.
    public var ratings: [Rating]
    public var entries: [ReviewEntry]
    public var due: Date?
    public var isDue: Bool
    public var expected: Int?
  }

  public struct TargetDistance: Sendable {
    public var skill: Skill
    public var target: Target
    public var current: Int?
    /// Levels still to climb (0 when reached).
    public var gap: Int { max(0, target.level - (current ?? 0)) }
  }

  public struct ProjectMention: Sendable {
    public var name: String
    public var entries: [ReviewEntry]
  }

  /// The review of `since..<until` over the journal, for `skillIDs` (every skill when empty).
  public static func build(
    _ journal: Journal, since: Date, until: Date, skillIDs: [Int64] = [], standard: Cadence, zone: TimeZone,
    now: Date, expectation: Expectation?, language: Language
  ) throws -> Review {
    let standings = try journal.standings(standard: standard, zone: zone).inDisplayOrder(language)
      .filter { skillIDs.isEmpty || skillIDs.contains($0.skill.id!) }
    let entries = try journal.reviewEntries(since: since, until: until)
    var moved: [Moved] = []
    var unmoved: [Unmoved] = []
    var targets: [TargetDistance] = []
    for standing in standings {
      let skill = standing.skill
      let naming = entries.filter { $0.skillIDs.contains(skill.id!) }
      let before = standing.ratings.last { $0.ratedAt < since }
      let during = standing.ratings.filter { $0.ratedAt >= since && $0.ratedAt < until }
      let expected = expectation?.level(of: skill)
      if let after = during.last, after.level != before?.level {
        moved.append(Moved(skill: skill, before: before, ratings: during, entries: naming, expected: expected))
      } else if let current = during.last ?? before {
        unmoved.append(
          Unmoved(
            skill: skill, current: current, ratings: during, entries: naming, due: standing.due,
            isDue: standing.isDue(at: now), expected: expected))
      }
      if let target = standing.target {
        let current = (during.last ?? before)?.level
        targets.append(TargetDistance(skill: skill, target: target, current: current))
      }
    }
    var byProject: [String: [ReviewEntry]] = [:]
    var order: [String] = []
    let reviewed = Set(standings.map { $0.skill.id! })
    for entry in entries where skillIDs.isEmpty || !reviewed.isDisjoint(with: entry.skillIDs) {
      for project in entry.projects {
        if byProject[project] == nil { order.append(project) }
        byProject[project, default: []].append(entry)
      }
    }
    return Review(
      since: since, until: until, moved: moved, unmoved: unmoved, targets: targets,
      projects: order.map { ProjectMention(name: $0, entries: byProject[$0]!) }, expectation: expectation,
      entryCount: entries.count)
  }
}
