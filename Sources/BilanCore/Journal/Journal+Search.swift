import Foundation
import GRDB

/// One search result: the entry and where its text matched.
public struct SearchHit: Sendable, Equatable {
  public var id: Int64
  public var title: String
  public var date: Date
  public var utcOffset: Int
  /// A few words around the match, the matched ones between `SearchHit.open` and `SearchHit.close`.
  public var snippet: String

  public static let open = "\u{2}"
  public static let close = "\u{3}"
}

/// A query FTS5 cannot read, with SQLite's reason.
public struct InvalidSearch: Error, Equatable {
  public var reason: String
}

extension Journal {
  /// Full-text search over titles, answers and journal text (FTS5, case and accents ignored): phrases in
  /// quotes, `prefix*`, `OR`, `NOT`. The best matches first (bm25, the title weighing more); the index
  /// finds them, so the cost follows the matches, not the size of the journal.
  public func search(_ query: String, limit: Int) throws -> [SearchHit] {
    do {
      return try read { db in
        try Row.fetchAll(
          db,
          sql: """
            SELECT e.id, e.title, coalesce(e.date, e.createdAt) AS shown, e.utcOffset,
                   snippet(entryText, -1, ?, ?, '…', 12) AS snippet
            FROM entryText JOIN entry e ON e.id = entryText.rowid
            WHERE entryText MATCH ? AND e.deletedAt IS NULL
            ORDER BY bm25(entryText, 5.0, 1.0), e.id DESC
            LIMIT ?
            """, arguments: [SearchHit.open, SearchHit.close, query, max(0, limit)]
        ).map {
          SearchHit(
            id: $0["id"], title: $0["title"], date: $0["shown"], utcOffset: $0["utcOffset"], snippet: $0["snippet"])
        }
      }
    } catch let error as DatabaseError where error.resultCode == .SQLITE_ERROR {
      throw InvalidSearch(reason: error.message ?? "syntax error")
    }
  }
}
