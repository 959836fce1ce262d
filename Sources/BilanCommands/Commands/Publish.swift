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
        context.say("\(root) est un fichier, pas un dossier de site.", "\(root) is a file, not a site folder."))
    }
    if initialise {
      try SiteTemplate.create(at: root, context)
    } else if !SiteTemplate.hasConfig(root) {
      context.tell(
        context.say(
          "\(root) n'a pas de configuration Hugo : « publish \(dir) --init » crée un site minimal.",
          "\(root) has no Hugo configuration: 'publish \(dir) --init' creates a minimal site."))
    }
    let journal = try context.journal(writing: false)
    // An imported site keeps the folder names it had.
    let english = try journal.hasImportedEnglishSections()
    let folders = sections ?? (english ? .en : .fr)
    var site = SitePlan(
      journal: journal, prompts: context.prompts, sections: folders, drafts: drafts, toml: frontMatter == .toml,
      cadence: context.cadence, zone: context.zone, now: context.now.date)
    do {
      try site.build()
    } catch let error as EssayLoadError {
      throw BilanError(error.message(context.language))
    }
    for warning in site.warnings { context.warn("bilan: " + warning.message(context.language)) }
    if !site.broken.isEmpty, !allowBrokenLinks {
      for (file, target) in site.broken {
        context.warn("\(file): " + context.say("lien sans page : \(target)", "link to no page: \(target)"))
      }
      throw BilanError(
        context.say(
          "\(site.broken.count) lien(s) sans page : rien n'a été écrit (--allow-broken-links pour publier quand même).",
          "\(site.broken.count) link(s) to no page: nothing was written (--allow-broken-links to publish anyway)."))
    }
    let report: SiteWriter.Report
    do {
      report = try SiteWriter(root: root).write(site.files, adoptable: site.adoptable(root: root), force: force)
    } catch let outside as SiteWriter.Outside {
      throw BilanError(
        context.say(
          "rien n'a été écrit : \(root)/\(outside.path) mènerait hors du site (un lien symbolique ?) ; retirez le lien ou publiez ailleurs.",
          "nothing was written: \(root)/\(outside.path) would lead outside the site (a symbolic link?); remove the link or publish elsewhere."
        ))
    } catch let conflict as SiteWriter.Conflict {
      for path in conflict.paths {
        context.warn("\(root)/\(path): " + context.say("ce fichier n'est pas de bilan", "this file is not bilan's"))
      }
      throw BilanError(
        context.say(
          "rien n'a été écrit : des fichiers à vous sont en place ; --force pour les remplacer.",
          "nothing was written: files of yours are in the way; --force replaces them."))
    }
    for (path, copy) in report.replaced {
      context.warn(
        context.say(
          "\(root)/\(path) remplacé ; copie gardée : \(copy)", "\(root)/\(path) replaced; a copy is kept: \(copy)"))
    }
    for path in report.kept {
      context.warn(
        context.say(
          "\(root)/\(path) a été modifié à la main : gardé, bilan ne le gère plus.",
          "\(root)/\(path) was edited by hand: kept, and no longer bilan's."))
    }
    if report.created.isEmpty, report.updated.isEmpty, report.removed.isEmpty {
      context.out(
        context.say(
          "Rien n'a changé (\(report.unchanged.count) fichiers).", "Nothing changed (\(report.unchanged.count) files).")
      )
    } else {
      context.out(
        context.say(
          "créés : \(report.created.count), mis à jour : \(report.updated.count), inchangés : \(report.unchanged.count), retirés : \(report.removed.count)",
          "created: \(report.created.count), updated: \(report.updated.count), unchanged: \(report.unchanged.count), removed: \(report.removed.count)"
        ))
    }
  }
}
