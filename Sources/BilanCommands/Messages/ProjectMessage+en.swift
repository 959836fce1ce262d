extension ProjectMessage {
  var en: String {
    switch self {
    case .noProjects: "No projects: 'project add NAME'."
    case .page(let id): "  (page #\(id))"
    case .alreadyExists(let name): "'\(name)' already exists."
    case .added(let name): "Project '\(name)' added."
    case .ambiguous(let name, let projects): "'\(name)' matches several projects: " + projects.joined(separator: ", ")
    case .noProject(let name): "No project '\(name)' (see 'projects')."
    }
  }
}
