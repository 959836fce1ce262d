import ArgumentParser
import BilanCore
import Foundation

struct Export: BilanCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Print entries as Markdown essays with front matter, or write them to a folder.",
    discussion: """
      With --out, each essay goes to DIR/<slug>.md (-2, -3 when two share a name) and its path is printed. A \
      symbolic link or a folder standing where a file would go stops the export before anything is written.
      """)

  @Argument(help: "The ids of the entries (see 'list').")
  var ids: [Int64] = []

  @Option(
    help: ArgumentHelp("Write one file per essay into this folder (with --format json: the file).", valueName: "path"))
  var out: String?

  @Flag(help: "Every entry (with --format json: the whole journal, as a backup).")
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
      throw ValidationError("--format \(name) writes the whole journal: add --all")
    }
    if format.exporter.wholeJournal, filtered {
      throw ValidationError("--format \(name) writes the whole journal: drop the filters")
    }
    if all || filtered, !ids.isEmpty { throw ValidationError("give entry ids, or --all and filters, not both") }
  }

  func run(in context: Context) throws {
    try format.exporter.run(
      ExportRequest(ids: ids, out: out, all: all, filtered: filtered, filters: filters), context)
  }
}
