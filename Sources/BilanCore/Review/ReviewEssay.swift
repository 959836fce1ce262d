import Foundation

/// A review written as a front-matter Markdown essay, in one language: stored as an entry of kind
/// `review`, exported and edited as the others are.
public struct ReviewEssay: Sendable {
  public var title: String
  public var frontMatter: [(key: String, value: FrontMatter.Value)]
  public var body: String

  /// The body starts with the blank line that follows the front matter: stored so, it is exported so.
  public var markdown: String { FrontMatter.yaml(frontMatter) + body }

  public init(_ review: Review, language: Language, zone: TimeZone, now: Date) {
    let say = language.pick
    func day(_ date: Date) -> String { Charts.day(date, zone) }
    let first = day(review.since)
    // `until` is excluded: the last day shown is the one before it.
    let last = day(review.until.addingTimeInterval(-1))
    title = say("Bilan du \(first) au \(last)", "Review from \(first) to \(last)")
    var fields: [(key: String, value: FrontMatter.Value)] = [
      ("title", .string(title)), ("date", .date(now, utcOffset: zone.secondsFromGMT(for: now))),
      ("kind", .string("review")),
      ("since", .date(review.since, utcOffset: zone.secondsFromGMT(for: review.since))),
      ("until", .date(review.until, utcOffset: zone.secondsFromGMT(for: review.until))),
    ]
    if let expectation = review.expectation {
      fields.append(("framework", .string(expectation.framework.id)))
      fields.append(("stage", .string(expectation.stage.id)))
    }
    frontMatter = fields
    let stage = review.expectation.map { $0.stage.name[language] } ?? ""
    func expected(_ level: Int?) -> String {
      level.map { say(" (attendu : \($0)/5, \(stage))", " (expected: \($0)/5, \(stage))") } ?? ""
    }
    func name(_ skill: Skill) -> String { skill.name(in: language) }
    func cited(_ entry: ReviewEntry) -> String {
      let excerpt = entry.excerpt.isEmpty ? "" : " — \(entry.excerpt)"
      return "\(EntryDay.of(entry)) « \(entry.title) » (#\(entry.id))\(excerpt)"
        .replacingOccurrences(of: "« ", with: say("« ", "“")).replacingOccurrences(of: " »", with: say(" »", "”"))
    }
    var lines: [String] = []
    lines.append(
      say(
        "Période du \(first) au \(last) : \(Rubric.plural(review.entryCount, "entrée", "entrées")), "
          + "\(Rubric.plural(review.moved.count, "compétence a", "compétences ont")) évolué.",
        "Period from \(first) to \(last): \(Rubric.plural(review.entryCount, "entry", "entries")), "
          + "\(Rubric.plural(review.moved.count, "skill", "skills")) moved."))
    if let expectation = review.expectation {
      lines.append("")
      lines.append(
        say(
          "Niveaux attendus : \(expectation.framework.title.fr), \(stage).",
          "Expected levels: \(expectation.framework.title.en), \(stage)."))
    }
    lines.append("")
    lines.append(say("## Compétences qui ont évolué", "## Skills that moved"))
    if review.moved.isEmpty { lines += ["", say("Aucune sur la période.", "None in the period.")] }
    for moved in review.moved {
      let before = moved.before.map { "\($0.level)/5" } ?? "–"
      lines += ["", "### \(name(moved.skill)) : \(before) → \(moved.after.level)/5"]
      if language == .en { lines[lines.count - 1] = "### \(name(moved.skill)): \(before) → \(moved.after.level)/5" }
      lines.append("")
      let was =
        moved.before.map {
          say("\($0.level)/5 le \(day($0.ratedAt))", "\($0.level)/5 on \(day($0.ratedAt))")
        } ?? say("pas encore évaluée", "not rated yet")
      lines.append(
        say("- Avant : \(was) ; après : ", "- Before: \(was); after: ")
          + say(
            "\(moved.after.level)/5 le \(day(moved.after.ratedAt))",
            "\(moved.after.level)/5 on \(day(moved.after.ratedAt))")
          + expected(moved.expected))
      lines += Self.ratingLines(moved.ratings, language: language, zone: zone)
      lines += Self.entryLines(moved.entries, language: language, cited: cited)
    }
    lines += ["", say("## Compétences stables ou à réévaluer", "## Skills that did not move, or are due")]
    if review.unmoved.isEmpty { lines += ["", say("Aucune.", "None.")] }
    if !review.unmoved.isEmpty { lines.append("") }
    for unmoved in review.unmoved {
      var line = say(
        "- \(name(unmoved.skill)) : \(unmoved.current.level)/5 depuis le \(day(unmoved.current.ratedAt))",
        "- \(name(unmoved.skill)): \(unmoved.current.level)/5 since \(day(unmoved.current.ratedAt))")
      line += expected(unmoved.expected)
      if unmoved.isDue, let due = unmoved.due {
        line += say(" — à réévaluer depuis le \(day(due))", " — due since \(day(due))")
      }
      if !unmoved.entries.isEmpty {
        line += say(
          " — \(Rubric.plural(unmoved.entries.count, "entrée la nomme", "entrées la nomment"))",
          " — named by \(Rubric.plural(unmoved.entries.count, "entry", "entries"))")
      }
      lines.append(line)
    }
    lines += ["", say("## Objectifs", "## Targets")]
    if review.targets.isEmpty { lines += ["", say("Aucun objectif fixé.", "No target set.")] }
    if !review.targets.isEmpty { lines.append("") }
    for target in review.targets {
      let now = target.current.map { "\($0)/5" } ?? "–"
      let by = target.target.due.isEmpty ? "" : say(" d'ici \(target.target.due)", " by \(target.target.due)")
      let gap =
        target.gap == 0
        ? say("atteint", "reached")
        : say(
          "encore \(target.gap) niveau\(target.gap > 1 ? "x" : "")",
          "\(target.gap) level\(target.gap > 1 ? "s" : "") to go")
      lines.append(
        say(
          "- \(name(target.skill)) : \(now), objectif \(target.target.level)/5\(by) — \(gap)",
          "- \(name(target.skill)): \(now), target \(target.target.level)/5\(by) — \(gap)"))
    }
    lines += ["", say("## Projets de la période", "## Projects of the period")]
    if review.projects.isEmpty { lines += ["", say("Aucun.", "None.")] }
    if !review.projects.isEmpty { lines.append("") }
    for project in review.projects {
      let ids = project.entries.map { "#\($0.id)" }.joined(separator: ", ")
      lines.append(
        say(
          "- \(project.name) : \(Rubric.plural(project.entries.count, "entrée", "entrées")) (\(ids))",
          "- \(project.name): \(Rubric.plural(project.entries.count, "entry", "entries")) (\(ids))"))
    }
    body = "\n" + lines.joined(separator: "\n") + "\n"
  }

