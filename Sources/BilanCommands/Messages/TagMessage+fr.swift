extension TagMessage {
  var fr: String {
    switch self {
    case .starred(let id, let title): "★ #\(id) \(title)"
    case .unstarred(let id, let title): "#\(id) \(title) : sans étoile"
    case .noTags: "Aucune étiquette."
    }
  }
}
