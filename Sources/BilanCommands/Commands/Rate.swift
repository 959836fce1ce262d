import ArgumentParser
import BilanCore
import Foundation

struct Rate: BilanCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "rate",
      abstract: HelpMessage.rate.local,
      discussion: HelpMessage.rateMore.local)
  }

  @Argument(help: ArgumentHelp(HelpMessage.sharedSkill.local)) var skill: String?
  @Argument(help: ArgumentHelp(HelpMessage.rateLevel.local)) var level: String?
  @Option(help: ArgumentHelp(HelpMessage.rateNote.local, valueName: "text")) var note: String?
  @Option(help: ArgumentHelp(HelpMessage.rateEvidence.local, valueName: "id|url")) var evidence: String?
  @Option(help: ArgumentHelp(HelpMessage.rateDate.local, valueName: "date")) var date: String?
  @OptionGroup var global: GlobalOptions

  func run(in context: Context) throws {
    // Worded before the `??`, as in `assess` (built inside the autoclosure, it crashed the run).
    let missing = context.say(UsageMessage.missingSkill(command: "bilan rate", level: true))
    let name = try skill ?? context.ask(context.say(RatingMessage.skillPrompt), missing: missing)
    let journal = try context.journal(starting: true)
    let found = try SkillCommands.resolve(name, context, journal)
    let when = try moment(context)
    let previous = try journal.previousRating(of: found.id!, before: when)
    let skillName = found.name(in: context.language)
    if let previous {
      context.tell(context.say(RatingMessage.previous(level: previous.level, on: day(previous.ratedAt, context))))
    }
    let level = try self.level.map { try parse($0, context) } ?? askLevel(context)
    // The rating after this one counts too: a past rating must not hide a jump.
    let next = try journal.ratings(of: found.id!).first { $0.ratedAt > when }
    // The honesty rule, against the rating before this one and, for a past date, the one after it.
    let jumped = [previous, next].compactMap { $0 }.first { Honesty.isJump(from: $0.level, to: level) }
    let needed = Honesty.needsEvidence(level: level, previous: previous?.level) || jumped != nil
    var note = self.note?.trimmingCharacters(in: .whitespaces) ?? ""
    var evidence = try self.evidence.map { try checked($0, journal, context) } ?? ""
    // `rate SKILL` on a terminal is a conversation: level, justification, evidence. Given a level, only
    // the evidence the honesty rule requires is asked for, so the next command typed is never taken.
    let conversation = context.interactive && self.level == nil
    if context.interactive, conversation || (needed && evidence.isEmpty) {
      if conversation, self.note == nil {
        note = try answer(context.say(RatingMessage.justificationPrompt), context)
      }
      if evidence.isEmpty { evidence = try askEvidence(required: needed, journal, context) }
    } else if evidence.isEmpty, needed {
      let why =
        level >= 4
        ? context.say(RatingMessage.levelNeedsEvidence(level))
        : context.say(RatingMessage.jumpNeedsEvidence(from: jumped!.level, to: level))
      throw BilanUsageError(context.say(RatingMessage.addEvidence(why: why)))
    }
    try journal.rate(skillID: found.id!, level: level, note: note, evidence: evidence, at: when)
    var line = context.say(RatingMessage.rated(skill: skillName, level: level, on: day(when, context)))
    if let previous {
      line += context.say(RatingMessage.before(level: previous.level, on: day(previous.ratedAt, context)))
    }
    context.out(line)
  }

  private func parse(_ text: String, _ context: Context) throws -> Int {
    guard let level = RatingScale.parse(text) else {
      throw BilanUsageError(context.say(RatingMessage.notALevel(text)))
    }
    return level
  }

  /// One typed line; `:quit` stops the command and nothing is stored.
  private func answer(_ prompt: String, _ context: Context) throws -> String {
    guard let typed = try context.input.readLine(prompt: prompt, command: false) else {
      throw BilanError(context.say(RatingMessage.nothingStored))
    }
    let value = typed.trimmingCharacters(in: .whitespaces)
    if value == ":quit" { throw BilanError(context.say(RatingMessage.nothingStored)) }
    return value
  }

  /// Now, or noon (local time) of a past day given with --date.
  private func moment(_ context: Context) throws -> Date {
    let now = context.now.date
    guard let date else { return now }
    guard TargetDate.parse(date)?.count == 10 else {
      throw BilanUsageError(context.say(RatingMessage.dateTakes(date)))
    }
    let parts = date.split(separator: "-").compactMap { Int($0) }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = context.zone
    guard let noon = calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2], hour: 12))
    else {
      throw BilanUsageError(context.say(RatingMessage.dateTakes(date)))
    }
    guard calendar.startOfDay(for: noon) <= now else {
      throw BilanUsageError(context.say(RatingMessage.futureDate(date)))
    }
    return min(noon, now)
  }

  private func day(_ date: Date, _ context: Context) -> String {
    EntryFormat.day(date, context.zone.secondsFromGMT(for: date))
  }

  private func askLevel(_ context: Context) throws -> Int {
    let missing = context.say(RatingMessage.missingLevel)
    guard context.interactive else { throw BilanUsageError(missing) }
    for level in RatingScale.levels { context.out("  \(level). \(RatingScale.descriptor(level, context.language))") }
    while true {
      let typed = try answer(context.say(RatingMessage.levelPrompt), context)
      if let level = RatingScale.parse(typed) { return level }
      context.warn(context.say(RatingMessage.notALevelTypeAgain(typed)))
    }
  }

  private func askEvidence(required: Bool, _ journal: Journal, _ context: Context) throws -> String {
    let prompt = context.say(RatingMessage.evidencePrompt(required: required))
    while true {
      let value = try answer(prompt, context)
      if value.hasPrefix(":") {
        context.warn(context.say(RatingMessage.typeEvidence))
        continue
      }
      if value.isEmpty {
        if !required { return "" }
        context.warn(context.say(RatingMessage.levelCallsForEvidence))
        continue
      }
      do {
        return try checked(value, journal, context)
      } catch let error as BilanError {
        context.warn("bilan: \(error.description)")
      }
    }
  }

  /// An entry id must name an entry (stored as `#12`); anything else is kept as given (an address, a few
  /// words). Spaces alone are no evidence.
  private func checked(_ value: String, _ journal: Journal, _ context: Context) throws -> String {
    let value = value.trimmingCharacters(in: .whitespaces)
    let digits = value.hasPrefix("#") ? String(value.dropFirst()) : value
    guard let id = Int64(digits) else { return value }
    guard try journal.entry(id) != nil else {
      throw BilanError(context.say(RatingMessage.noEntry(id)))

    }
    return "#\(id)"
  }
}
