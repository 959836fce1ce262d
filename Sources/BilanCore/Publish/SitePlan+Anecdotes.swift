import Foundation

extension SitePlan {
  /// The anecdotes of a skill's essay, by the project each tells of (found by its name as skills are,
  /// else by the page its address leads to): their headings, in order. The project's page names them
  /// beside the skill, so that a project made from an anecdote has more than its title to show.
  static func anecdotes(
    of loaded: EssayLoader.Loaded, language: Language, projects: [Project], slugs: [Int64: String]
  ) -> [Int64: [String]] {
    let layout = EssayLayout(set: loaded.set, language: language, subject: loaded.subject)
    var told: [Int64: [String]] = [:]
    for (key, link) in PromptSet.projectAnswers(loaded.set.asked, loaded.answers) {
      var project: Project?
      if let name = link.name, case .found(let found) = NameMatcher.match(name, among: projects) {
        project = found
      } else if let slug = link.address.flatMap(ProjectPages.slug(ofAddress:)) {
        project = projects.first { slugs[$0.id!]?.lowercased() == slug }
      }
      guard let id = project?.id else { continue }
      // `proofs.2.project`: the second anecdote of `proofs`, headed by its title or the set's `item`.
      let parts = key.split(separator: ".").map(String.init)
      var heading: [String] = []
      if parts.count == 3, let number = Int(parts[1]), let question = loaded.set.question(parts[0]) {
        let title = loaded.answers[Interview.key(question.id, number, "title")]?.trimmingCharacters(in: .whitespaces)
        heading = [title.flatMap { $0.isEmpty ? nil : $0 } ?? layout.itemHeading(question, number)]
      }
      told[id, default: []] += heading
    }
    return told
  }

  /// What follows a skill's link on a project's page: the anecdotes that tell of the project.
  static func anecdoteNote(_ headings: [String], _ language: Language) -> String {
    guard !headings.isEmpty else { return "" }
    let quoted = headings.map { language.pick("« \($0) »", "“\($0)”") }.joined(separator: ", ")
    let word = SiteWords.stories(headings.count).text(language)
    return " — \(word) " + HugoText.escapeShortcodes(quoted)
  }
}
