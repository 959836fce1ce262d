import BilanCore

/// What `review` says.
enum ReviewMessage: MessageCatalogue {
  case stored(Int64)
  case storedAlready(Int64)
  case emptyPeriod(since: String, until: String)
  case cannotWrite(String, reason: String)
  case nothingToMap
  case mapLegend

  static let samples: [ReviewMessage] = [
    .stored(3), .storedAlready(3), .emptyPeriod(since: "X", until: "Y"), .cannotWrite("X", reason: "Y"), .nothingToMap,
    .mapLegend,
  ]
}
