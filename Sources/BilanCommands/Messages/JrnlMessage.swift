/// What `import --from jrnl` says: a path it cannot read, its summary, and each note with its fix.
enum JrnlMessage: MessageCatalogue {
  case unreadable
  case summary(imported: Int, unchanged: Int, skipped: Int, failed: Int)
  case unknownDirective(String)
  /// The fix that ends the notes on a skipped entry.
  case again
  case textBeforeFirstImported
  case textBeforeFirstSkipped
  case noMonth(Int)
  case noDay(Int, month: Int, year: Int)
  case noTime(String)
  case impossibleDate(String, why: String)
  case notTheDateFormat(String)
  case writeTheDate
  case unreadableDate(String)
  case thenImportAgain
  case datedLineInBody(String)
  case bracketInBody(String)
  case bracketlessEntries
  case notADayFile

  static let samples: [JrnlMessage] = [
    .unreadable, .summary(imported: 1, unchanged: 2, skipped: 3, failed: 4), .unknownDirective("%X"), .again,
    .textBeforeFirstImported, .textBeforeFirstSkipped, .noMonth(13), .noDay(31, month: 2, year: 2024),
    .noTime("25:00"), .impossibleDate("X", why: "Y"), .notTheDateFormat("%X"), .writeTheDate, .unreadableDate("X"),
    .thenImportAgain, .datedLineInBody("X"), .bracketInBody("X"), .bracketlessEntries, .notADayFile,
  ]
}
