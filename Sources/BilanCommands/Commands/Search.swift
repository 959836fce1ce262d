import ArgumentParser
import BilanCore
import Foundation

struct Search: BilanCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "search",
      abstract: HelpMessage.search.local,
      discussion: HelpMessage.searchMore.local)
  }

  @Argument(help: ArgumentHelp(HelpMessage.searchWords.local)) var words: [String] = []
  @Option(name: .short, help: ArgumentHelp(HelpMessage.searchN.local)) var n: Int = 20
  @OptionGroup var filters: FilterOptions
  @Option(help: ArgumentHelp(HelpMessage.sharedFormat.local)) var format: Ratings.Format = .text
  @OptionGroup var global: GlobalOptions

  func run(in context: Context) throws {
    let query = words.joined(separator: " ").trimmingCharacters(in: .whitespaces)
    guard !query.isEmpty else {
      throw BilanUsageError(context.say(EntryMessage.searchWhat))
    }
    let journal = try context.journal(writing: false)
    let filter = try filters.filter(context, journal)
    let hits: [SearchHit]
    do {
      hits = try journal.search(query, matching: filter, limit: n)
    } catch let invalid as InvalidSearch {
      throw BilanError(
        context.say(EntryMessage.invalidSearch(query, reason: invalid.reason)))
    }
    if format == .json {
      // The listing's shape, with the words around the match (no marks).
      let entries = try EntryListing.json(hits.map(\.entry), journal, context)
      try Ratings.printJSON(
        zip(entries, hits).map { entry, hit in
          entry.merging(
            [
              "snippet": hit.snippet.replacingOccurrences(of: SearchHit.open, with: "").replacingOccurrences(
                of: SearchHit.close, with: ""
              ).trimmingCharacters(in: .whitespacesAndNewlines)
            ], uniquingKeysWith: { $1 })
        }, context)
      return
    }
    if hits.isEmpty {
      context.tell(context.say(EntryMessage.nothingFound))
      return
    }
    for hit in hits {
      // The matched words in bold on a terminal, between brackets elsewhere; the text around them is
      // made safe piece by piece, so bilan's own bold is not escaped with it.
      let snippet = Terminal.highlighted(
        hit.snippet.replacingOccurrences(of: "\n", with: " "), open: SearchHit.open, close: SearchHit.close,
        styled: context.styled)
      context.outSafe(
        Terminal.safe("\(hit.id)  \(EntryFormat.listed(hit.entry, context))  \(hit.title)")
          + "\n    " + snippet)
    }
  }
}
