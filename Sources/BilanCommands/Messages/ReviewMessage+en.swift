extension ReviewMessage {
  var en: String {
    switch self {
    case .storedAlready(let id):
      "The same review is already stored, as entry #\(id): nothing was added."
    case .stored(let id):
      "The review is stored as entry #\(id) (kind review): the next one starts where it ends."
    case .emptyPeriod(let since, let until):
      "--until (\(until)) must come after the start of the review (\(since))."
    case .cannotWrite(let path, let reason): "cannot write \(path): \(reason)"
    case .nothingToMap:
      "Nothing to map yet: an essay ('assess SKILL --set portfolio') or a framework ('framework use ID --stage S') gives requirements."
    case .mapLegend: "■ has evidence  □ missing; the skills whose evidence is oldest come first"
    }
  }
}
