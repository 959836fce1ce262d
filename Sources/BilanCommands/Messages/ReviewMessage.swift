import BilanCore

/// What `review` says.
enum ReviewMessage: MessageCatalogue {
  case stored(Int64)
  case emptyPeriod(since: String, until: String)
  case cannotWrite(String, reason: String)

  static let samples: [ReviewMessage] = [
    .stored(3), .emptyPeriod(since: "X", until: "Y"), .cannotWrite("X", reason: "Y"),
  ]
}
