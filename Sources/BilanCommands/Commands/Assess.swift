import ArgumentParser
import BilanCore
import Foundation

struct Assess: BilanCommand {
  static let configuration = CommandConfiguration(
    commandName: "assess",
    abstract: "Assess a skill (or write a project page) through guided questions; the answers become an essay.",
    discussion: """
      Text answers take several lines and end with a line holding only '.' ('..' writes a '.').
      As the first line of an answer: :hint shows help, :back returns to the previous question,
      :skip leaves it empty, :edit opens $EDITOR, :quit stops and keeps the draft (see 'resume').
      Every line is stored as soon as it is typed.
      The skill is matched in the catalogue ('skills') in either language, ignoring case and accents;
      the first words are enough ('autonomie'). An unknown name is added to the catalogue.
      The question set is --set, else default_set in config.yaml, else vision ('prompts' lists them).
      """)

  @Argument(help: "The skill, for example \"autonomie professionnelle\" (asked for on a terminal when missing).")
  var skill: String?

  @Option(name: .customLong("set"), help: ArgumentHelp("The question set (see 'prompts').", valueName: "id"))
  var set: String?

  @Option(help: ArgumentHelp("Write a project page instead, with the 'project' set.", valueName: "name"))
  var project: String?

  @OptionGroup var global: GlobalOptions

  func validate() throws {
    if project != nil, skill != nil {
      throw ValidationError("give a skill or --project NAME, not both")
    }
  }

  func run(in context: Context) throws {
    if let project {
      let name = project.trimmingCharacters(in: .whitespaces)
      guard !name.isEmpty else { throw BilanUsageError("--project needs a name: bilan assess --project NAME") }
      try Interviews.project(name, set: set, context)
      return
    }
    let name =
      try skill.map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
      ?? context.ask(context.say(AssessMessage.skill), missing: "Missing the skill: bilan assess SKILL")
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
