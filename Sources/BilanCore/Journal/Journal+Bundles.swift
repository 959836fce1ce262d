import Foundation
import GRDB

/// Everything stored about one entry that showing or exporting it needs, read together.
public struct EntryBundle: Sendable {
  public var entry: Entry
  public var source: Source?
  public var answers: [String: String]
  public var tags: [String]
  public var level: Int?
  public var target: Target?
  /// The skills the entry names besides its own (a daily reflection, a project page), in order.
  public var related: [Skill]
  /// The entry's own skill.
  public var skill: Skill?
  /// The projects its anecdotes name, in order.
  public var projects: [Project] = []
}

extension Journal {
  /// The bundles of `ids` in that order, 256 at a time, read on a thread of their own while `body`
  /// handles the batch before here: an export renders and writes files on one core while SQLite reads
  /// on the other. Two batches at most wait, so memory stays flat.
  public func streamBundles(_ ids: [Int64], _ body: ([EntryBundle]) throws -> Void) throws {
    try EntryPipe<[EntryBundle]>.run(
      capacity: 2,
      produce: { push in
        for start in stride(from: 0, to: ids.count, by: 256) {
          try push(try self.bundles(Array(ids[start..<min(start + 256, ids.count)])))
        }
      },
      consume: { pipe in
        while let batches = try pipe.take() {
          for batch in batches { try body(batch) }
        }
      })
  }

  /// The bundles of `ids`, in that order (ids of missing or deleted entries are left out), read in one
  /// transaction with one query per table: an export of 100,000 entries reads them a few hundred at a
  /// time instead of asking six questions per entry.
  public func bundles(_ ids: [Int64]) throws -> [EntryBundle] {
    guard !ids.isEmpty else { return [] }
    let list = "[" + ids.map(String.init).joined(separator: ",") + "]"
    let among = "IN (SELECT value FROM json_each(?))"
    return try read { db in
      let entries = try Entry.fetchAll(
        db, sql: "SELECT * FROM entry WHERE id \(among) AND deletedAt IS NULL", arguments: [list])
      var sources: [Int64: Source] = [:]
      for source in try Source.fetchAll(db, sql: "SELECT * FROM source WHERE entryId \(among)", arguments: [list]) {
        sources[source.entryID] = source
      }
      var answers: [Int64: [String: String]] = [:]
      let answerRows = try Row.fetchCursor(
        db, sql: "SELECT entryId, questionId, text FROM answer WHERE entryId \(among)", arguments: [list])
      while let row = try answerRows.next() { answers[row[0], default: [:]][row[1]] = row[2] }
      var tags: [Int64: [String]] = [:]
      let tagRows = try Row.fetchCursor(
        db,
        sql: """
          SELECT entryTag.entryId, tag.name FROM entryTag JOIN tag ON tag.id = entryTag.tagId
          WHERE entryTag.entryId \(among) ORDER BY entryTag.entryId, entryTag.position
          """, arguments: [list])
      while let row = try tagRows.next() { tags[row[0], default: []].append(row[1]) }
      var levels: [Int64: Int] = [:]
      for row in try Row.fetchAll(
        db, sql: "SELECT entryId, level FROM rating WHERE entryId \(among)", arguments: [list])
      {
        levels[row[0]] = row[1]
      }
      var targets: [Int64: Target] = [:]
      for target in try Target.fetchAll(db, sql: "SELECT * FROM target WHERE entryId \(among)", arguments: [list]) {
        targets[target.entryID!] = target
      }
      var related: [Int64: [Skill]] = [:]
      let relatedRows = try Row.fetchAll(
        db,
        sql: """
          SELECT entrySkill.entryId AS owner, skill.* FROM entrySkill JOIN skill ON skill.id = entrySkill.skillId
          WHERE entrySkill.entryId \(among) ORDER BY entrySkill.entryId, entrySkill.position
          """, arguments: [list])
      for row in relatedRows { related[row["owner"], default: []].append(try Skill(row: row)) }
      var projects: [Int64: [Project]] = [:]
      let projectRows = try Row.fetchAll(
        db,
        sql: """
          SELECT entryProject.entryId AS owner, project.* FROM entryProject
          JOIN project ON project.id = entryProject.projectId
          WHERE entryProject.entryId \(among) ORDER BY entryProject.entryId, entryProject.position
          """, arguments: [list])
      for row in projectRows { projects[row["owner"], default: []].append(try Project(row: row)) }
      let skills = Dictionary(uniqueKeysWithValues: try Skill.fetchAll(db).map { ($0.id!, $0) })
      // Lean sources (free entries) get their front matter from the entry, as `source(of:)` gives it.
      for entry in entries where sources[entry.id!]?.isLean == true {
        sources[entry.id!]!.fill(from: entry, tags: tags[entry.id!] ?? [])
      }
      let byID = Dictionary(uniqueKeysWithValues: entries.map { ($0.id!, $0) })
      return ids.compactMap { id in
        byID[id].map { entry in
          EntryBundle(
            entry: entry, source: sources[id], answers: answers[id] ?? [:], tags: tags[id] ?? [], level: levels[id],
            target: targets[id], related: related[id] ?? [], skill: entry.skillID.flatMap { skills[$0] },
            projects: projects[id] ?? [])
        }
      }
    }
  }
}
