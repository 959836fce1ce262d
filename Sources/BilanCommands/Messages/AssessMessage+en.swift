extension AssessMessage {
  var en: String {
    switch self {
    case .skill: "Skill:"
    case .defaultSetWarning(let place): "bilan: warning: \(place): "
    case .started(let title, let id, let set, let count):
      "'\(title)' (#\(id), \(set.en.lowercased())): \(count) questions. Each line is saved as soon as you press Enter."
    case .reflection(let day): "Reflection of \(day)"
    }
  }
}
