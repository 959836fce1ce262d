import ArgumentParser
import BilanCore
import Foundation

struct FrameworkCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "framework",
      abstract: HelpMessage.framework.local,
      discussion: HelpMessage.frameworkMore.local,
      subcommands: [
        FrameworkList.self, FrameworkShow.self, FrameworkCheck.self, FrameworkUse.self, FrameworkClear.self,
      ],
      defaultSubcommand: FrameworkList.self)
  }

  /// A framework by id, or a usage error that lists the known ones.
  static func find(_ id: String, _ context: Context) throws -> Framework {
    guard let loaded = try context.frameworks.framework(id) else {
      throw BilanUsageError(
        context.say(FrameworkMessage.unknownFramework(id, known: context.frameworks.ids.joined(separator: ", "))))
    }
    return loaded.framework
  }

  /// `2/5 (Year 1), 3/5 (Year 2)`: the levels expected at each stage, in the stages' order.
  static func levels(_ expected: [String: Int], _ framework: Framework, _ language: Language) -> String {
    framework.stages.compactMap { stage in expected[stage.id].map { "\($0)/5 (\(stage.name[language]))" } }
      .joined(separator: ", ")
  }
}

struct FrameworkList: BilanCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(commandName: "list", abstract: HelpMessage.frameworkList.local)
  }

  @OptionGroup var global: GlobalOptions

  func run(in context: Context) throws {
    let all = try context.frameworks.all()
    // The choice is read only from a journal that is there: listing makes none.
    let exists = FileManager.default.fileExists(atPath: context.journalPath)
    let choice = exists ? try context.journal(writing: false).frameworkChoice() : nil
    let width = all.map(\.framework.id.count).max() ?? 0
    for loaded in all {
      let framework = loaded.framework
      let origin: String
      switch loaded.origin {
      case .shipped: origin = context.say(PromptMessage.shipped)
      case .user(let path, let replacing):
        let shown = Paths.display(path, context.environment)
        origin = replacing ? context.say(PromptMessage.replaces(shown)) : shown
      }
      var line =
        framework.id.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + framework.title[context.language]
        + "  "
        + context.say(
          FrameworkMessage.listed(
            skills: framework.skills.count, stages: framework.stages.map(\.id).joined(separator: ", "),
            origin: origin))
      if let choice, choice.framework == framework.id {
        line += "  " + context.say(FrameworkMessage.inUse(stage: choice.stage))
      }
      context.out(line, wrap: .hanging(width + 2))
    }
  }
}

struct FrameworkShow: BilanCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(commandName: "show", abstract: HelpMessage.frameworkShow.local)
  }

  @Argument(help: ArgumentHelp(HelpMessage.frameworkID.local)) var id: String
  @OptionGroup var global: GlobalOptions

  func run(in context: Context) throws {
    let framework = try FrameworkCommand.find(id, context)
    let language = context.language
    context.out("\(framework.id): \(framework.title[language])", .bold)
    if let description = framework.description { context.out(description[language]) }
    context.out("")
    for stage in framework.stages {
      context.out(context.say(FrameworkMessage.stageLine(id: stage.id, name: stage.name[language])))
    }
    context.out("")
    for item in framework.skills {
      let name = SkillCatalogue.skill(id: item.skill)?.name[language] ?? item.skill
      context.out(
        context.say(
          FrameworkMessage.skillLine(skill: name, levels: FrameworkCommand.levels(item.expected, framework, language))))
      for component in item.components {
        context.out(
          context.say(
            FrameworkMessage.componentLine(
              name: component.name[language], levels: FrameworkCommand.levels(component.expected, framework, language))
          ))
      }
    }
  }
}

struct FrameworkCheck: BilanCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(commandName: "check", abstract: HelpMessage.frameworkCheck.local)
  }

  @Argument(help: ArgumentHelp(HelpMessage.promptsCheckFiles.local)) var files: [String]
  @OptionGroup var global: GlobalOptions

  func run(in context: Context) throws {
    try DataFileCheck.run(files, context) { data, file in
      let framework = try Framework.parse(data: data, file: file)
      return context.say(FrameworkMessage.checked(file: file, framework: framework.id, skills: framework.skills.count))
    }
  }
}

struct FrameworkUse: BilanCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(commandName: "use", abstract: HelpMessage.frameworkUse.local)
  }

  @Argument(help: ArgumentHelp(HelpMessage.frameworkID.local)) var id: String
  @Option(help: ArgumentHelp(HelpMessage.frameworkStage.local, valueName: "stage")) var stage: String
  @OptionGroup var global: GlobalOptions

  func run(in context: Context) throws {
    let framework = try FrameworkCommand.find(id, context)
    guard let chosen = framework.stage(stage) else {
      throw BilanUsageError(
        context.say(
          FrameworkMessage.unknownStage(
            stage, framework: framework.id, known: framework.stages.map(\.id).joined(separator: ", "))))
    }
    let journal = try context.journal(starting: true)
    try journal.chooseFramework(framework.id, stage: chosen.id, at: context.now.date)
    let skills = try journal.skills()
    let matched = framework.skills.filter { item in skills.contains { framework.item(for: $0) == item } }
    let missing = framework.skills.filter { !matched.contains($0) }
      .map { SkillCatalogue.skill(id: $0.skill)?.name[context.language] ?? $0.skill }
    if !missing.isEmpty { context.warn(context.say(FrameworkMessage.unknownSkills(missing.joined(separator: ", ")))) }
    context.out(
      context.say(
        FrameworkMessage.chosen(
          framework: framework.title[context.language], stage: chosen.name[context.language], skills: matched.count)))
  }
}

/// `framework clear`: aim at no framework; `skills`, `due`, `review`, `evidence` and the site then show
/// no expected level.
struct FrameworkClear: BilanCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(commandName: "clear", abstract: HelpMessage.frameworkClear.local)
  }

  @OptionGroup var global: GlobalOptions

  func run(in context: Context) throws {
    // No journal, no choice: nothing is made to say so.
    let journal = FileManager.default.fileExists(atPath: context.journalPath) ? try context.journal() : nil
    guard let journal, let choice = try journal.frameworkChoice() else {
      context.out(context.say(FrameworkMessage.noneInUse))
      return
    }
    try journal.clearFramework(at: context.now.date)
    let title = (try? context.frameworks.framework(choice.framework))?.framework.title[context.language]
    context.out(context.say(FrameworkMessage.cleared(framework: title ?? choice.framework)))
  }
}
