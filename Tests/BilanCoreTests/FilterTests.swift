import Foundation
import GRDB
import Testing

@testable import BilanCore

/// `list`, `search` and `export` filters on a small journal of every kind of entry.
@Suite struct FilterTests {
  let journal: Journal
  let utc = TimeZone(secondsFromGMT: 0)!
  let now = ISO8601DateFormatter().date(from: "2026-11-28T10:00:00Z")!
  var ids: [String: Int64] = [:]

  func day(_ text: String) -> Date { ISO8601DateFormatter().date(from: text + "T09:00:00Z")! }

  init() throws {
    journal = try openJournal(path: temporaryFolder() + "/filters.sqlite", language: .fr)
    let autonomie = try #require(try journal.matchSkill("autonomie").found)
    let sql = try #require(try journal.matchSkill("sql").found)
    // An assessment of autonomie, finished on 2026-09-15.
    let set = try #require(try PromptLibrary.shipped("vision"))
    let assessment = try journal.startEntry(
      kind: .assessment, skill: autonomie, title: "Autonomie", set: set, language: .fr, now: day("2026-09-15"),
      utcOffset: 0)
    _ = try journal.finish(entryID: assessment.id!, now: day("2026-09-15"), utcOffset: 0)
    ids["assessment"] = assessment.id
    // A draft assessment of SQL, started on 2026-11-20.
    ids["draft"] = try journal.startEntry(
      kind: .assessment, skill: sql, title: "SQL", set: set, language: .fr, now: day("2026-11-20"), utcOffset: 0
    ).id
    // A project page tied to SQL through its project.
    let project = try journal.addProject(name: "Citi", description: "", now: day("2026-10-01"))
    try journal.link(project: project.id!, skills: [sql.id!])
    let page = try journal.startEntry(
      kind: .project, skill: nil, title: "Citi", set: set, language: .fr, project: project, now: day("2026-10-01"),
      utcOffset: 0)
    _ = try journal.finish(entryID: page.id!, now: day("2026-10-01"), utcOffset: 0)
    ids["project"] = page.id
    // Quick entries: one naming autonomie, tagged; one tagged twice; one starred from jrnl.
    ids["stage"] =
      try journal.write(
        title: "Stage", body: "Premier jour.", tags: ["stage"], skills: [autonomie], date: day("2026-11-01"),
        utcOffset: 0, language: .fr, now: now
      ).id
    ids["release"] =
      try journal.write(
        title: "Release", body: "Livré.", tags: ["Release", "team"], skills: [], date: day("2026-11-27"),
        utcOffset: 0, language: .fr, now: now
      ).id
    _ = try journal.importJrnl(
      [
        JrnlEntry(
          date: DateComponents(year: 2025, month: 12, day: 31, hour: 23, minute: 30), title: "Bilan de l'année",
          body: "Une année avec l'@team.", tags: ["@team"], starred: true)
      ], timeZone: utc, language: .fr, now: now)
    ids["jrnl"] = try journal.search("année", limit: 1).first?.id
  }

  func listed(_ build: (inout EntryFilter) throws -> Void) throws -> [String] {
    var filter = EntryFilter()
    try build(&filter)
    let names = Dictionary(uniqueKeysWithValues: ids.map { ($0.value, $0.key) })
    return try journal.summaries(matching: filter, limit: nil).map { names[$0.id] ?? "?" }
  }

