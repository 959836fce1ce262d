import ArgumentParser
import BilanCore
import Foundation

struct Export: BilanCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print entries as Markdown essays with front matter, or write them to a folder.",
    discussion: "With --out, each essay goes to DIR/<slug>.md (-2, -3 when two share a name) and its path is printed.")

  @Argument(help: "The ids of the entries (see 'list').")
  var ids: [Int64] = []

  @Option(help: ArgumentHelp("Write one file per essay into this folder.", valueName: "dir"))
  var out: String?

  @OptionGroup var global: GlobalOptions

  func run(in context: Context) throws {
    var ids = self.ids
    if ids.isEmpty {
      ids = [try context.askEntryID(command: "export")]
    }
    let journal = try context.journal(writing: false)
    let essays = try ids.map { try EntryLoader.essay(EntryLoader.entry($0, journal, context), journal, context).essay }
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