  static func ratingLines(_ ratings: [Rating], language: Language, zone: TimeZone) -> [String] {
    ratings.map { rating in
      var line = "- \(Charts.day(rating.ratedAt, zone)) — \(rating.level)/5"
      if !rating.note.isEmpty { line += " : \(rating.note)" }
      if !rating.evidence.isEmpty {
        // Set apart from the note, which may end without a stop.
        let separator = rating.note.isEmpty ? " — " : language.pick(" ; ", "; ")
        line += separator + language.pick("preuve : \(rating.evidence)", "evidence: \(rating.evidence)")
      }
      if language == .en { line = line.replacingOccurrences(of: "/5 : ", with: "/5: ") }
      return line
    }
  }

  static func entryLines(_ entries: [ReviewEntry], language: Language, cited: (ReviewEntry) -> String) -> [String] {
    guard !entries.isEmpty else { return [] }
    return [language.pick("- Entrées de la période qui la nomment :", "- Entries of the period that name it:")]
      + entries.map { "  - " + cited($0) }
  }
}

/// An entry's day as it was written (its own UTC offset).
enum EntryDay {
  static func of(_ entry: ReviewEntry) -> String {
    String(FrontMatter.rfc3339(entry.date, utcOffset: entry.utcOffset).prefix(10))
  }
}
