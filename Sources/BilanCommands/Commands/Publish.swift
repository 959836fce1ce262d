import ArgumentParser
import BilanCore
import Foundation

struct Publish: BilanCommand {
  static let configuration = CommandConfiguration(
    commandName: "publish",
    abstract:
      "Write the portfolio as a Hugo content tree: skill and project pages linked both ways, an overview, diagrams.",
    discussion: """
      DIR/content/competences/<slug>.md holds the newest essay of each skill, DIR/content/projets/<slug>.md
      each project's page, DIR/content/_index.md an overview, DIR/static/bilan/*.svg the diagrams.
      Files go through a temporary name; only bilan's own files (DIR/.bilan/manifest.json) are replaced or
      removed, and unchanged ones are not rewritten.
      """)

  @Argument(help: "The Hugo site's folder.") var dir: String
  @Flag(name: .customLong("init"), help: "Create a minimal Hugo site first when DIR has none.") var initialise = false
  @Option(help: "fr (competences/, projets/) or en (skills/, projects/); default: an imported site's own, else fr.")
  var sections: Language?
  @Flag(help: "Include unfinished entries, marked draft: true.") var drafts = false
  @Option(name: .customLong("front-matter"), help: "yaml or toml.") var frontMatter: FrontMatterFormat = .yaml
  @Flag(help: "Replace files of yours that stand where bilan writes.") var force = false
  @Flag(name: .customLong("allow-broken-links"), help: "Publish even when a generated link has no page.")
  var allowBrokenLinks = false
  @OptionGroup var global: GlobalOptions

  enum FrontMatterFormat: String, ExpressibleByArgument, CaseIterable { case yaml, toml }

  func run(in context: Context) throws {
    let root = URL(fileURLWithPath: dir).standardizedFileURL.path
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: root, isDirectory: &isFolder), !isFolder.boolValue {
      throw BilanError(
        context.say(PublishMessage.notAFolder(root)))
    }
    let journal = try context.journal(writing: false)
    // An imported site keeps the folder names it had.
    let english = try journal.hasImportedEnglishSections()
    let folders = sections ?? (english ? .en : .fr)
    if initialise {
      // The site's words follow its sections' language, not the shell's.
      try SiteTemplate.create(at: root, language: folders, context)
    } else if !SiteTemplate.hasConfig(root) {
      context.tell(context.say(PublishMessage.noHugoConfig(root: root, dir: dir)))
    }
    var site = SitePlan(
      journal: journal, prompts: context.prompts, sections: folders, drafts: drafts, toml: frontMatter == .toml,
      cadence: context.cadence, zone: context.zone, now: context.now.date)
    do {
      try site.build()
    } catch let error as EssayLoadError {
      throw BilanError(error.message(context.language))
    }
    for warning in site.warnings { context.warn("bilan: " + context.say(PublishMessage(warning))) }
    if !site.broken.isEmpty, !allowBrokenLinks {
      for (file, target) in site.broken {
        context.warn("\(file): " + context.say(PublishMessage.linkToNoPage(target)))
      }
      throw BilanError(
        context.say(PublishMessage.brokenLinks(site.broken.count)))
    }
    let report: SiteWriter.Report
    do {
      report = try SiteWriter(root: root).write(site.files, adoptable: site.adoptable(root: root), force: force)
    } catch let outside as SiteWriter.Outside {
      throw BilanError(
        context.say(PublishMessage.leadsOutside("\(root)/\(outside.path)")))
    } catch let conflict as SiteWriter.Conflict {
      for path in conflict.paths {
        context.warn("\(root)/\(path): " + context.say(PublishMessage.notBilans))
      }
      throw BilanError(
        context.say(PublishMessage.filesInTheWay))
    }
    for (path, copy) in report.replaced {
      context.warn(
        context.say(PublishMessage.replaced("\(root)/\(path)", copy: copy)))
    }
    for path in report.kept {
      context.warn(
        context.say(PublishMessage.editedByHand("\(root)/\(path)")))
    }
    if report.created.isEmpty, report.updated.isEmpty, report.removed.isEmpty {
      context.out(
        context.say(PublishMessage.nothingChanged(report.unchanged.count)))
    } else {
      context.out(
        context.say(
          PublishMessage.summary(
            created: report.created.count, updated: report.updated.count, unchanged: report.unchanged.count,
            removed: report.removed.count)))
    }
  }
}
