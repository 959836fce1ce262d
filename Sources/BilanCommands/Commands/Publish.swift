import ArgumentParser
import BilanCore
import Foundation

struct Publish: BilanCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "publish",
      abstract:
        HelpMessage.publish.local,
      discussion: HelpMessage.publishMore.local)
  }

  @Argument(help: ArgumentHelp(HelpMessage.publishDir.local)) var dir: String
  @Flag(name: .customLong("init"), help: ArgumentHelp(HelpMessage.publishInitialise.local)) var initialise = false
  @Option(help: ArgumentHelp(HelpMessage.publishSections.local))
  var sections: Language?
  @Flag(help: ArgumentHelp(HelpMessage.publishDrafts.local)) var drafts = false
  @Option(name: .customLong("front-matter"), help: ArgumentHelp(HelpMessage.publishFrontMatter.local)) var frontMatter:
    FrontMatterFormat = .yaml
  @Flag(help: ArgumentHelp(HelpMessage.publishForce.local)) var force = false
  @Flag(name: .customLong("allow-broken-links"), help: ArgumentHelp(HelpMessage.publishAllowBrokenLinks.local))
  var allowBrokenLinks = false
  @Option(name: .customLong("pdf"), help: ArgumentHelp(HelpMessage.publishPDF.local, valueName: "FILE"))
  var pdf: String?
  @OptionGroup var global: GlobalOptions

  enum FrontMatterFormat: String, ExpressibleByArgument, CaseIterable { case yaml, toml }

  func run(in context: Context) throws {
    let root = URL(fileURLWithPath: dir).standardizedFileURL.path
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: root, isDirectory: &isFolder), !isFolder.boolValue {
      throw BilanError(
        context.say(PublishMessage.notAFolder(root)))
    }
    // What --pdf needs is checked first: when a tool is missing, nothing is written at all.
    let pdfFile = pdf.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
    let tools = try pdfFile.map { try PortfolioPDF.tools(for: $0, context) }
    let journal = try context.journal(writing: false)
    context.notePlain(root)
    // The site's language (its folders, its overview, its theme's words): --sections, else the
    // journal's (an imported site's folders, else what its essays are written in), else the one the
    // site's configuration names, else the session's. Not the session's --lang first: a French
    // portfolio published from an English shell stays French.
    let folders = try sections ?? journal.siteLanguage() ?? SiteTemplate.language(of: root) ?? context.language
    if initialise {
      try SiteTemplate.create(at: root, language: folders, context)
    } else if !SiteTemplate.hasConfig(root) {
      context.tell(context.say(PublishMessage.noHugoConfig(root: root, dir: dir)))
    }
    var site = SitePlan(
      journal: journal, prompts: context.prompts, sections: folders, drafts: drafts, toml: frontMatter == .toml,
      cadence: context.cadence, zone: context.zone, now: context.now.date)
    site.expectation = try context.expectation(journal)
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
    if let pdfFile, let tools {
      try PortfolioPDF.print(site: root, to: pdfFile, drafts: drafts, tools: tools, context)
    }
  }
}
