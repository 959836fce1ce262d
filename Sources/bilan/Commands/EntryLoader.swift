import BilanCore
import Foundation

/// Gathers what it takes to show, edit or export one entry.
enum EntryLoader {
  static func promptSet(of entry: Entry) throws -> PromptSet {
    let id = entry.promptSet ?? PromptLibrary.defaultSetID
    guard let set = try PromptLibrary.shipped(id) else {
      throw BilanError("entry #\(entry.id ?? 0) uses the question set '\(id)', which this bilan does not have")
    }
    return set
  }

  static func skillName(_ entry: Entry, _ journal: Journal) throws -> String {
    try entry.skillID.flatMap { try journal.skill($0) }?.name ?? entry.title
  }

  static func entry(_ id: Int64, _ journal: Journal, _ context: Context) throws -> Entry {
    guard let entry = try journal.entry(id) else {
      throw BilanError(context.say("Pas d'entrée #\(id) (voir « list »).", "No entry #\(id) (see 'list')."))
    }
    return entry
  }

  static func essay(_ entry: Entry, _ journal: Journal) throws -> (Essay, PromptSet) {
    let set = try promptSet(of: entry)
    let essay = Essay(
      entry: entry, skillName: try skillName(entry, journal), set: set, answers: try journal.answers(of: entry.id!),
      tags: try journal.tags(of: entry.id!), level: try journal.rating(of: entry.id!)?.level)
    return (essay, set)
  }
}
