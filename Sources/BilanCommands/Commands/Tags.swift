import ArgumentParser
import BilanCore
import Foundation

struct Star: BilanCommand {
  static let configuration = CommandConfiguration(commandName: "star", abstract: "Mark an entry with a star.")
  @Argument(help: "The entry's id (see 'list').") var id: Int64
  @OptionGroup var global: GlobalOptions

  func run(in context: Context) throws {
    try Starring.set(id, true, context)
  }
}

struct Unstar: BilanCommand {
  static let configuration = CommandConfiguration(commandName: "unstar", abstract: "Take an entry's star away.")
  @Argument(help: "The entry's id (see 'list').") var id: Int64
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
  static let configuration = CommandConfiguration(
    commandName: "tags", abstract: "The tags in use, with how many entries carry each, the most used first.")
  @Option(help: "text or json.") var format: Ratings.Format = .text
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
