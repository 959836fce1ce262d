import Foundation
import GRDB

/// A skill's standing: its ratings over time, its target, when it is due again.
public struct SkillStanding: Sendable, Equatable {
  public var skill: Skill
  /// Oldest first; drafts' ratings left out.
  public var ratings: [Rating]
  public var target: Target?
  public var cadence: Cadence
  /// When it is due again; nil when never rated.
  public var due: Date?

  public var current: Rating? { ratings.last }
  public func isDue(at now: Date) -> Bool { due.map { $0 <= now } ?? false }
}

extension Array where Element == SkillStanding {
  /// Human skills, then technical ones, then the rest; by name in the language shown within each (the
  /// order of `skills`, of the overview page and of the radar's axes).
  public func inDisplayOrder(_ language: Language) -> [SkillStanding] {
    let order: [Skill.Category?] = [.human, .technical, nil]
    return sorted {
      let (a, b) = (order.firstIndex(of: $0.skill.category) ?? 2, order.firstIndex(of: $1.skill.category) ?? 2)
      return a != b
        ? a < b : Skill.key(for: $0.skill.name(in: language)) < Skill.key(for: $1.skill.name(in: language))
    }
  }
}

extension Journal {
  /// Stores a rating given on its own (`rate`), not by an interview.
  @discardableResult
  public func rate(skillID: Int64, level: Int, note: String, evidence: String, at date: Date) throws -> Rating {
    try write { db in
      var rating = Rating(skillID: skillID, entryID: nil, level: level, note: note, evidence: evidence, ratedAt: date)
      try rating.insert(db)
      return rating
    }
  }

  /// Every rating of a skill that counts (given on its own or by a finished interview), oldest first.
  public func ratings(of skillID: Int64) throws -> [Rating] {
    try read { db in
      try Rating.fetchAll(
        db,
        sql: "SELECT * FROM rating WHERE skillId = ? AND \(Journal.settled) ORDER BY ratedAt, id",
        arguments: [skillID])
    }
  }

  /// The latest rating that counts before `date`, leaving one entry's own rating out.
  public func previousRating(of skillID: Int64, before date: Date, excluding entryID: Int64? = nil) throws -> Rating? {
    try ratings(of: skillID).last { $0.ratedAt <= date && ($0.entryID == nil || $0.entryID != entryID) }
  }

  /// Sets where a skill is aimed (`target`): a record of its own, the newest one counts.
  @discardableResult
  public func setTarget(skillID: Int64, level: Int, due: String, at date: Date) throws -> Target {
    try write { db in
      var target = Target(skillID: skillID, entryID: nil, level: level, due: due, setAt: date)
      try target.insert(db)
      return target
    }
  }

  public func setCadence(skillID: Int64, to cadence: Cadence?) throws {
    try write { db in
      try db.execute(sql: "UPDATE skill SET cadence = ? WHERE id = ?", arguments: [cadence?.description, skillID])
    }
  }

  /// Every skill's standing, with its cadence (its own, else `standard`).
  public func standings(standard: Cadence, zone: TimeZone) throws -> [SkillStanding] {
    try read { db in
      let ratings = Dictionary(
        grouping: try Rating.fetchAll(db, sql: "SELECT * FROM rating WHERE \(Journal.settled) ORDER BY ratedAt, id"),
        by: \.skillID)
      let targets = try Target.fetchAll(
        db, sql: "SELECT * FROM target WHERE \(Journal.settled) ORDER BY setAt, id")
      return try Skill.fetchAll(db).map { skill in
        let cadence = skill.cadence.flatMap(Cadence.init) ?? standard
        let mine = ratings[skill.id!] ?? []
        return SkillStanding(
          skill: skill, ratings: mine, target: targets.last { $0.skillID == skill.id }, cadence: cadence,
          due: mine.last.map { cadence.due(after: $0.ratedAt, in: zone) })
      }
    }
  }
}

extension Journal {
  /// The skills due for re-rating at `now`, the longest-waiting first. A skill never rated is not due.
  public func dueSkills(standard: Cadence, zone: TimeZone, now: Date) throws -> [SkillStanding] {
    try standings(standard: standard, zone: zone).filter { $0.isDue(at: now) }.sorted { $0.due! < $1.due! }
  }
}
