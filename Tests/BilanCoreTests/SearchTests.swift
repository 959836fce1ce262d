import Foundation
import Testing

@testable import BilanCore

/// Full-text search on a small fixed corpus.
@Suite struct SearchTests {
  let journal: Journal

  init() throws {
    journal = try openJournal(path: temporaryFolder() + "/search.sqlite", language: .fr)
    let texts = [
      ("Travail en équipe", "Une équipe soudée livre le tableau de bord."),
      ("Autonomie", "Demander de l'aide tôt, c'est aussi de l'autonomie."),
      ("Réunion", "L'équipe de nuit a parlé de la migration vers le cloud."),
      ("Gestion de projet", "Planifier, suivre, livrer : la gestion au quotidien."),
    ]
    let entries = texts.enumerated().map { index, text in
      JrnlEntry(
        date: DateComponents(year: 2026, month: 11, day: index + 1, hour: 9, minute: 0), title: text.0, body: text.1,
        tags: [], starred: false)
    }
    _ = try journal.importJrnl(entries, timeZone: TimeZone(secondsFromGMT: 0)!, language: .fr, now: Date())
  }

  func titles(_ query: String) throws -> [String] {
    try journal.search(query, limit: 20).map(\.title)
  }

  @Test func accents_and_case_are_ignored_and_titles_rank_first() throws {
    // "Travail en équipe" has the word in its title: it comes before the entry that only says it.
    #expect(try titles("EQUIPE") == ["Travail en équipe", "Réunion"])
    #expect(try titles("autonomie") == ["Autonomie"])
  }

  @Test func numbers_stored_beside_the_words_are_not_indexed() throws {
    let id = try journal.write(
      title: "Bilan chiffré", body: "", tags: [], skills: [], date: Date(), utcOffset: 0, language: .fr, now: Date()
    ).id!
    try journal.write { db in
      // An answer in words, then a level, a target's month and a count, as an assessment stores them.
      for (position, text) in ["Des jointures", "3", "2027-06", " 12 \n"].enumerated() {
        try db.execute(
          sql: "INSERT INTO answer (entryId, questionId, position, text) VALUES (?, ?, ?, ?)",
          arguments: [id, "q\(position)", position, text])
      }
      try Journal.reindex(db, entryID: id)
    }
    #expect(try titles("jointures") == ["Bilan chiffré"])
    #expect(try titles("3").isEmpty && titles("2027").isEmpty && titles("12").isEmpty)
  }

  @Test func phrases_prefixes_and_operators() throws {
    #expect(try titles("\"tableau de bord\"") == ["Travail en équipe"])
    #expect(try titles("\"bord tableau\"").isEmpty)
    #expect(try titles("livr*").sorted() == ["Gestion de projet", "Travail en équipe"])
    #expect(try titles("cloud OR autonomie").sorted() == ["Autonomie", "Réunion"])
    #expect(try titles("équipe NOT nuit") == ["Travail en équipe"])
  }

  @Test func the_snippet_marks_the_match() throws {
    let hit = try #require(try journal.search("migration", limit: 1).first)
    #expect(hit.snippet.contains("\(SearchHit.open)migration\(SearchHit.close)"))
  }

  @Test(arguments: ["AND(", "\"unclosed", "NOT", "a:b"])
  func an_invalid_query_is_a_clear_error(_ query: String) {
    #expect(throws: InvalidSearch.self) { try journal.search(query, limit: 5) }
  }
}

@Suite struct QuickDateTests {
  let now = ISO8601DateFormatter().date(from: "2026-03-01T08:30:00Z")!  // 09:30 in Paris
  let paris = TimeZone(identifier: "Europe/Paris")!

  func day(_ text: String) -> String? {
    QuickDate.parse(text, now: now, zone: paris).map {
      let formatter = ISO8601DateFormatter()
      formatter.timeZone = paris
      return formatter.string(from: $0)
    }
  }

  @Test func the_forms_a_person_types() {
    #expect(day("today") == "2026-03-01T09:30:00+01:00")
    #expect(day("yesterday") == "2026-02-28T09:30:00+01:00")  // across a month end
    #expect(day("-3d") == "2026-02-26T09:30:00+01:00")
    #expect(day("2026-02-14") == "2026-02-14T09:30:00+01:00")
    #expect(day("2026-02-14 14:05") == "2026-02-14T14:05:00+01:00")
    #expect(day("tomorrow") == nil && day("2026-02-30") == nil && day("-xd") == nil)
  }
}
