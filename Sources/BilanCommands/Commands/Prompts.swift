import ArgumentParser
import BilanCore
import Foundation

struct Prompts: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "prompts",
      abstract: HelpMessage.prompts.local,
      discussion: HelpMessage.promptsMore.local,
      subcommands: [PromptsList.self, PromptsShow.self, PromptsCheck.self], defaultSubcommand: PromptsList.self)
  }
}

struct PromptsList: BilanCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "list", abstract: HelpMessage.promptsList.local)
  }

  @OptionGroup var global: GlobalOptions

  func run(in context: Context) throws {
    let sets = try context.prompts.all()
    let width = sets.map(\.set.id.count).max() ?? 0
    for loaded in sets {
      let origin: String
      switch loaded.origin {
      case .shipped: origin = context.say(PromptMessage.shipped)
      case .user(let path, let replacing):
        let shown = Paths.display(path, context.environment)
        origin = replacing ? context.say(PromptMessage.replaces(shown)) : shown
      }
      let count = loaded.set.asked.count
      context.out(
        "\(loaded.set.id.padding(toLength: width, withPad: " ", startingAt: 0))  \(loaded.set.title[context.language])  "
          + context.say(PromptMessage.questions(count, origin: origin)), wrap: .hanging(width + 2))
    }
  }
}

struct PromptsShow: BilanCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(commandName: "show", abstract: HelpMessage.promptsShow.local)
  }

  @Argument(help: ArgumentHelp(HelpMessage.promptsShowId.local))
  var id: String

  @OptionGroup var global: GlobalOptions

  func run(in context: Context) throws {
    let set = try context.promptSet(id)
    let lang = context.language
    context.out("\(set.id): \(set.title[lang])", .bold)
    if let description = set.description { context.out(description[lang]) }
    var number = 0
    for question in set.questions {
      if let heading = question.heading { context.out("\n## " + heading[lang]) }
      if question.kind == .generated {
        context.out(context.say(PromptMessage.generated))
        continue
      }
      number += 1
      context.out(line(question, "\(number).", lang, context))
      for (index, part) in question.parts.enumerated() {
        context.out("   " + line(part, "\(number).\(index + 1)", lang, context))
      }
    }
  }

  private func line(_ question: PromptSet.Question, _ number: String, _ lang: Language, _ context: Context) -> String {
    var notes = [context.say(PromptMessage.kind(question.kind))]
    if question.kind == .anecdotes {
      notes.append(context.say(PromptMessage.range(min: question.min, max: question.max)))
    }
    if question.required { notes.append(context.say(PromptMessage.required)) }
    if let words = question.minWords { notes.append(context.say(PromptMessage.minWords(words))) }
    let label = question.label.map { "**\($0[lang])** " } ?? ""
    return "\(number) \(label)\(question.question[lang]) [\(notes.joined(separator: ", "))]"
  }
}

struct PromptsCheck: BilanCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "check", abstract: HelpMessage.promptsCheck.local)
  }

  @Argument(help: ArgumentHelp(HelpMessage.promptsCheckFiles.local))
  var files: [String]

  @OptionGroup var global: GlobalOptions

  func run(in context: Context) throws {
    try DataFileCheck.run(files, context) { data, file in
      if (file as NSString).lastPathComponent == "skills.yaml" {
        // The skills catalogue has its own format (prompts/README.md).
        let skills = try SkillCatalogue.parse(yaml: String(decoding: data, as: UTF8.self), file: file)
        return context.say(PromptMessage.skillsChecked(file: file, skills: skills.count))
      }
      let set = try PromptSet.parse(data: data, file: file)
      return context.say(PromptMessage.setChecked(file: file, set: set.id, questions: set.asked.count))
    }
  }
}
