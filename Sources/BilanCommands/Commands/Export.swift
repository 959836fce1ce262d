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

  enum Format: String, ExpressibleByArgument, CaseIterable { case markdown, json }

  @Option(help: "markdown (default) or json: the whole journal in one file, for 'import --from json'.")
  var format: Format = .markdown

  @OptionGroup var filters: FilterOptions

  @OptionGroup var global: GlobalOptions

  /// Filters choose the entries as --all does, among the finished ones.
  var filtered: Bool {
    !filters.skill.isEmpty || !filters.tag.isEmpty || !filters.kind.isEmpty || filters.since != nil
      || filters.until != nil || filters.starred
  }

  func validate() throws {
    if format == .json, !all { throw ValidationError("--format json writes the whole journal: add --all") }
    if format == .json, filtered { throw ValidationError("--format json writes the whole journal: drop the filters") }
    if all || filtered, !ids.isEmpty { throw ValidationError("give entry ids, or --all and filters, not both") }
  }

  func run(in context: Context) throws {
    if format == .json {
      try Backups.write(out, context)
      return
    }
    let journal = try context.journal(writing: false)
    var ids = self.ids
    if all || filtered {
      var filter = try filters.filter(context, journal)
      filter.finishedOnly = true
      ids = try journal.entryIDs(matching: filter)
    } else if ids.isEmpty {
      ids = [try context.askEntryID(command: "export")]
    }
    // An id asked for by hand must exist; those a filter found do.
    if !(all || filtered) {
      for id in ids { _ = try EntryLoader.entry(id, journal, context) }
    }
    // A few hundred entries at a time, read together (on a thread of their own), written and let go:
    // memory stays flat whatever the journal's size.
    func essays(_ body: (EntryLoader.Loaded) throws -> Void) throws {
      try journal.streamBundles(ids) { batch in
        for bundle in batch { try body(try EntryLoader.essay(bundle, context)) }
      }
    }
    guard let out else {
      try essays { context.writeExported($0.markdown) }
      return
    }
    let folder: ExportFolder
    do {
      folder = try ExportFolder(out)
    } catch {
      throw BilanError(context.say("Impossible de créer le dossier \(out).", "Cannot create the folder \(out)."))
    }
    // A link or a folder where a file would go is refused before anything is written: writing
    // through a link would change a file outside the folder.
    let obstacles = folder.obstacles()
    if !obstacles.isEmpty {
      var names = FileNames()
      var blocked: [String] = []
      try essays { essay in
        let file = names.take(essay.slug)
        if obstacles[file] != nil { blocked.append(file) }
      }
      if !blocked.isEmpty {
        for file in blocked {
          let what = obstacles[file]!
          context.warn(
            (out as NSString).appendingPathComponent(file) + ": "
              + context.say("\(what.french), pas un fichier", "\(what.english), not a file"))
        }
        throw BilanError(
          context.say(
            "rien n'a été écrit : export n'écrit ni à travers un lien ni sur un dossier ; retirez-les ou exportez ailleurs.",
            "nothing was written: export writes neither through a link nor over a folder; remove them or export elsewhere."
          ))
      }
    }
    do {
      try essays { essay in
        // Not synced one by one: a large export would wait on the disk thousands of times.
        context.out(try folder.write(essay.markdown, slug: essay.slug, durable: ids.count == 1))
      }
      try folder.finish()
    } catch {
      folder.abandon()
      throw error
    }
  }
}
