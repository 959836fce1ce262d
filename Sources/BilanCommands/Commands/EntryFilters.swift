import ArgumentParser
import BilanCore
import Foundation

/// The filters `list`, `search` and `export` share. Options narrow each other; one given several times
/// takes any of its values.
struct FilterOptions: ParsableArguments {
  @Option(help: ArgumentHelp(HelpMessage.filterOptionsSkill.local, valueName: "skill"))
  var skill: [String] = []

  @Option(help: ArgumentHelp(HelpMessage.filterOptionsTag.local, valueName: "tag"))
  var tag: [String] = []

  @Option(help: ArgumentHelp(HelpMessage.filterOptionsKind.local, valueName: "kind"))
  var kind: [Entry.Kind] = []

  @Option(
    help: ArgumentHelp(
      HelpMessage.filterOptionsSince.local, valueName: "date"))
  var since: String?

  @Option(help: ArgumentHelp(HelpMessage.filterOptionsUntil.local, valueName: "date"))
  var until: String?

  @Flag(help: ArgumentHelp(HelpMessage.filterOptionsStarred.local))
  var starred = false

  /// The filter these options say, with skills and dates resolved; a name or date that means nothing
  /// stops the command with what to type instead.
  func filter(_ context: Context, _ journal: Journal) throws -> EntryFilter {
    var filter = EntryFilter()
    filter.skillIDs = try skill.map { try SkillCommands.resolve($0, context, journal, adding: false).id! }
    filter.tags = tag
    filter.kinds = kind
    filter.starredOnly = starred
    let now = context.now.date
    func period(_ text: String, _ option: String) throws -> QuickDate.Period {
      guard let period = QuickDate.period(text, now: now, zone: context.zone) else {
        throw BilanUsageError(
          context.say(EntryMessage.notADate(option: option, text: text)))
      }
      return period
    }
    filter.since = try since.map { try period($0, "--since").start }
    filter.until = try until.map { try period($0, "--until").end }
    if let since = filter.since, let until = filter.until, until <= since {
      throw BilanUsageError(
        context.say(EntryMessage.untilBeforeSince(until: self.until!, since: self.since!)))
    }
    return filter
  }
}

extension Entry.Kind: ExpressibleByArgument, CaseIterable {
  public static let allCases: [Entry.Kind] = [.assessment, .journal, .project, .review]
}

/// Entries as `list`, `search` and `show` print them for scripts (`--format json`), and the skill
/// names they show, in the language asked for.
enum EntryListing {
  /// Each summary's skill: its own, named in `language`, else the skills it names.
  static func named(_ rows: [EntrySummary], _ journal: Journal, _ context: Context) throws -> [EntrySummary] {
    var rows = rows
    let skills = Dictionary(uniqueKeysWithValues: try journal.skills().map { ($0.id!, $0) })
    let related = try journal.relatedSkills(of: rows.filter { $0.skillID == nil }.map(\.id))
    for index in rows.indices {
      if let id = rows[index].skillID, let skill = skills[id] {
        rows[index].skill = skill.name(in: context.language)
      } else if let tied = related[rows[index].id], !tied.isEmpty {
        rows[index].skill = tied.map { $0.name(in: context.language) }.joined(separator: ", ")
      }
    }
    return rows
  }

  /// The JSON shape of an entry in a listing (README, "Output for scripts").
  static func json(_ rows: [EntrySummary], _ journal: Journal, _ context: Context) throws -> [[String: Any]] {
    let tags = try journal.tags(of: rows.map(\.id))
    let skills = Dictionary(uniqueKeysWithValues: try journal.skills().map { ($0.id!, $0) })
    let related = try journal.relatedSkills(of: rows.map(\.id))
    return rows.map { row in
      var names = row.skillID.flatMap { skills[$0] }.map { [$0.name(in: context.language)] } ?? []
      names += (related[row.id] ?? []).map { $0.name(in: context.language) }.filter { !names.contains($0) }
      return [
        "id": row.id, "kind": row.kind.rawValue, "status": row.status.rawValue, "title": row.title,
        "date": row.shownDate.map { FrontMatter.rfc3339($0, utcOffset: row.utcOffset) } ?? NSNull(), "skills": names,
        "level": row.level as Any? ?? NSNull(), "tags": tags[row.id] ?? [], "starred": row.starred,
        "set": row.promptSet as Any? ?? NSNull(),
      ]
    }
  }
}
