import BilanCore
import Foundation

/// `export --format markdown` (the default): each essay as a front-matter Markdown file, to stdout or
/// one file per essay in a folder that appears whole or not at all.
struct MarkdownExporter: Exporter {
  let id = "markdown"
  let summary = LocalizedText(
    fr: "chaque essai en Markdown avec son front matter", en: "each essay as Markdown with front matter")
  let wholeJournal = false

  func run(_ request: ExportRequest, _ context: Context) throws {
    let journal = try context.journal(writing: false)
    var ids = request.ids
    if request.all || request.filtered {
      var filter = try request.filters.filter(context, journal)
      filter.finishedOnly = true
      ids = try journal.entryIDs(matching: filter)
    } else if ids.isEmpty {
      ids = [try context.askEntryID(command: "export")]
    }
    // An id asked for by hand must exist; those a filter found do.
    if !(request.all || request.filtered) {
      for id in ids { _ = try EntryLoader.entry(id, journal, context) }
    }
    // Where publish will put each project's page: an anecdote's project links there.
    let pages = try journal.projectPages(drafts: false)
    // A few hundred entries at a time, read together (on a thread of their own), written and let go:
    // memory stays flat whatever the journal's size.
    func essays(_ body: (EntryLoader.Loaded) throws -> Void) throws {
      try journal.streamBundles(ids) { batch in
        for bundle in batch { try body(try EntryLoader.essay(bundle, context, projectPages: pages)) }
      }
    }
    guard let out = request.out else {
      try essays { context.writeExported($0.markdown) }
      return
    }
    let folder: ExportFolder
    do {
      folder = try ExportFolder(out)
    } catch {
      throw BilanError(context.say(SafetyMessage.cannotCreateFolder(out)))
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
              + context.say(SafetyMessage.notAFile(context.language == .fr ? what.french : what.english)))
        }
        throw BilanError(
          context.say(SafetyMessage.exportRefused))
      }
    }
    do {
      try essays { essay in
        // Not synced one by one: a large export would wait on the disk thousands of times.
        context.out(try folder.write(essay.markdown, slug: essay.slug, durable: ids.count == 1), wrap: .none)
      }
      try folder.finish()
    } catch {
      folder.abandon()
      throw error
    }
  }
}
