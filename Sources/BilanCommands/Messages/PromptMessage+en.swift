extension PromptMessage {
  var en: String {
    switch self {
    case .shipped: "shipped with bilan"
    case .replaces(let shown): "\(shown) (replaces the shipped one)"
    case .questions(let count, let origin): "(\(count) questions, \(origin))"
    case .generated: "   (built from the links given)"
    case .range(let min, let max): "\(min) to \(max)"
    case .required: "required"
    case .minWords(let words): "≥ \(words) words"
    case .kind(let kind): kind.rawValue
    case .unreadable: "no such file, or it cannot be read"
    case .skillsChecked(let file, let skills): "\(file): ok (catalogue of \(skills) skills)"
    case .setChecked(let file, let set, let questions): "\(file): ok (set '\(set)', \(questions) questions)"
    }
  }
}
