import ArgumentParser
import BilanCore
import Foundation

struct Export: BilanCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "export",
      abstract: HelpMessage.export.local,
      discussion: HelpMessage.exportMore.local)
  }

  @Argument(help: ArgumentHelp(HelpMessage.exportIds.local))
  var ids: [Int64] = []

  @Option(
    help: ArgumentHelp(HelpMessage.exportOut.local, valueName: "path"))
  var out: String?

  @Flag(help: ArgumentHelp(HelpMessage.exportAll.local))
  var all = false

  @Option(
    help: ArgumentHelp(Formats.exportHelp, valueName: Formats.exporters.map(\.id).joined(separator: "|")))
  var format = ExportFormatName(MarkdownExporter())

  @OptionGroup var filters: FilterOptions

  @OptionGroup var global: GlobalOptions

  /// Filters choose the entries as --all does, among the finished ones.
  var filtered: Bool {
    !filters.skill.isEmpty || !filters.tag.isEmpty || !filters.kind.isEmpty || filters.since != nil
      || filters.until != nil || filters.starred
  }

  func validate() throws {
    let name = format.exporter.id
    if format.exporter.wholeJournal, !all {
      throw ValidationError(UsageMessage.wholeJournalNeedsAll(format: name).local)
    }
    if format.exporter.wholeJournal, filtered {
      throw ValidationError(UsageMessage.wholeJournalNoFilters(format: name).local)
    }
    if all || filtered, !ids.isEmpty { throw ValidationError(UsageMessage.idsOrAll.local) }
  }

  func run(in context: Context) throws {
    try format.exporter.run(
      ExportRequest(ids: ids, out: out, all: all, filtered: filtered, filters: filters), context)
    if let out { context.notePlain(out) }
  }
}
