import ArgumentParser
import BilanCore
import Foundation

struct TargetCommand: BilanCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "target", abstract: HelpMessage.target.local)
  }

  @Argument(help: ArgumentHelp(HelpMessage.sharedSkill.local)) var skill: String
  @Argument(help: ArgumentHelp(HelpMessage.targetLevel.local)) var level: String
  @Option(help: ArgumentHelp(HelpMessage.targetBy.local, valueName: "date")) var by: String?
  @OptionGroup var global: GlobalOptions

  func run(in context: Context) throws {
    guard let level = RatingScale.parse(level) else {
      throw BilanUsageError(context.say(RatingMessage.notALevel(level)))
    }
    var due = ""
    if let by {
      guard let parsed = TargetDate.parse(by) else {
        throw BilanUsageError(context.say(RatingMessage.byTakes(by)))
      }
      let today = EntryFormat.day(context.now.date, context.now.utcOffset)
      guard parsed >= today.prefix(parsed.count) else {
        throw BilanUsageError(context.say(RatingMessage.alreadyPassed(parsed)))
      }
      due = parsed
    }
    let journal = try context.journal(starting: true)
    let found = try SkillCommands.resolve(skill, context, journal)
    try journal.setTarget(skillID: found.id!, level: level, due: due, at: context.now.date)
    let name = found.name(in: context.language)
    if let current = try journal.ratings(of: found.id!).last, current.level > level {
      context.tell(context.say(RatingMessage.belowCurrent(current.level)))
    }
    context.out(context.say(RatingMessage.target(skill: name, level: level, by: due)))
  }
}

struct CadenceCommand: BilanCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "cadence", abstract: HelpMessage.cadence.local)
  }

  @Argument(help: ArgumentHelp(HelpMessage.sharedSkill.local)) var skill: String
  @Argument(help: ArgumentHelp(HelpMessage.cadenceEvery.local)) var every: String
  @OptionGroup var global: GlobalOptions

  func run(in context: Context) throws {
    let cadence: Cadence?
    if every == "default" {
      cadence = nil
    } else if let parsed = Cadence(every) {
      cadence = parsed
    } else {
      throw BilanUsageError(context.say(RatingMessage.badCadence(every)))
    }
    let journal = try context.journal(starting: true)
    let found = try SkillCommands.resolve(skill, context, journal, adding: false)
    try journal.setCadence(skillID: found.id!, to: cadence)
    let standing = try journal.standings(standard: context.cadence, zone: context.zone).first {
      $0.skill.id == found.id
    }
    let due = standing?.due
    context.out(
      context.say(
        RatingMessage.cadence(
          skill: found.name(in: context.language), every: cadence ?? context.cadence,
          day: due.map { Ratings.day($0, context) }, isDue: standing?.isDue(at: context.now.date) ?? false)))
  }
}

struct History: BilanCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "history",
      abstract: HelpMessage.history.local)
  }

  @Argument(help: ArgumentHelp(HelpMessage.sharedSkill.local)) var skill: String
  @Flag(help: ArgumentHelp(HelpMessage.historyChart.local)) var chart = false
  @Option(help: ArgumentHelp(HelpMessage.sharedFormat.local)) var format: Ratings.Format = .text
  @OptionGroup var global: GlobalOptions

  func run(in context: Context) throws {
    let journal = try context.journal(writing: false)
    let found = try SkillCommands.resolve(skill, context, journal, adding: false)
    guard
      let standing = try journal.standings(standard: context.cadence, zone: context.zone).first(where: {
        $0.skill.id == found.id
      })
    else { return }
    if format == .json {
      try Ratings.printJSON(Ratings.json(standing, context), context)
      return
    }
    let name = found.name(in: context.language)
    let levels = standing.ratings.map(\.level)
    guard !levels.isEmpty else {
      let summary = Ratings.summary(standing, context)
      context.out(context.say(RatingMessage.notRated(skill: name, summary: summary)))
      return
    }
    context.out(

      "\(name) — " + context.say(RatingMessage.ratings(levels.count))
        + "  \(Charts.sparkline(levels))  \(Charts.trend(levels))")
    if chart {
      let points = standing.ratings.map { (date: $0.ratedAt, level: $0.level) }
      for line in Charts.levelChart(points, until: context.now.date, width: context.width, zone: context.zone) {
        context.out(line, wrap: .none)
      }
    }
    for rating in standing.ratings {
      var line = "\(Ratings.day(rating.ratedAt, context))  \(rating.level)/5"
      // A long note goes on under itself, clear of the date and the level.
      let hanging = TextWrap.columns(line) + 2
      if !rating.note.isEmpty { line += "  \(rating.note)" }
      if !rating.evidence.isEmpty {
        line += context.say(RatingMessage.evidence(rating.evidence))
      }
      if let entry = rating.entryID { line += context.say(RatingMessage.entry(entry)) }
      context.out(line, wrap: .hanging(hanging))
    }
    context.out(Ratings.summary(standing, context))
  }
}

