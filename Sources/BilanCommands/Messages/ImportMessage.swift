/// What `import --from markdown` says.
enum ImportMessage: MessageCatalogue {
  case publishedPassedOver(Int)
  case noSuchPath
  case unreadable
  case imageNotFound(String)
  case imported(Int64, String)
  case updated(Int64, String)
  case copy(file: String, of: Int64, path: String)
  case summary(imported: Int, updated: Int, unchanged: Int, failed: Int)
  /// A page that is almost a set: the set, the headings matched, the headings it has.
  case almost(set: String, matched: Int, expected: Int)
  case strayInstead(heading: String, instead: String, almost: String)
  case stray(heading: String, almost: String)
  case moreStrays(Int, set: String)
  case missingHeading(String, almost: String)
  case missingPath
  case onlyWith(flag: String, formats: String)

  static let samples: [ImportMessage] = [
    .publishedPassedOver(3), .noSuchPath, .unreadable, .imageNotFound("a.png"), .imported(1, "/a.md"),
    .updated(1, "/a.md"), .copy(file: "/b/a.md", of: 1, path: "/a/a.md"),
    .summary(imported: 1, updated: 2, unchanged: 3, failed: 4), .almost(set: "vision", matched: 3, expected: 4),
    .strayInstead(heading: "X", instead: "Y", almost: "Z"), .stray(heading: "X", almost: "Z"),
    .moreStrays(7, set: "vision"), .missingHeading("X", almost: "Z"), .missingPath,
    .onlyWith(flag: "--x", formats: "y"),
  ]
}
