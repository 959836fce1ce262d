import ArgumentParser
import BilanCore
import Foundation

struct Star: BilanCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(commandName: "star", abstract: HelpMessage.star.local)
  }
  @Argument(help: ArgumentHelp(HelpMessage.sharedEntryID.local)) var id: Int64
  @OptionGroup var global: GlobalOptions

  func run(in context: Context) throws {
    try Starring.set(id, true, context)
  }
}

struct Unstar: BilanCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(commandName: "unstar", abstract: HelpMessage.unstar.local)
  }
  @Argument(help: ArgumentHelp(HelpMessage.sharedEntryID.local)) var id: Int64
  @OptionGroup var global: GlobalOptions

  func run(in context: Context) throws {
    try Starring.set(id, false, context)
  }
}

enum Starring {
  static func set(_ id: Int64, _ starred: Bool, _ context: Context) throws {
    let journal = try context.journal()
    let entry = try EntryLoader.entry(id, journal, context)
    try journal.setStarred(id, starred)
    context.out(
      context.say(starred ? TagMessage.starred(id, title: entry.title) : TagMessage.unstarred(id, title: entry.title)))
  }
}

struct TagsCommand: BilanCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "tags", abstract: HelpMessage.tags.local)
  }
  @Option(help: ArgumentHelp(HelpMessage.sharedFormat.local)) var format: Ratings.Format = .text
  @OptionGroup var global: GlobalOptions

  func run(in context: Context) throws {
    let counts = try context.journal(writing: false).tagCounts()
    if format == .json {
      try Ratings.printJSON(counts.map { ["tag": $0.name, "count": $0.count] as [String: Any] }, context)
      return
    }
    if counts.isEmpty {
      context.tell(context.say(TagMessage.noTags))

      return
    }
    let width = String(counts.map(\.count).max() ?? 0).count
    for tag in counts {
      context.out(String(tag.count).leftPadded(width) + "  " + tag.name, wrap: .none)
    }
  }
}
