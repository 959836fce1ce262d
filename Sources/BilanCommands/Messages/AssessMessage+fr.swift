extension AssessMessage {
  var fr: String {
    switch self {
    case .skill: "Compétence :"
    case .defaultSetWarning(let place): "bilan: attention : \(place) : "
    case .started(let title, let id, let set, let count):
      "« \(title) » (#\(id), \(set.fr.lowercased())) : \(count) questions. Chaque ligne est enregistrée dès Entrée."
    case .reflection(let day): "Réflexion du \(day)"
    }
  }
}
