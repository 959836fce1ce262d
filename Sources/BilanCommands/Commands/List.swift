import ArgumentParser
import BilanCore
import Foundation

struct List: BilanCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "list",
      abstract: HelpMessage.list.local,
      discussion: HelpMessage.listMore.local)
  }

  @Option(name: .short, help: ArgumentHelp(HelpMessage.listN.local))
  var n: Int = 20

  @Flag(help: ArgumentHelp(HelpMessage.listAll.local))
  var all = false

  @OptionGroup var filters: FilterOptions

  @Option(help: ArgumentHelp(HelpMessage.sharedFormat.local)) var format: Ratings.Format = .text

  @OptionGroup var global: GlobalOptions

  func validate() throws {
    guard n >= 0 else { throw ValidationError(UsageMessage.negativeCount.local) }
  }

  func run(in context: Context) throws {
    let journal = try context.journal(writing: false)
    let filter = try filters.filter(context, journal)
    let found = try journal.summaries(matching: filter, limit: all ? nil : n)
    if format == .json {
      try Ratings.printJSON(try EntryListing.json(found, journal, context), context)
      return
    }
    let rows = try EntryListing.named(found, journal, context)
    if rows.isEmpty {
      context.tell(
        filter.isEmpty
          ? context.say(EntryMessage.emptyJournal) : context.say(EntryMessage.noMatch))
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
      let draft = (row.status == .draft ? "  " + context.say(EntryMessage.draft) : "") + (row.starred ? "  ★" : "")
      let day = EntryFormat.listed(row, context)
      let line = "\(id)  \(day)  \(skill)  \(title)  \(level)\(draft)"
      // On a narrow terminal a row goes on under its title, cut between words like any line.
      let titleColumn = idWidth + 2 + TextWrap.columns(day) + 2 + TextWrap.columns(skill) + 2
      context.out(line.trimmingTrailingSpaces(), wrap: .hanging(titleColumn))
    }
  }
}

/// Shared formatting of entry fields for the terminal.
enum EntryFormat {
  static func day(_ date: Date, _ utcOffset: Int) -> String {
    String(FrontMatter.rfc3339(date, utcOffset: utcOffset).prefix(10))
  }

  /// A listing's date column: the day, or a word for an entry that has none, as wide as a day.
  static func listed(_ row: EntrySummary, _ context: Context) -> String {
    guard let date = row.shownDate else { return cut(context.say(EntryMessage.undated), 10) }
    return day(date, row.utcOffset)
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
