import BilanCore
import Foundation

/// `import --from markdown` (the default): Markdown pages with YAML, TOML or JSON front matter, files or
/// whole sites, each page recognised by its structure (`ImportPlan`) and stored whole.
struct MarkdownImporter: Importer {
  let id = "markdown"
  let summary = LocalizedText(
    fr: "des pages Markdown (fichiers ou dossiers, front matter YAML, TOML ou JSON)",
    en: "Markdown pages (files or folders, YAML, TOML or JSON front matter)")
  let options: Set<ImportOption> = [.projects]

  func run(_ request: ImportRequest, _ context: Context) throws {
    let journal = try context.journal(starting: true)
    let sets = try context.prompts.all().map(\.set)
    var counts = (imported: 0, updated: 0, unchanged: 0, failed: 0)
    let (found, missing, published) = Self.files(request.paths)
    if published > 0 {
      context.tell(context.say(ImportMessage.publishedPassedOver(published)))
    }
    for path in missing {
      context.warn("\(path):1: " + context.say(ImportMessage.noSuchPath))
      counts.failed += 1
    }
    for (file, root) in found {
      let outcome: ImportOutcome
      guard let data = FileManager.default.contents(atPath: file) else {
        context.warn("\(file):1: " + context.say(ImportMessage.unreadable))
        counts.failed += 1
        continue
      }
      do {
        let document = try MarkdownDocument.parse(data)
        var plan = ImportPlan(
          document: document, path: file, hash: ContentHash.of(data), sets: sets, localOffset: context.now.utcOffset)
        let images = ImportPlan.images(in: document.text, file: file, covers: ImportPlan.covers(document))
        plan.assets = images.found
        let role = request.projects ? .project : PageRole.of(file, importedFrom: root)
        let asProject = role == .project
        let asSkill = role == .skill
        outcome = try journal.importMarkdown(
          plan, language: context.language, now: context.now.date, asProject: asProject, asSkill: asSkill)
        if case .unchanged = outcome {
        } else if case .copy = outcome {
        } else {
          // A missing image is named, not fatal: the page is imported without it (once, not at every import).
          for (line, ref) in images.missing {
            context.warn("\(file):\(line): " + context.say(ImportMessage.imageNotFound(ref)))
          }
          if let near = plan.nearMatch { Self.warnNear(near, plan: plan, file: file, context) }
        }
      } catch let problem as MarkdownDocument.Problem {
        context.warn("\(file):\(problem.place): \(problem.message[context.language])")
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
        context.tell(context.say(ImportMessage.imported(id, file)))
      case .updated(let id):
        counts.updated += 1
        context.tell(context.say(ImportMessage.updated(id, file)))
      case .unchanged: counts.unchanged += 1
      case .copy(let id, let path):
        counts.unchanged += 1
        context.warn(context.say(ImportMessage.copy(file: file, of: id, path: path)))
      }
    }
    context.out(
      context.say(
        ImportMessage.summary(
          imported: counts.imported, updated: counts.updated, unchanged: counts.unchanged, failed: counts.failed)))
    if counts.failed > 0 { throw CommandFailed() }
  }

  /// A page that almost follows a set is kept as written; each heading that kept it from the set is named.
  private static func warnNear(_ near: NearMatch, plan: ImportPlan, file: String, _ context: Context) {
    // The set's headings as this page would write them: its title for the skill.
    func shown(_ template: String) -> String {
      Headings.fill(template, skill: plan.title, language: near.language)
    }
    let summary = context.say(ImportMessage.almost(set: near.setID, matched: near.matched, expected: near.expected))
    let lines = plan.sectionLines()
    // A page of hundreds of headings of its own is named by its first few, not line by line.
    for stray in near.strays.prefix(5) {
      let line = lines[stray.section]
      if let instead = stray.instead {
        context.warn(
          "\(file):\(line): "
            + context.say(ImportMessage.strayInstead(heading: stray.heading, instead: shown(instead), almost: summary)))
      } else {
        context.warn("\(file):\(line): " + context.say(ImportMessage.stray(heading: stray.heading, almost: summary)))
      }
    }
    if near.strays.count > 5 {
      context.warn("\(file): " + context.say(ImportMessage.moreStrays(near.strays.count - 5, set: near.setID)))
    }
    let named = Set(near.strays.compactMap(\.instead))
    for heading in near.missing where !named.contains(heading) {
      context.warn("\(file):1: " + context.say(ImportMessage.missingHeading(shown(heading), almost: summary)))
    }
  }

  /// The files to read, absolute, each once, in a stable order, each with the folder named on the command
  /// line it was found in; the paths that do not exist; and how many pages a publish wrote were passed over.
  private static func files(_ paths: [String]) -> (
    found: [(path: String, root: String?)], missing: [String], published: Int
  ) {
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
