import ArgumentParser
import BilanCore
import Foundation

struct Import: BilanCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Take in Markdown essays (files or folders) or a JSON backup, without losing a character.",
    discussion: """
      Folders are read recursively for *.md and *.markdown; a file named on the command line is read
      whatever its extension. Front matter in YAML (---), TOML (+++) or JSON ({…}); a UTF-8 byte-order
      mark is dropped and CRLF endings are kept for the export. Importing a file again updates the entry it
      made, or reports it unchanged. Each file is read whole before anything of it is stored; one failing
      file never stops the others, and the exit code is 1 when any failed.

      --from jrnl reads jrnl's file ([2024-03-01 09:15] Title. Body), jrnl 1.x's (2013-06-10 15:40 Title. \
      Body, no brackets, mixed with bracketed entries or not), a folder journal (YYYY/MM/DD.txt) or jrnl's \
      --export json, each file or folder in one transaction. Text before the first entry is imported as an \
      entry of its own; an entry whose date cannot exist or cannot be read is skipped; each is reported as \
      FILE:LINE with the fix, the summary counts the skipped, and the exit code is 1 when any was skipped.
      """)

  enum From: String, ExpressibleByArgument, CaseIterable {
    case markdown, jrnl, json
  }

  @Argument(help: "Files and folders.")
  var paths: [String] = []

  @Option(
    help:
      "markdown (default), jrnl (a jrnl journal: its file, 1.x files without brackets too, its folder of YYYY/MM/DD.txt files, or its --export json; times read in the local zone) or json (a backup from 'export --all --format json')."
  )
  var from: From = .markdown

  @Option(
    help: ArgumentHelp(
      "With --from jrnl: the journal's date format, jrnl's timeformat (Python strftime: '%Y-%m-%d %H:%M', '%d.%m.%Y %H:%M', '%d/%m/%Y %I:%M %p', '%b %d, %Y').",
      discussion:
        "Without it, dates are read as jrnl writes them (2024-03-01 09:15, with seconds, AM/PM or T), with the year first, or with the year last month first (jrnl's default, 03/01/2024), except when the first number cannot be a month (13.06.2013 is 13 June) or the file's other dates show it writes the day first.",
      valueName: "FMT"))
  var dateFormat: String?

  @Flag(help: "The files are project pages (as files under a projets/ or projects/ folder are).")
  var projects = false

  @OptionGroup var global: GlobalOptions

  func run(in context: Context) throws {
    guard !paths.isEmpty else {
      throw BilanUsageError(
        context.say("Il manque le chemin : bilan import CHEMIN…", "Missing the path: bilan import PATH…"))
    }
    if from == .json {
      try Backups.restore(paths, context)
      return
    }
    if from == .jrnl {
      try importJrnl(context)
      return
    }
    if dateFormat != nil {
      throw BilanUsageError(
        context.say("--date-format ne vaut qu'avec --from jrnl", "--date-format goes only with --from jrnl"))
    }
    let journal = try context.journal()
    let sets = try context.prompts.all().map(\.set)
    var counts = (imported: 0, updated: 0, unchanged: 0, failed: 0)
    let (found, missing, published) = files()
    if published > 0 {
      context.tell(
        context.say(
          "\(published) pages écrites par « publish » et inchangées depuis : passées.",
          "\(published) pages written by 'publish' and unchanged since: passed over."))
    }
    for path in missing {
      context.warn("\(path):1: " + context.say("introuvable", "no such file or folder"))
      counts.failed += 1
    }
    for (file, root) in found {
      let outcome: ImportOutcome
      guard let data = FileManager.default.contents(atPath: file) else {
        context.warn(
          "\(file):1: " + context.say("illisible (vérifiez ses droits)", "cannot be read (check its permissions)"))
        counts.failed += 1
        continue
      }
      do {
        let document = try MarkdownDocument.parse(data)
        var plan = ImportPlan(
          document: document, path: file, hash: ContentHash.of(data), sets: sets, localOffset: context.now.utcOffset)
        let images = ImportPlan.images(in: document.text, file: file)
        plan.assets = images.found
        let role = projects ? .project : PageRole.of(file, importedFrom: root)
        let asProject = role == .project
        let asSkill = role == .skill
        outcome = try journal.importMarkdown(
          plan, language: context.language, now: context.now.date, asProject: asProject, asSkill: asSkill)
        if case .unchanged = outcome {
        } else if case .copy = outcome {
        } else {
          // A missing image is named, not fatal: the page is imported without it (once, not at every import).
          for (line, ref) in images.missing {
            context.warn("\(file):\(line): " + context.say("image introuvable : \(ref)", "image not found: \(ref)"))
          }
          if let near = plan.nearMatch { warnNear(near, plan: plan, file: file, context) }
        }
      } catch let problem as MarkdownDocument.Problem {
        context.warn("\(file):\(problem.line): \(problem.message)")
        counts.failed += 1
        continue
      } catch {
        // Whatever else goes wrong with one file, the others are still imported.
        context.warn("\(file):1: \(error)")
        counts.failed += 1
        continue
      }
      switch outcome {
      case .imported(let id):
        counts.imported += 1
        context.tell(context.say("#\(id) importé de \(file)", "#\(id) imported from \(file)"))
      case .updated(let id):
        counts.updated += 1
        context.tell(context.say("#\(id) mis à jour depuis \(file)", "#\(id) updated from \(file)"))
      case .unchanged: counts.unchanged += 1
      case .copy(let id, let path):
        counts.unchanged += 1
        context.warn(
          context.say(
            "\(file) : mêmes octets que #\(id), importé de \(path) ; rien de nouveau",
            "\(file): the same bytes as #\(id), imported from \(path); nothing new"))
      }
    }
    context.out(
      context.say(
        "importés : \(counts.imported), mis à jour : \(counts.updated), inchangés : \(counts.unchanged), en échec : \(counts.failed)",
        "imported: \(counts.imported), updated: \(counts.updated), unchanged: \(counts.unchanged), failed: \(counts.failed)"
      ))
    if counts.failed > 0 { throw CommandFailed() }
  }

  /// A page that almost follows a set is kept as written; each heading that kept it from the set is named.
  private func warnNear(_ near: NearMatch, plan: ImportPlan, file: String, _ context: Context) {
    // The set's headings as this page would write them: its title for the skill.
    func shown(_ template: String) -> String {
      Headings.fill(template, skill: plan.title, language: near.language)
    }
    let summary = context.say(
      "presque le jeu « \(near.setID) » (\(near.matched) titres sur \(near.expected)) : gardé tel quel, sans jeu de questions",
      "almost the set '\(near.setID)' (\(near.matched) of \(near.expected) headings): kept as written, with no question set"
    )
    let lines = plan.sectionLines()
    // A page of hundreds of headings of its own is named by its first few, not line by line.
    for stray in near.strays.prefix(5) {
      let line = lines[stray.section]
      if let instead = stray.instead {
        context.warn(
          "\(file):\(line): "
            + context.say(
              "« \(stray.heading) » n'est pas « \(shown(instead)) » du jeu ; \(summary). Renommez le titre et réimportez pour le lier au jeu.",
              "'\(stray.heading)' is not the set's '\(shown(instead))'; \(summary). Rename the heading and import again to tie it to the set."
            ))
      } else {
        context.warn(
          "\(file):\(line): "
            + context.say(
              "« \(stray.heading) » n'est aucun titre du jeu ; \(summary).",
              "'\(stray.heading)' is none of the set's headings; \(summary)."))
      }
    }
    if near.strays.count > 5 {
      context.warn(
        "\(file): "
          + context.say(
            "et \(near.strays.count - 5) autres titres hors du jeu « \(near.setID) »",
            "and \(near.strays.count - 5) more headings that are not the set '\(near.setID)''s"))
    }
    let named = Set(near.strays.compactMap(\.instead))
    for heading in near.missing where !named.contains(heading) {
      context.warn(
        "\(file):1: "
          + context.say(
            "il manque le titre « \(shown(heading)) » ; \(summary).",
            "the heading '\(shown(heading))' is missing; \(summary)."))
    }
  }

  static func isFolder(_ path: String) -> Bool {
    var folder: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &folder) && folder.boolValue
  }

  /// Whether the file's first character that is not a space is `{`: jrnl's JSON export.
  static func startsWithBrace(_ path: String) throws -> Bool {
    guard let handle = FileHandle(forReadingAtPath: path) else { return false }
    defer { try? handle.close() }
    while let block = try handle.read(upToCount: 4096), !block.isEmpty {
      if let first = block.first(where: { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }) {
        return first == UInt8(ascii: "{")
      }
    }
    return false
  }

  /// The files to read, absolute, each once, in a stable order, each with the folder named on the command
  /// line it was found in; the paths that do not exist; and how many pages a publish wrote were passed over.
  private func files() -> (found: [(path: String, root: String?)], missing: [String], published: Int) {
    var found: [(path: String, root: String?)] = []
    var missing: [String] = []
    let manager = FileManager.default
    for path in paths {
      let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
      var isFolder: ObjCBool = false
      guard manager.fileExists(atPath: absolute, isDirectory: &isFolder) else {
        missing.append(path)
        continue
      }
      guard isFolder.boolValue else {
        found.append((absolute, nil))
        continue
      }
      let enumerator = manager.enumerator(atPath: absolute)
      var inside: [String] = []
      while let name = enumerator?.nextObject() as? String {
        let lower = name.lowercased()
        guard lower.hasSuffix(".md") || lower.hasSuffix(".markdown") else { continue }
        var isSubfolder: ObjCBool = false
        // A folder named `notes.md` is a folder: its files are found on their own.
        if manager.fileExists(atPath: absolute + "/" + name, isDirectory: &isSubfolder), !isSubfolder.boolValue {
          inside.append(absolute + "/" + name)
        }
      }
      found += inside.sorted().map { ($0, absolute) }
    }
    var seen = Set<String>()
    // Pages bilan itself published (its manifest, in a folder above) are its output, not new input.
    let written = SiteWriter.writtenByBilan(found.map(\.path))
    return (found.filter { seen.insert($0.path).inserted && !written.contains($0.path) }, missing, written.count)
  }
}
