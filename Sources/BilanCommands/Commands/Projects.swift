import ArgumentParser
import BilanCore
import Foundation

struct ProjectCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "project", abstract: HelpMessage.project.local,
      subcommands: [ProjectAdd.self, ProjectLink.self, ProjectAssess.self])
  }
}

struct Projects: BilanCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "projects", abstract: HelpMessage.projects.local)
  }
  @OptionGroup var global: GlobalOptions

  func run(in context: Context) throws {
    let rows = try context.journal(writing: false).projectOverview()
    if rows.isEmpty {
      context.tell(context.say(ProjectMessage.noProjects))
      return
    }
    for row in rows {
      var line = row.project.name
      if !row.project.description.isEmpty { line += " — " + row.project.description }
      if !row.skills.isEmpty {
        line += "  [" + row.skills.map { $0.name(in: context.language) }.joined(separator: ", ") + "]"
      }
      if let page = row.pageID { line += context.say(ProjectMessage.page(page)) }
      context.out(line)
    }
  }
}

struct ProjectAdd: BilanCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "add", abstract: HelpMessage.projectAdd.local)
  }
  @Argument(help: ArgumentHelp(HelpMessage.sharedName.local)) var name: String
  @Option(help: ArgumentHelp(HelpMessage.projectAddDescription.local, valueName: "text")) var description: String = ""
  @OptionGroup var global: GlobalOptions

  func run(in context: Context) throws {
    let name = self.name.trimmingCharacters(in: .whitespaces)
    guard !name.isEmpty else {
      throw BilanUsageError(context.say(UsageMessage.projectNeedsName(command: "bilan project add")))
    }
    let journal = try context.journal(starting: true)
    // `La Bench Migrations` is *Bench Migration*: anecdotes would find the first, never the second.
    if let existing = try journal.project(named: name) ?? journal.projectAlike(name) {
      throw BilanError(context.say(ProjectMessage.alreadyExists(existing.name)))
    }
    let project = try journal.addProject(
      name: name, description: description.trimmingCharacters(in: .whitespacesAndNewlines), now: context.now.date)
    context.out(context.say(ProjectMessage.added(project.name)))
  }
}

struct ProjectLink: BilanCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "link", abstract: HelpMessage.projectLink.local)
  }
  @Argument(help: ArgumentHelp(HelpMessage.sharedProject.local)) var name: String
  @Argument(help: ArgumentHelp(HelpMessage.projectLinkSkills.local)) var skills: [String]
  @OptionGroup var global: GlobalOptions

  func run(in context: Context) throws {
    let journal = try context.journal()
    let project: Project
    switch try journal.matchProject(name) {
    case .found(let found): project = found
    case .ambiguous(let projects): throw BilanError(context.say(ProjectMessage.ambiguous(name, projects.map(\.name))))
    case .none: throw BilanError(context.say(ProjectMessage.noProject(name)))
    }
    let found = try skills.map { try SkillCommands.resolve($0, context, journal) }
    try journal.link(project: project.id!, skills: found.map { $0.id! })
    context.out(
      "\(project.name) ↔ " + found.map { $0.name(in: context.language) }.joined(separator: ", "))
  }
}

struct ProjectAssess: BilanCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "assess", abstract: HelpMessage.projectAssess.local)
  }
  @Argument(help: ArgumentHelp(HelpMessage.sharedProject.local)) var name: String
  @Option(name: .customLong("set"), help: ArgumentHelp(HelpMessage.projectAssessSet.local, valueName: "id")) var set:
    String?
  @OptionGroup var global: GlobalOptions

  func run(in context: Context) throws {
    try Interviews.project(name.trimmingCharacters(in: .whitespaces), set: set, context)
  }
}
