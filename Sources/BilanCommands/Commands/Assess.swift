import ArgumentParser
import BilanCore
import Foundation

struct Assess: BilanCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "assess",
      abstract: HelpMessage.assess.local,
      discussion: HelpMessage.assessMore.local)
  }

  @Argument(help: ArgumentHelp(HelpMessage.assessSkill.local))
  var skill: String?

  @Option(name: .customLong("set"), help: ArgumentHelp(HelpMessage.assessSet.local, valueName: "id"))
  var set: String?

  @Option(help: ArgumentHelp(HelpMessage.assessProject.local, valueName: "name"))
  var project: String?

  @OptionGroup var global: GlobalOptions

  func validate() throws {
    if project != nil, skill != nil {
      throw ValidationError(UsageMessage.skillOrProject.local)
    }
  }

  func run(in context: Context) throws {
    if let project {
      let name = project.trimmingCharacters(in: .whitespaces)
      guard !name.isEmpty else {
        throw BilanUsageError(context.say(UsageMessage.projectNeedsName(command: "bilan assess --project")))
      }
      try Interviews.project(name, set: set, context)
      return
    }
    // Worded before the `??`: built inside its throwing autoclosure, the message crashed the run
    // (swift 6.3.1, a debug build; FreshTrialTests keeps `bilan assess` without a skill).
    let missing = context.say(UsageMessage.missingSkill(command: "bilan assess", level: false))
    let typed = skill.map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
    let name = try typed ?? context.ask(context.say(AssessMessage.skill), missing: missing)
    let promptSet = try Interviews.set(set ?? Interviews.defaultSet(context), about: .skill, context)
    let journal = try context.journal(starting: true)
    let skill = try SkillCommands.resolve(name, context, journal)
    if let definition = skill.catalogue?.definition[context.language] {
      context.tell(definition, .dim)
    }
    try Interviews.start(
      kind: .assessment, skill: skill, title: skill.name(in: context.language), set: promptSet,
      subject: skill.subject(in: context.language), context: context)
  }
}

/// Starting an interview, shared by `assess` and `daily`.
enum Interviews {
  /// `default_set` from config.yaml when it names a known set about a skill, else `vision` (and why, with
  /// the config's file and line).
  static func defaultSet(_ context: Context) -> String {
    let (id, problem) = SetChoice.defaultSet(configured: context.config.defaultSet, in: context.prompts)
    if let problem {
      let place = "\(Paths.config(context.environment)):\(context.config.lines["default_set"] ?? 1)"
      context.warn(
        context.say(AssessMessage.defaultSetWarning(place)) + problem.message(context.language))
    }
    return id
  }

  /// A set that fits the command: `assess SKILL` takes a set about a skill, `--project` one about a project.
  static func set(_ id: String, about: PromptSet.About, _ context: Context) throws -> PromptSet {
    do {
      return try SetChoice.set(id, about: about, in: context.prompts)
    } catch let choice as SetChoice {
      throw BilanUsageError(choice.message(context.language))
    }
  }

  /// A project's page, through the `project` set (or another about a project).
  static func project(_ name: String, set: String?, _ context: Context) throws {
    let promptSet = try Interviews.set(set ?? "project", about: .project, context)
    let project = try context.journal(starting: true).findOrAddProject(name: name, now: context.now.date)
    try start(
      kind: .project, skill: nil, title: project.name, set: promptSet, subject: Subject(project: project.name),
      project: project, context: context)
  }

  static func start(
    kind: Entry.Kind, skill: Skill?, title: String, set: PromptSet, subject: Subject, related: [Skill] = [],
    project: Project? = nil, context: Context
  ) throws {
    let journal = try context.journal(starting: true)
    let now = context.now
    let entry = try journal.startEntry(
      kind: kind, skill: skill, title: title, set: set, language: context.language, related: related,
      project: project, now: now.date, utcOffset: now.utcOffset)
    let count = set.asked.count
    context.tell(
      context.say(AssessMessage.started(title: entry.title, id: entry.id!, set: set.title, questions: count)))
    var runner = InterviewRunner(
      context: context, journal: journal, set: set, subject: subject, entry: entry,
      interview: Interview(
        questions: set.asked, today: EntryFormat.day(now.date, now.utcOffset),
        previousLevel: try skill.flatMap { try journal.previousRating(of: $0.id!, before: now.date) }?.level))
    try runner.run()
  }
}
