import Foundation
import GRDB
import Testing

@testable import BilanCore

/// A journal built over a simulated year (a fixed clock moved month by month): every figure of the
/// review is one stored in it.
@Suite struct ReviewTests {
  static let zone = TimeZone(secondsFromGMT: 3600)!
  static func date(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

  /// Four skills rated on the first of each month of 2026 (levels climbing at known months), an
  /// entry each day of the last quarter naming one of them, and a target.
  static func year() throws -> (Journal, [String: Skill]) {
    let journal = try Journal(writer: DatabaseQueue(), language: .en)
    var skills: [String: Skill] = [:]
    for name in ["Communication", "SQL", "Rigour", "Teamwork"] {
      let skill: Skill = try #require(try journal.skill(named: name))
      skills[name] = skill
    }
    // Communication climbs 2 → 3 on 1 October; SQL 3 → 4 on 1 November; Rigour stays at 3; Teamwork is
    // rated once, in February.
    for month in 1...11 {
      let day = date(String(format: "2026-%02d-01T09:00:00+01:00", month))
      try journal.rate(
        skillID: skills["Communication"]!.id!, level: month >= 10 ? 3 : 2, note: "month \(month)",
        evidence: month == 10 ? "https://example.org/talk" : "", at: day)
      try journal.rate(skillID: skills["SQL"]!.id!, level: month >= 11 ? 4 : 3, note: "", evidence: "", at: day)
      try journal.rate(skillID: skills["Rigour"]!.id!, level: 3, note: "", evidence: "", at: day)
    }
    try journal.rate(
      skillID: skills["Teamwork"]!.id!, level: 2, note: "", evidence: "", at: date("2026-02-01T09:00:00+01:00"))
    try journal.setTarget(skillID: skills["SQL"]!.id!, level: 5, due: "2027-06", at: date("2026-01-01T09:00:00Z"))
    // 1 September to 27 November: one entry a day, naming Communication on even days, SQL on odd ones.
    var day = date("2026-09-01T18:00:00+01:00")
    while day < date("2026-11-28T00:00:00+01:00") {
      let number = Calendar(identifier: .gregorian).component(.day, from: day)
      let skill = number % 2 == 0 ? skills["Communication"]! : skills["SQL"]!
      try journal.write(
        title: "Day \(Charts.day(day, zone))", body: "\n# What happened\nI worked on \(skill.name) (\(number)).\n",
        tags: [], skills: [skill], date: day, utcOffset: 3600, language: .en, now: day)
      day = day.addingTimeInterval(86400)
    }
    return (journal, skills)
  }

  @Test func every_figure_of_the_review_is_a_stored_one() throws {
    let (journal, skills) = try Self.year()
    let since = Self.date("2026-09-15T00:00:00+01:00")
    let until = Self.date("2026-11-28T00:00:00+01:00")
    let now = Self.date("2026-11-28T10:30:00+01:00")
    let review = try Review.build(
      journal, since: since, until: until, standard: .standard, zone: Self.zone, now: now, expectation: nil,
      language: .en)
    let stored = try journal.reviewEntries(since: since, until: until)
    #expect(review.entryCount == stored.count)
    #expect(review.entryCount == 74)  // 15 September to 27 November, one a day
    // Communication moved 2 → 3, the rating before the period being 1 September's.
    #expect(review.moved.map { $0.skill.name } == ["Communication", "SQL"])
    let communication = review.moved[0]
    let ratings = try journal.ratings(of: skills["Communication"]!.id!)
    #expect(communication.before == ratings.last { $0.ratedAt < since })
    #expect(communication.before?.level == 2)
    #expect(communication.before?.ratedAt == Self.date("2026-09-01T09:00:00+01:00"))
    #expect(communication.ratings.map(\.level) == [3, 3])
    #expect(communication.after.ratedAt == Self.date("2026-11-01T09:00:00+01:00"))
    #expect(communication.ratings.first?.evidence == "https://example.org/talk")
    // The entries naming it are exactly the stored ones that name it.
    let naming = stored.filter { $0.skillIDs.contains(skills["Communication"]!.id!) }
    #expect(communication.entries.map(\.id) == naming.map(\.id))
    #expect(communication.entries.count == 36)  // the even days
    #expect(communication.entries.first?.excerpt == "What happened")
    #expect(review.moved[1].before?.level == 3 && review.moved[1].after.level == 4)
    // Rigour did not move and is not due (rated on 1 November); Teamwork, rated in February, is due.
    #expect(review.unmoved.map { $0.skill.name } == ["Rigour", "Teamwork"])
    #expect(review.unmoved[0].isDue == false && review.unmoved[1].isDue == true)
    #expect(review.unmoved[1].current.ratedAt == Self.date("2026-02-01T09:00:00+01:00"))
    // The SQL target: 5 by 2027-06, one level to go from 4.
    #expect(review.targets.map { "\($0.skill.name) \($0.target.level) \($0.current ?? 0) \($0.gap)" } == ["SQL 5 4 1"])
  }

  @Test(arguments: Language.allCases)
  func the_essay_says_the_figures_in_the_language_asked(_ language: Language) throws {
    let (journal, _) = try Self.year()
    let now = Self.date("2026-11-28T10:30:00+01:00")
    let review = try Review.build(
      journal, since: Self.date("2026-09-15T00:00:00+01:00"), until: Self.date("2026-11-28T00:00:00+01:00"),
      standard: .standard, zone: Self.zone, now: now, expectation: nil, language: language)
    let essay = ReviewEssay(review, language: language, zone: Self.zone, now: now)
    let expected: [String]
    switch language {
    case .fr:
      expected = [
        "title: \"Bilan du 2026-09-15 au 2026-11-27\"", "until: 2026-11-28T00:00:00+01:00",
        "Période du 2026-09-15 au 2026-11-27 : 74 entrées, 2 compétences ont évolué.",
        "### Communication : 2/5 → 3/5", "- Avant : 2/5 le 2026-09-01 ; après : 3/5 le 2026-11-01",
        "- 2026-10-01 — 3/5 : month 10 ; preuve : https://example.org/talk",
        "  - 2026-09-16 « Day 2026-09-16 » (#", "- Rigueur : 3/5 depuis le 2026-11-01",
        "- Travail en équipe : 2/5 depuis le 2026-02-01 — à réévaluer depuis le 2026-05-02",
        "- SQL : 4/5, objectif 5/5 d'ici 2027-06 — encore 1 niveau", "## Projets de la période",
      ]
    case .en:
      expected = [
        "title: \"Review from 2026-09-15 to 2026-11-27\"", "kind: \"review\"",
        "Period from 2026-09-15 to 2026-11-27: 74 entries, 2 skills moved.", "### Communication: 2/5 → 3/5",
        "- Before: 2/5 on 2026-09-01; after: 3/5 on 2026-11-01",
        "- 2026-10-01 — 3/5: month 10; evidence: https://example.org/talk",
        "  - 2026-09-16 “Day 2026-09-16” (#", "- Rigour: 3/5 since 2026-11-01",
        "- Teamwork: 2/5 since 2026-02-01 — due since 2026-05-02",
        "- SQL: 4/5, target 5/5 by 2027-06 — 1 level to go",
      ]
    }
    for line in expected {
      #expect(essay.markdown.contains(line), "\(language): no '\(line)' in\n\(essay.markdown)")
    }
  }

  @Test func a_stored_review_is_an_entry_and_the_next_starts_where_it_ended() throws {
    let (journal, _) = try Self.year()
    #expect(try journal.lastReviewEnd() == nil)
    let now = Self.date("2026-11-28T10:30:00+01:00")
    let review = try Review.build(
      journal, since: Self.date("2026-09-15T00:00:00+01:00"), until: now, standard: .standard, zone: Self.zone,
      now: now, expectation: nil, language: .en)
    let essay = ReviewEssay(review, language: .en, zone: Self.zone, now: now)
    let (entry, isNew) = try journal.storeReview(
      title: essay.title, frontMatter: essay.frontMatter, body: essay.body, date: now, utcOffset: 3600,
      language: .en, now: now)
    #expect(entry.kind == .review && isNew)
    // The same review again (a script asking for its JSON twice) is the one stored, not a second.
    let again = try journal.storeReview(
      title: essay.title, frontMatter: essay.frontMatter, body: essay.body, date: now, utcOffset: 3600,
      language: .en, now: now)
    #expect(again.entry.id == entry.id && !again.isNew)
    #expect(try journal.lastReviewEnd() == now)
    var filter = EntryFilter()
    filter.kinds = [.review]
    #expect(try journal.summaries(matching: filter, limit: nil).map(\.id) == [entry.id!])
    // Exported as it was written, front matter included; and a review is not an entry of the next one.
    let loaded = try EssayLoader.essay(entry, journal, PromptLibrary(userFolder: nil))
    #expect(loaded.markdown == essay.markdown)
    #expect(try journal.reviewEntries(since: now.addingTimeInterval(-1), until: now.addingTimeInterval(1)).isEmpty)
  }
}
