import ArgumentParser
import BilanCore
import Foundation

struct ProjectCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "project", abstract: "A project: add it, tie it to skills, write its page.",
    subcommands: [ProjectAdd.self, ProjectLink.self, ProjectAssess.self])
}

struct Projects: BilanCommand {
  static let configuration = CommandConfiguration(
    commandName: "projects", abstract: "List the projects with their skills and pages.")
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
  static let configuration = CommandConfiguration(
    commandName: "add", abstract: "Add a project with a one-line description.")
  @Argument(help: "Its name.") var name: String
  @Option(help: ArgumentHelp("One line about it.", valueName: "text")) var description: String = ""
  @OptionGroup var global: GlobalOptions

  func run(in context: Context) throws {
    let name = self.name.trimmingCharacters(in: .whitespaces)
    guard !name.isEmpty else { throw BilanUsageError("the project needs a name: bilan project add NAME") }
    let journal = try context.journal(starting: true)
    if let existing = try journal.project(named: name) {
      throw BilanError(context.say(ProjectMessage.alreadyExists(existing.name)))
    }
    let project = try journal.addProject(
      name: name, description: description.trimmingCharacters(in: .whitespacesAndNewlines), now: context.now.date)
    context.out(context.say(ProjectMessage.added(project.name)))
  }
}

struct ProjectLink: BilanCommand {
  static let configuration = CommandConfiguration(
    commandName: "link", abstract: "Tie a project to the skills it showed.")
  @Argument(help: "The project.") var name: String
  @Argument(help: "The skills.") var skills: [String]
  @OptionGroup var global: GlobalOptions

  func run(in context: Context) throws {
    let journal = try context.journal()
    let matches = try journal.project(matching: name)
    guard matches.count == 1, let project = matches.first else {
      if matches.count > 1 {
        throw BilanError(context.say(ProjectMessage.ambiguous(name, matches.map(\.name))))
      }
      throw BilanError(context.say(ProjectMessage.noProject(name)))

    }
    let found = try skills.map { try SkillCommands.resolve($0, context, journal) }
    try journal.link(project: project.id!, skills: found.map { $0.id! })
    context.out(

      "\(project.name) ↔ " + found.map { $0.name(in: context.language) }.joined(separator: ", "))
  }
}

struct ProjectAssess: BilanCommand {
  static let configuration = CommandConfiguration(
    commandName: "assess", abstract: "Write a project's page with the 'project' question set.")
  @Argument(help: "The project.") var name: String
  @Option(name: .customLong("set"), help: ArgumentHelp("A question set about a project.", valueName: "id")) var set:
    String?
  @OptionGroup var global: GlobalOptions

  func run(in context: Context) throws {
    try Interviews.project(name.trimmingCharacters(in: .whitespaces), set: set, context)
  }
}
