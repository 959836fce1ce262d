import ArgumentParser
import BilanCore
import Foundation

struct List: BilanCommand {
  static let configuration = CommandConfiguration(
    abstract: "List entries, newest first: id, date, skill, title, level, and a mark on drafts.")

  @Option(name: .short, help: "How many entries to show.")
  var n: Int = 20

  @Flag(help: "Show every entry.")
  var all = false

  @OptionGroup var global: GlobalOptions

  func validate() throws {
    guard n >= 0 else { throw ValidationError("-n takes a number of entries, 0 or more") }
  }

  func run(in context: Context) throws {
    let journal = try context.journal(writing: false)
    var rows = try journal.summaries(limit: all ? nil : n)
    // Catalogue skills are named in the language of the listing.
    let skills = Dictionary(uniqueKeysWithValues: try journal.skills().map { ($0.id!, $0) })
    // A daily reflection or a project page shows the skills it is tied to.
    let related = try journal.relatedSkills(of: rows.filter { $0.skillID == nil }.map(\.id))
    for index in rows.indices {
      if let id = rows[index].skillID, let skill = skills[id] {
        rows[index].skill = skill.name(in: context.language)
      } else if let tied = related[rows[index].id], !tied.isEmpty {
        rows[index].skill = tied.map { $0.name(in: context.language) }.joined(separator: ", ")
      }
    }
    if rows.isEmpty {
      context.tell(
        context.say(
          "Le journal est vide : commencez par « assess COMPÉTENCE ».",
          "The journal is empty: start with 'assess SKILL'."))
      return
    }
    let skillWidth = min(30, rows.map { ($0.skill ?? "-").count }.max() ?? 1)
    let titleWidth = min(40, rows.map { $0.title.count }.max() ?? 1)
    let idWidth = rows.map { String($0.id).count }.max() ?? 1
    for row in rows {
      let id = String(row.id).leftPadded(idWidth)
      let skill = EntryFormat.cut(row.skill ?? "-", skillWidth)
      let title = EntryFormat.cut(row.title, titleWidth)
      let level = row.level.map { "\($0)/5" } ?? "-  "
      let draft = (row.status == .draft ? "  " + context.say("brouillon", "draft") : "") + (row.starred ? "  ★" : "")
      let line = "\(id)  \(EntryFormat.day(row.shownDate, row.utcOffset))  \(skill)  \(title)  \(level)\(draft)"
      context.out(Terminal.safe(line.trimmingTrailingSpaces()))
    }
  }
}

/// Shared formatting of entry fields for the terminal.
enum EntryFormat {
  static func day(_ date: Date, _ utcOffset: Int) -> String {
    String(FrontMatter.rfc3339(date, utcOffset: utcOffset).prefix(10))
  }

  static func dateTime(_ date: Date, _ utcOffset: Int) -> String {
    let full = FrontMatter.rfc3339(date, utcOffset: utcOffset)
    return full.prefix(10) + " " + full.dropFirst(11).prefix(5)
  }

  /// Cuts or pads to `width` characters, so columns line up.
  static func cut(_ text: String, _ width: Int) -> String {
    let flat = text.replacingOccurrences(of: "\n", with: " ")
    if flat.count > width { return flat.prefix(width - 1) + "…" }
    return flat.padding(toLength: width, withPad: " ", startingAt: 0)
  }
}

extension String {
  func leftPadded(_ width: Int) -> String {
    count >= width ? self : String(repeating: " ", count: width - count) + self
  }

  func trimmingTrailingSpaces() -> String {
    var s = Substring(self)
    while s.last == " " { s = s.dropLast() }
    return String(s)
  }
}
