import Foundation
import GRDB

/// Which entries `list`, `search` and `export` take. Each option narrows the others; an option given
/// several times takes any of its values (`--tag a --tag b`: entries tagged a or b).
public struct EntryFilter: Sendable, Equatable {
  /// Entries about one of these skills: their own skill, the skills they name (a daily reflection, a
  /// quick entry), or the skills of their project.
  public var skillIDs: [Int64] = []
  public var tags: [String] = []
  public var kinds: [Entry.Kind] = []
  /// From this instant (included) to `until` (excluded), on the date an entry is shown with: an entry
  /// shown with none (an undated imported file) is in no period.
  public var since: Date?
  public var until: Date?
  public var starredOnly = false
  public var finishedOnly = false

  public init() {}

  public var isEmpty: Bool { self == EntryFilter() }

  /// The SQL condition on the entry aliased `e`, with its arguments. Every part is an indexed lookup
  /// or a test on the row at hand, so a filtered listing reads entries newest first and stops at `-n`.
  func condition() -> (sql: String, arguments: StatementArguments) {
    var parts = ["e.deletedAt IS NULL"]
    var arguments = StatementArguments()
    func list(_ values: [some DatabaseValueConvertible]) -> String {
      for value in values { arguments += [value] }
      return Array(repeating: "?", count: values.count).joined(separator: ", ")
    }
    if !skillIDs.isEmpty {
      let own = list(skillIDs)
      let named = list(skillIDs)
      let project = list(skillIDs)
      parts.append(
        """
        (e.skillId IN (\(own))
         OR EXISTS (SELECT 1 FROM entrySkill WHERE entryId = e.id AND skillId IN (\(named)))
         OR e.projectId IN (SELECT projectId FROM projectSkill WHERE skillId IN (\(project))))
        """)
    }
    if !tags.isEmpty {
      parts.append(
        """
        EXISTS (SELECT 1 FROM entryTag WHERE entryTag.entryId = e.id AND entryTag.tagId IN (
                  SELECT id FROM tag WHERE ltrim(name, '@#') COLLATE NOCASE IN (\(list(tags.map(Self.bare))))))
        """)
    }
    if !kinds.isEmpty { parts.append("e.kind IN (\(list(kinds.map(\.rawValue))))") }
    if let since {
      parts.append("\(EntrySummary.day) >= ?")
      arguments += [since]
    }
    if let until {
      parts.append("\(EntrySummary.day) < ?")
      arguments += [until]
    }
    if starredOnly { parts.append("e.starred") }
    if finishedOnly { parts.append("e.status = 'done'") }
    return (parts.joined(separator: " AND "), arguments)
  }

  /// A tag as typed, without the `@` or `#` jrnl writes before it: `--tag team` finds `@team`.
  static func bare(_ tag: String) -> String {
    String(tag.trimmingCharacters(in: .whitespaces).drop { $0 == "@" || $0 == "#" })
  }
}
