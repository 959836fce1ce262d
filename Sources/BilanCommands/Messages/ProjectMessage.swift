/// What `projects` and `project` say.
enum ProjectMessage: MessageCatalogue {
  case noProjects
  case page(Int64)
  case alreadyExists(String)
  case added(String)
  case ambiguous(String, [String])
  case noProject(String)

  static let samples: [ProjectMessage] = [
    .noProjects, .page(1), .alreadyExists("X"), .added("X"), .ambiguous("X", ["Y", "Z"]), .noProject("X"),
  ]
}
