extension TagMessage {
  var en: String {
    switch self {
    case .starred(let id, let title): "★ #\(id) \(title)"
    case .unstarred(let id, let title): "#\(id) \(title): unstarred"
    case .noTags: "No tags."
    }
  }
}
