import Foundation
import Testing

@testable import BilanCore

/// Cadence arithmetic, charts and the standing of a skill, with a fake clock.
@Suite struct RatingTests {
  static func date(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }
  let paris = TimeZone(identifier: "Europe/Paris")!
  let tokyo = TimeZone(identifier: "Asia/Tokyo")!

  @Test(arguments: [
    ("30d", 30, Cadence.Unit.day), ("6w", 6, .week), ("3m", 3, .month), ("1y", 1, .year), ("45", 45, .day),
  ])
  func cadences_read_as_written(_ text: String, _ count: Int, _ unit: Cadence.Unit) {
    #expect(Cadence(text) == Cadence(count: count, unit: unit))
  }

  @Test(arguments: ["", "0d", "-3d", "3x", "d", "20y", "1.5m"])
  func bad_cadences_are_refused(_ text: String) {
    #expect(Cadence(text) == nil)
  }

  @Test func a_month_after_the_31st_of_january_is_the_last_day_of_february() {
    let rated = Self.date("2027-01-31T18:00:00Z")  // 19:00 in Paris
    let due = Cadence(count: 1, unit: .month).due(after: rated, in: paris)
    #expect(due == Self.date("2027-02-27T23:00:00Z"))  // 28 February, midnight in Paris
    let leap = Cadence(count: 1, unit: .month).due(after: Self.date("2028-01-31T10:00:00Z"), in: paris)
    #expect(leap == Self.date("2028-02-28T23:00:00Z"))  // 29 February 2028
  }

  @Test func the_day_of_a_rating_is_the_local_one() {
    // 23:30 UTC on 30 September is already 1 October in Tokyo: 90 days later differ by a day.
    let rated = Self.date("2026-09-30T23:30:00Z")
    #expect(Cadence.standard.due(after: rated, in: TimeZone(secondsFromGMT: 0)!) == Self.date("2026-12-29T00:00:00Z"))
    #expect(Cadence.standard.due(after: rated, in: tokyo) == Self.date("2026-12-29T15:00:00Z"))  // 30 Dec, Tokyo
  }

  @Test func across_a_daylight_saving_change_a_week_is_seven_calendar_days() {
    let rated = Self.date("2026-10-20T10:00:00Z")  // Paris leaves summer time on 25 October
    #expect(Cadence(count: 1, unit: .week).due(after: rated, in: paris) == Self.date("2026-10-26T23:00:00Z"))
  }

  @Test func sparkline_and_trend() {
    #expect(Charts.sparkline([1, 2, 3, 4, 5]) == "▁▃▄▆█")
    #expect(Charts.trend([2, 4]) == "↑ +2")
    #expect(Charts.trend([4, 3]) == "↓ -1")
    #expect(Charts.trend([3, 3]) == "→")
    #expect(Charts.trend([3]) == "·")
  }

  @Test func the_level_chart_fits_the_width_it_is_given() {
    let points = [
      (date: Self.date("2026-01-01T12:00:00Z"), level: 2), (date: Self.date("2026-03-02T12:00:00Z"), level: 4),
    ]
    let until = Self.date("2026-05-01T12:00:00Z")
    let narrow = Charts.levelChart(points, until: until, width: 24, zone: paris)
    #expect(
      narrow == [
        "5 │",
        "4 │         ███████████",
        "3 │         ███████████",
        "2 │████████████████████",
        "1 │████████████████████",
        "  └────────────────────",
        "   2026-01-01 2026-05-01",
      ])
    let wide = Charts.levelChart(points, until: until, width: 60, zone: paris)
    #expect(wide.allSatisfy { $0.count <= 60 })
    #expect(wide[1] == "4 │" + String(repeating: " ", count: 27) + String(repeating: "█", count: 29))
    // A rating made now shows in the last column.
    let today = Charts.levelChart(points + [(date: until, level: 5)], until: until, width: 24, zone: paris)
    #expect(today[0] == "5 │" + String(repeating: " ", count: 19) + "█")
    #expect(Charts.levelChart([], until: until, width: 60, zone: paris).isEmpty)
  }

  @Test func bars_show_the_level_and_mark_the_target() {
    #expect(Charts.bar(level: 3, target: 4, cellsPerLevel: 2) == "██████░┃░░")
    #expect(Charts.bar(level: 5, target: 2, cellsPerLevel: 1) == "█┃███")
    #expect(Charts.bar(level: nil, target: nil, cellsPerLevel: 2) == "··········")
    // A framework's expected level, marked apart from the target.
    #expect(Charts.bar(level: 3, target: 4, expected: 2, cellsPerLevel: 2) == "███╎██░┃░░")
    #expect(Charts.bar(level: 3, target: 4, expected: 4, cellsPerLevel: 1) == "███┃░")
  }

  @Test func a_skills_standing_leaves_drafts_out_and_knows_when_it_is_due() throws {
    let journal = try openJournal(path: temporaryFolder() + "/j.sqlite", language: .en)
    let sql = try #require(try journal.skill(named: "SQL"))
    try journal.rate(skillID: sql.id!, level: 2, note: "", evidence: "", at: Self.date("2026-06-01T10:00:00Z"))
    try journal.rate(skillID: sql.id!, level: 3, note: "joins", evidence: "#1", at: Self.date("2026-08-01T10:00:00Z"))
    let portfolio = try #require(try PromptLibrary.shipped("portfolio"))
    let draft = try journal.startAssessment(skillName: "SQL", set: portfolio, language: .en, now: Date(), utcOffset: 0)
    try journal.saveProgress(
      entryID: draft.id!, interview: Interview(questions: portfolio.asked, answers: ["rating": "5"]), now: Date())
    try journal.setCadence(skillID: sql.id!, to: Cadence(count: 1, unit: .month))
    let standing = try #require(try journal.standings(standard: .standard, zone: paris).first { $0.skill.id == sql.id })
    #expect(standing.ratings.map(\.level) == [2, 3])
    #expect(standing.due == Self.date("2026-08-31T22:00:00Z"))
    #expect(standing.isDue(at: Self.date("2026-08-31T22:00:00Z")))
    #expect(!standing.isDue(at: Self.date("2026-08-31T21:59:59Z")))
    let never = try #require(
      try journal.standings(standard: .standard, zone: paris).first { $0.skill.catalogID == "python" })
    #expect(never.due == nil && !never.isDue(at: Date.distantFuture))
  }
}
