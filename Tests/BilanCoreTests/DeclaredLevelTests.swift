import Foundation
import GRDB
import Testing

@testable import BilanCore

/// An imported skill's page that says its level and target (issue 19): stored as the skill's rating and
/// target, dated as the page, so that the overview and the page's card show what the author wrote.
@Suite struct DeclaredLevelTests {
  let folder = temporaryFolder()
  let now = Date(timeIntervalSince1970: 1_764_322_200)
  let sets = PromptLibrary.shippedIDs.compactMap { try? PromptLibrary.shipped($0) }

  static func page(level: Int, date: String? = "2025-06-10") -> String {
    """
    ---
    title: "Communication"
    \(date.map { "date: \($0)\n" } ?? "")---
    ## Ma définition

    Transmettre un message clair.

    ## Mes éléments de preuve

    ### Présenter Alpha

    **Situation :** en stage.

    ## Mon autocritique

    **Mon niveau :** \(level)/5 — Autonome

    ## Mon évolution

    **Objectif :** niveau 4/5 d'ici 2027-06

    """
  }

  func importPage(_ text: String, into journal: Journal) throws -> Int64 {
    let data = Data(text.utf8)
    let plan = ImportPlan(
      document: try MarkdownDocument.parse(data), path: "/site/content/competences/communication.md",
      hash: ContentHash.of(data), sets: sets, localOffset: 3600)
    switch try journal.importMarkdown(plan, language: .fr, now: now) {
    case .imported(let id), .updated(let id): return id
    default: throw MarkdownDocument.Problem(line: 0, message: .verbatim("not imported"))
    }
  }

  func standing(_ journal: Journal) throws -> SkillStanding {
    try #require(
      try journal.standings(standard: .standard, zone: TimeZone(identifier: "Europe/Paris")!).first {
        $0.skill.catalogID == "communication"
      })
  }

  @Test func a_declared_level_rates_the_skill_as_of_the_page_and_follows_the_page() throws {
    let journal = try openJournal(path: folder + "/j.sqlite", language: .fr)
    let id = try importPage(Self.page(level: 3), into: journal)
    var mine = try standing(journal)
    #expect(mine.ratings.map(\.level) == [3])
    #expect(mine.ratings.first?.entryID == id)
    #expect(mine.current?.ratedAt == ImportPlan.parseDate("2025-06-10", localOffset: 3600)?.0)
    #expect(mine.target.map { [$0.level] } == [4] && mine.target?.due == "2027-06")
    // The page says 4 now: its rating follows, none is added.
    _ = try importPage(Self.page(level: 4), into: journal)
    mine = try standing(journal)
    #expect(mine.ratings.map(\.level) == [4])
    // In the trash, the page's rating stops counting.
    _ = try journal.trash([id], now: now)
    #expect(try standing(journal).current == nil)
  }

  @Test func an_undated_page_is_rated_when_it_was_imported() throws {
    let journal = try openJournal(path: folder + "/j.sqlite", language: .fr)
    _ = try importPage(Self.page(level: 2, date: nil), into: journal)
    #expect(try standing(journal).current?.ratedAt == now)
  }

  @Test func pages_imported_before_v12_get_their_rating_when_the_journal_is_opened() throws {
    let path = folder + "/old.sqlite"
    let opened = try openJournal(path: path, language: .fr)
    let id = try importPage(Self.page(level: 3), into: opened)
    // As an older bilan left it: the page, no rating, no target, no v12. (Changed while the journal is
    // open, so that an encrypted one's key is held.)
    let queue = try DatabaseQueue(path: path)
    try queue.write { db in
      try db.execute(
        sql: "DELETE FROM rating; DELETE FROM target; DELETE FROM grdb_migrations WHERE identifier = 'v12'")
    }
    try queue.close()
    withExtendedLifetime(opened) {}
    let journal = try openJournal(path: path, language: .fr)
    let mine = try standing(journal)
    #expect(mine.ratings.map(\.level) == [3] && mine.ratings.first?.entryID == id)
    #expect(mine.target?.level == 4)
  }
}