struct Due: BilanCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "due",
      abstract: HelpMessage.due.local,
      discussion: HelpMessage.dueMore.local)
  }

  @Flag(help: ArgumentHelp(HelpMessage.dueQuiet.local)) var quiet = false
  @Option(help: ArgumentHelp(HelpMessage.sharedFormat.local)) var format: Ratings.Format = .text
  @OptionGroup var global: GlobalOptions

  func run(in context: Context) throws {
    let due: [SkillStanding]
    do {
      // A journal that is not there is a mistake (a typo in a cron line), not "nothing due": the
      // journal, opened for reading, says so.
      due = try Ratings.due(context)
    } catch {
      guard quiet else { throw error }
      _ = Dispatch.report(error, context: context, host: context.host)
      throw CommandFailed(exitCode: 2)
    }
    if quiet {
      if !due.isEmpty { throw CommandFailed(exitCode: 1) }
      return
    }
    let expectation = due.isEmpty ? nil : try context.expectation(context.journal(writing: false))
    if format == .json {
      try Ratings.printJSON(due.map { Ratings.json($0, context, expectation: expectation) }, context)
      return
    }
    if due.isEmpty {
      context.tell(context.say(RatingMessage.nothingDue))
      return
    }
    for standing in due {
      let last = standing.current!
      context.out(
        context.say(
          RatingMessage.due(
            skill: standing.skill.name(in: context.language), level: last.level, on: Ratings.day(last.ratedAt, context),
            since: Ratings.day(standing.due!, context)))
          + (expectation?.level(of: standing.skill).map { " (" + context.say(FrameworkMessage.expectedShort($0)) + ")" }
            ?? ""))
    }
  }
}

/// What the rating commands share: days in the local zone, the summary line, the JSON shape.
enum Ratings {
  enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

  static func day(_ date: Date, _ context: Context) -> String {
    EntryFormat.day(date, context.zone.secondsFromGMT(for: date))
  }

  /// The skills due now, the longest-waiting first. A skill never rated is not due.
  static func due(_ context: Context) throws -> [SkillStanding] {
    try context.journal(writing: false).dueSkills(standard: context.cadence, zone: context.zone, now: context.now.date)
  }

  static func summary(_ standing: SkillStanding, _ context: Context) -> String {
    var parts: [String] = []
    if let target = standing.target {
      parts.append(context.say(RatingMessage.summaryTarget(level: target.level, by: target.due)))
    }
    if let due = standing.due {
      let when = day(due, context)
      parts.append(
        standing.isDue(at: context.now.date)
          ? context.say(RatingMessage.summaryDueSince(when, every: standing.cadence))
          : context.say(RatingMessage.summaryNextDue(when, every: standing.cadence)))
    }
    return parts.joined(separator: context.say(RatingMessage.separator))

  }

  /// The documented JSON of one skill (README, "Output for scripts").
  static func json(_ standing: SkillStanding, _ context: Context, expectation: Expectation? = nil) -> [String: Any] {
    let levels = standing.ratings.map(\.level)
    var json = json(standing, levels, context)
    if let expectation { json["expected"] = expectation.level(of: standing.skill) ?? NSNull() }
    return json
  }

  private static func json(_ standing: SkillStanding, _ levels: [Int], _ context: Context) -> [String: Any] {
    [
      "skill": standing.skill.name(in: context.language),
      "id": standing.skill.id!,
      "catalogId": standing.skill.catalogID ?? NSNull(),
      "category": standing.skill.category?.rawValue ?? NSNull(),
      "level": standing.current?.level ?? NSNull(),
      "ratedAt": standing.current.map { day($0.ratedAt, context) } ?? NSNull(),
      "trend": levels.count >= 2 ? levels[levels.count - 1] - levels[levels.count - 2] : NSNull(),
      "target": standing.target.map { ["level": $0.level, "by": $0.due.isEmpty ? NSNull() : $0.due] as [String: Any] }
        ?? NSNull(),
      "cadence": standing.cadence.description,
      "due": standing.due.map { day($0, context) } ?? NSNull(),
      "isDue": standing.isDue(at: context.now.date),
      "ratings": standing.ratings.map {
        [
          "date": day($0.ratedAt, context), "level": $0.level, "note": $0.note, "evidence": $0.evidence,
          "entry": $0.entryID ?? NSNull(),
        ] as [String: Any]
      },
    ]
  }

  static func printJSON(_ value: Any, _ context: Context) throws {
    let data = try JSONSerialization.data(
      withJSONObject: value, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    context.out(Terminal.safeJSON(String(decoding: data, as: UTF8.self)), wrap: .none)
  }
}