  func skill(_ name: String) throws -> Int64 { try #require(try journal.matchSkill(name).found?.id) }

  @Test func no_filter_lists_everything_newest_first() throws {
    #expect(try listed { _ in } == ["release", "draft", "stage", "project", "assessment", "jrnl"])
  }

  @Test func a_skill_takes_its_assessments_the_entries_naming_it_and_its_projects_pages() throws {
    #expect(try listed { $0.skillIDs = [try skill("autonomie")] } == ["stage", "assessment"])
    #expect(try listed { $0.skillIDs = [try skill("sql")] } == ["draft", "project"])
    #expect(try listed { $0.skillIDs = [try skill("sql"), try skill("autonomie")] }.count == 4)
    #expect(try listed { $0.skillIDs = [try skill("python")] } == [])
  }

  @Test func tags_ignore_case_and_jrnls_at_sign_and_any_of_several_matches() throws {
    #expect(try listed { $0.tags = ["team"] } == ["release", "jrnl"])
    #expect(try listed { $0.tags = ["@TEAM"] } == ["release", "jrnl"])
    #expect(try listed { $0.tags = ["release"] } == ["release"])
    #expect(try listed { $0.tags = ["stage", "release"] } == ["release", "stage"])
    #expect(try listed { $0.tags = ["nothing"] } == [])
  }

  @Test func kinds_dates_stars_and_their_combinations() throws {
    #expect(try listed { $0.kinds = [.journal] } == ["release", "stage", "jrnl"])
    #expect(try listed { $0.kinds = [.assessment, .project] } == ["draft", "project", "assessment"])
    #expect(try listed { $0.starredOnly = true } == ["jrnl"])
    #expect(try listed { $0.finishedOnly = true }.contains("draft") == false)
    // --since 2026-10 --until 2026-11-01: October and the first of November, both ends included.
    let october = try #require(QuickDate.period("2026-10", now: now, zone: utc))
    let first = try #require(QuickDate.period("2026-11-01", now: now, zone: utc))
    #expect(
      try listed {
        $0.since = october.start; $0.until = first.end
      } == ["stage", "project"])
    // A tag and a kind and a date narrow each other.
    #expect(
      try listed {
        $0.tags = ["team"]
        $0.kinds = [.journal]
        $0.since = october.start
      } == ["release"])
    #expect(
      try listed {
        $0.skillIDs = [try skill("autonomie")]
        $0.kinds = [.assessment]
      } == ["assessment"])
  }

  @Test func search_takes_the_same_filters() throws {
    var filter = EntryFilter()
    filter.tags = ["team"]
    #expect(try journal.search("année OR livré", matching: filter, limit: 10).count == 2)
    filter.starredOnly = true
    #expect(try journal.search("année OR livré", matching: filter, limit: 10).map(\.title) == ["Bilan de l'année"])
  }

  @Test func tags_are_counted_without_the_entries_in_the_trash() throws {
    #expect(try journal.tagCounts().map { "\($0.name) \($0.count)" } == ["@team 1", "Release 1", "stage 1", "team 1"])
    try journal.write { db in
      try db.execute(sql: "UPDATE entry SET deletedAt = ? WHERE id = ?", arguments: [now, ids["release"]])
    }
    #expect(try journal.tagCounts().map { "\($0.name) \($0.count)" } == ["@team 1", "stage 1"])
    #expect(try listed { $0.tags = ["team"] } == ["jrnl"])
  }

  @Test func export_walks_the_filtered_entries_oldest_first() throws {
    var filter = EntryFilter()
    filter.kinds = [.journal]
    #expect(try journal.entryIDs(matching: filter) == [ids["jrnl"], ids["stage"], ids["release"]].compactMap { $0 })
  }

  /// An imported page that gives no date has none: listed last (as the oldest), first in an export's
  /// walk, in no period; drafts keep the time they were started. The date index still serves the list.
  @Test func an_undated_page_sorts_as_the_oldest_and_is_in_no_period() throws {
    let data = Data("---\ntitle: \"Sans date\"\n#date: 2014-09-28\n---\n## Une\ntexte\n".utf8)
    let plan = ImportPlan(
      document: try MarkdownDocument.parse(data), path: "/site/undated.md", hash: ContentHash.of(data), sets: [],
      localOffset: 0)
    guard case .imported(let id) = try journal.importMarkdown(plan, language: .fr, now: now) else {
      Issue.record("not imported")
      return
    }
    var named = ids
    named["undated"] = id
    let names = Dictionary(uniqueKeysWithValues: named.map { ($0.value, $0.key) })
    let all = try journal.summaries(matching: EntryFilter(), limit: nil)
    #expect(all.map { names[$0.id] } == ["release", "draft", "stage", "project", "assessment", "jrnl", "undated"])
    #expect(all.last?.shownDate == nil)
    #expect(try journal.entryIDs(matching: EntryFilter()).first == id)
    var filter = EntryFilter()
    filter.since = day("2000-01-01")
    #expect(try journal.summaries(matching: filter, limit: nil).count == 6)
    filter = EntryFilter()
    filter.until = day("2100-01-01")
    #expect(try journal.summaries(matching: filter, limit: nil).count == 6)
    let steps = try journal.read { db in
      try Row.fetchAll(
        db,
        sql: "EXPLAIN QUERY PLAN SELECT \(EntrySummary.columns) FROM \(EntrySummary.tables) WHERE e.deletedAt IS NULL "
          + "ORDER BY \(EntrySummary.day) DESC, e.id DESC LIMIT 10"
      ).map { $0["detail"] as String }
    }
    #expect(
      steps.contains { $0.contains("USING INDEX entry_by_day") } && !steps.contains { $0.contains("TEMP B-TREE") })
  }
}

extension SkillMatch {
  var found: Skill? {
    if case .found(let skill) = self { skill } else { nil }
  }
}

@Suite struct PeriodTests {
  let now = ISO8601DateFormatter().date(from: "2026-03-01T08:30:00Z")!  // 09:30 in Paris
  let paris = TimeZone(identifier: "Europe/Paris")!

  func period(_ text: String) -> String? {
    QuickDate.period(text, now: now, zone: paris).map {
      let formatter = ISO8601DateFormatter()
      formatter.timeZone = paris
      return formatter.string(from: $0.start) + " … " + formatter.string(from: $0.end)
    }
  }

  @Test func a_typed_date_covers_its_whole_day_month_or_year() {
    #expect(period("2026-02-14") == "2026-02-14T00:00:00+01:00 … 2026-02-15T00:00:00+01:00")
    #expect(period("2026-02") == "2026-02-01T00:00:00+01:00 … 2026-03-01T00:00:00+01:00")
    #expect(period("2025") == "2025-01-01T00:00:00+01:00 … 2026-01-01T00:00:00+01:00")
    #expect(period("today") == "2026-03-01T00:00:00+01:00 … 2026-03-02T00:00:00+01:00")
    #expect(period("hier") == "2026-02-28T00:00:00+01:00 … 2026-03-01T00:00:00+01:00")
    #expect(period("-7d") == "2026-02-22T00:00:00+01:00 … 2026-02-23T00:00:00+01:00")
    #expect(period("2026-02-14 14:05") == "2026-02-14T14:05:00+01:00 … 2026-02-14T14:06:00+01:00")
    // Summer time: the day of the change is 23 hours long, and still one day.
    #expect(period("2026-03-29") == "2026-03-29T00:00:00+01:00 … 2026-03-30T00:00:00+02:00")
  }

  @Test func what_is_not_a_date_is_refused() {
    for text in ["soon", "2026-13", "2026-02-30", "26-02-14", "-d", "2026-2-1x", ""] {
      #expect(period(text) == nil, "\(text)")
    }
    // A month or a year is a period, not a moment for write --date.
    #expect(QuickDate.parse("2026-02", now: now, zone: paris) == nil)
  }
}
