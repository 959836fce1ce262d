import ArgumentParser
import BilanCore
import Foundation

/// `review`: the essay of a period, stored as an entry of kind `review`.
struct ReviewCommand: BilanCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "review", abstract: HelpMessage.review.local, discussion: HelpMessage.reviewMore.local)
  }

  @Option(help: ArgumentHelp(HelpMessage.reviewSince.local, valueName: "date")) var since: String?
  @Option(help: ArgumentHelp(HelpMessage.filterOptionsUntil.local, valueName: "date")) var until: String?
  @Option(help: ArgumentHelp(HelpMessage.reviewSkill.local, valueName: "skill")) var skill: [String] = []
  @Option(help: ArgumentHelp(HelpMessage.reviewOut.local, valueName: "file")) var out: String?
  @Option(help: ArgumentHelp(HelpMessage.sharedFormat.local)) var format: Ratings.Format = .text
  @OptionGroup var global: GlobalOptions

  func run(in context: Context) throws {
    let now = context.now.date
    let zone = context.zone
    func period(_ text: String, _ option: String) throws -> QuickDate.Period {
      guard let period = QuickDate.period(text, now: now, zone: zone) else {
        throw BilanUsageError(context.say(EntryMessage.notADate(option: option, text: text)))
      }
      return period
    }
    let end = try until.map { try period($0, "--until").end } ?? now
    let journal = try context.journal(starting: true)
    let skillIDs = try skill.map { try SkillCommands.resolve($0, context, journal, adding: false).id! }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = zone
    let start =
      try since.map { try period($0, "--since").start } ?? journal.lastReviewEnd()
      ?? calendar.date(byAdding: .day, value: -90, to: end)!
    guard start < end else {
      throw BilanUsageError(
        context.say(ReviewMessage.emptyPeriod(since: Ratings.day(start, context), until: Ratings.day(end, context))))
    }
    let review = try Review.build(
      journal, since: start, until: end, skillIDs: skillIDs, standard: context.cadence, zone: zone, now: now,
      expectation: try context.expectation(journal), language: context.language)
    let essay = ReviewEssay(review, language: context.language, zone: zone, now: now)
    let (entry, isNew) = try journal.storeReview(
      title: essay.title, frontMatter: essay.frontMatter, body: essay.body, date: now,
      utcOffset: zone.secondsFromGMT(for: now), language: context.language, now: now)
    if let out {
      do {
        try AtomicFile.write(Data(essay.markdown.utf8), to: out)
      } catch let error as FileWriteError {
        throw BilanError(context.say(ReviewMessage.cannotWrite(out, reason: error.reason)))
      }
    }
    if format == .json {
      try Ratings.printJSON(ReviewJSON.of(review, entry: entry.id!, context), context)
    } else if let out {
      context.out(out, wrap: .none)
    } else {
      context.writeExported(essay.markdown)
    }
    context.tell(context.say(isNew ? ReviewMessage.stored(entry.id!) : ReviewMessage.storedAlready(entry.id!)))
  }
}

/// The review for scripts (README, "Output for scripts").
enum ReviewJSON {
  static func of(_ review: Review, entry: Int64, _ context: Context) -> [String: Any] {
    func day(_ date: Date) -> String { Ratings.day(date, context) }
    func rating(_ rating: Rating) -> [String: Any] {
      [
        "date": day(rating.ratedAt), "level": rating.level, "note": rating.note, "evidence": rating.evidence,
        "entry": rating.entryID ?? NSNull(),
      ]
    }
    func entries(_ list: [ReviewEntry]) -> [[String: Any]] {
      list.map {
        [
          "id": $0.id, "kind": $0.kind.rawValue, "title": $0.title,
          "date": FrontMatter.rfc3339($0.date, utcOffset: $0.utcOffset), "excerpt": $0.excerpt,
        ]
      }
    }
    let language = context.language
    return [
      "entry": entry,
      "since": FrontMatter.rfc3339(review.since, utcOffset: context.zone.secondsFromGMT(for: review.since)),
      "until": FrontMatter.rfc3339(review.until, utcOffset: context.zone.secondsFromGMT(for: review.until)),
      "entries": review.entryCount,
      "framework": review.expectation.map { ["id": $0.framework.id, "stage": $0.stage.id] as [String: Any] }
        ?? NSNull(),
      "moved": review.moved.map {
        [
          "skill": $0.skill.name(in: language), "before": $0.before.map(rating) ?? NSNull(),
          "after": rating($0.after), "ratings": $0.ratings.map(rating), "entries": entries($0.entries),
          "expected": $0.expected ?? NSNull(),
        ] as [String: Any]
      },
      "unmoved": review.unmoved.map {
        [
          "skill": $0.skill.name(in: language), "current": rating($0.current), "isDue": $0.isDue,
          "due": $0.due.map(day) ?? NSNull(), "entries": entries($0.entries), "expected": $0.expected ?? NSNull(),
        ] as [String: Any]
      },
      "targets": review.targets.map {
        [
          "skill": $0.skill.name(in: language), "level": $0.target.level,
          "by": $0.target.due.isEmpty ? NSNull() : $0.target.due, "current": $0.current ?? NSNull(), "gap": $0.gap,
        ] as [String: Any]
      },
      "projects": review.projects.map { ["name": $0.name, "entries": $0.entries.map(\.id)] as [String: Any] },
    ]
  }
}
