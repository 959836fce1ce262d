import ArgumentParser
import BilanCore
import Foundation

struct Export: BilanCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print entries as Markdown essays with front matter, or write them to a folder.",
    discussion: "With --out, each essay goes to DIR/<slug>.md (-2, -3 when two share a name) and its path is printed.")

  @Argument(help: "The ids of the entries (see 'list').")
  var ids: [Int64] = []

  @Option(
    help: ArgumentHelp("Write one file per essay into this folder (with --format json: the file).", valueName: "path"))
  var out: String?

  @Flag(help: "Every entry (with --format json: the whole journal, as a backup).")
  var all = false

  enum Format: String, ExpressibleByArgument, CaseIterable { case markdown, json }

  @Option(help: "markdown (default) or json: the whole journal in one file, for 'import --from json'.")
  var format: Format = .markdown

  @OptionGroup var global: GlobalOptions

  func validate() throws {
    if format == .json, !all { throw ValidationError("--format json writes the whole journal: add --all") }
    if all, !ids.isEmpty { throw ValidationError("give entry ids or --all, not both") }
  }

  func run(in context: Context) throws {
    if format == .json {
      try Backups.write(out, context)
      return
    }
    let journal = try context.journal(writing: false)
    var ids = self.ids
    if all {
      ids = try journal.summaries(limit: nil).filter { $0.status == .done }.map(\.id).reversed()
    } else if ids.isEmpty {
      ids = [try context.askEntryID(command: "export")]
    }
    let essays = try ids.map { try EntryLoader.essay(EntryLoader.entry($0, journal, context), journal, context) }
    guard let out else {
      for essay in essays { context.write(Terminal.safe(essay.markdown)) }
      return
    }
    do {
      try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
    } catch {
      throw BilanError(context.say("Impossible de créer le dossier \(out).", "Cannot create the folder \(out)."))
    }
    var used = Set<String>()
    for essay in essays {
      var name = essay.slug
      var suffix = 2
      while used.contains(name) {
        name = "\(essay.slug)-\(suffix)"
        suffix += 1
      }
      used.insert(name)
      let path = (out as NSString).appendingPathComponent("\(name).md")
      try Files.writeAtomically(Data(essay.markdown.utf8), to: path)
      context.out(path)
    }
  }
}
