import Foundation
import GRDB

/// One search result: the entry and where its text matched.
public struct SearchHit: Sendable, Equatable {
  public var entry: EntrySummary
  /// A few words around the match, the matched ones between `SearchHit.open` and `SearchHit.close`.
  public var snippet: String

  public var id: Int64 { entry.id }
  public var title: String { entry.title }

  public static let open = "\u{2}"
  public static let close = "\u{3}"
}

/// A query FTS5 cannot read, with SQLite's reason.
public struct InvalidSearch: Error, Equatable {
  public var reason: String
}

extension Journal {
  /// FTS5's snippet() weighs every match against every other: on a text of megabytes that says a word
  /// a hundred thousand times it runs for minutes. Such a text shows its beginning instead.
  static let snippetLimit = 200_000

  /// Full-text search over titles, answers and journal text (FTS5, case and accents ignored): phrases in
  /// quotes, `prefix*`, `OR`, `NOT`. The best matches first (bm25, the title weighing more); the index
  /// finds them, so the cost follows the matches, not the size of the journal.
  public func search(_ query: String, matching filter: EntryFilter = EntryFilter(), limit: Int) throws -> [SearchHit] {
    try read { db in
      let (condition, arguments) = filter.condition()
      do {
        return try Row.fetchAll(
          db,
          sql: """
            SELECT \(EntrySummary.columns),
                   CASE WHEN length(entryText.body) <= \(Self.snippetLimit) THEN snippet(entryText, -1, ?, ?, '…', 12)
                        ELSE substr(entryText.body, 1, 80) || '…' END AS snippet
            FROM entryText JOIN entry e ON e.id = entryText.rowid \(EntrySummary.joins)
            WHERE entryText MATCH ? AND \(condition)
            ORDER BY bm25(entryText, 5.0, 1.0), e.id DESC
            LIMIT ?
            """, arguments: [SearchHit.open, SearchHit.close, query] + arguments + [max(0, limit)]
          // A row of the index with no text (an older jrnl import stored NULL) has no snippet: never a crash.
        ).map { SearchHit(entry: try EntrySummary(row: $0), snippet: $0["snippet"] as String? ?? "") }
      } catch let error as DatabaseError where error.resultCode == .SQLITE_ERROR {
        throw InvalidSearch(reason: error.message ?? "syntax error")
      }
    }
  }
}
