import BilanCore
import Foundation

/// The core's `EssayLoader` with this run's question sets, its refusals told in the user's language.
enum EntryLoader {
  typealias Loaded = EssayLoader.Loaded

  static let noSet = EssayLoader.noSet

  static func entry(_ id: Int64, _ journal: Journal, _ context: Context) throws -> Entry {
    try told(context) { try EssayLoader.entry(id, journal) }
  }

  static func essay(_ entry: Entry, _ journal: Journal, _ context: Context) throws -> Loaded {
    try told(context) { try EssayLoader.essay(entry, journal, context.prompts) }
  }

  static func essay(_ bundle: EntryBundle, _ context: Context, projectPages: ProjectPages? = nil) throws -> Loaded {
    try told(context) { try EssayLoader.essay(bundle, context.prompts, projectPages: projectPages) }
  }

  static func promptSet(of entry: Entry, _ context: Context) throws -> PromptSet {
    try told(context) { try EssayLoader.promptSet(of: entry, context.prompts) }
  }

  static func subject(_ entry: Entry, _ journal: Journal) throws -> Subject {
    try EssayLoader.subject(entry, journal)
  }

  private static func told<T>(_ context: Context, _ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let error as EssayLoadError {
      throw BilanError(error.message(context.language))
    }
  }
}
