extension ProjectMessage {
  var fr: String {
    switch self {
    case .noProjects: "Aucun projet : « project add NOM »."
    case .page(let id): "  (page #\(id))"
    case .alreadyExists(let name): "« \(name) » existe déjà."
    case .added(let name): "Projet « \(name) » ajouté."
    case .ambiguous(let name, let projects):
      "« \(name) » désigne plusieurs projets : " + projects.joined(separator: ", ")
    case .noProject(let name): "Pas de projet « \(name) » (voir « projects »)."
    }
  }
}
