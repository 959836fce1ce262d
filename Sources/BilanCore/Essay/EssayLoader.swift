import Foundation

/// Why an entry cannot be shown: each says what to do, in the user's language.
public enum EssayLoadError: Error, Equatable {
  case noEntry(Int64)
  case inTrash(Int64)
  /// The entry's question set is no longer there: the entry, the set's id, the user's sets folder.
  case missingSet(Int64, String, String?)

  public func message(_ language: Language) -> String {
    switch self {
    case .noEntry(let id):
      return language.pick("Pas d'entrée #\(id) (voir « list »).", "No entry #\(id) (see 'list').")
    case .inTrash(let id):
      return language.pick(
        "L'entrée #\(id) est dans la corbeille (« undelete \(id) » l'en sort).",
        "Entry #\(id) is in the trash ('undelete \(id)' brings it back).")
    case .missingSet(let id, let set, let folder):
      let place = folder ?? "prompts/"
      return language.pick(
        "l'entrée #\(id) utilise le jeu de questions « \(set) », introuvable : remettez son fichier dans \(place).",
        "entry #\(id) uses the question set '\(set)', which is not found: put its file back in \(place).")
    }
  }
}

/// Gathers what it takes to show, edit, check, export or publish one entry.
public enum EssayLoader {
  /// The set of an imported file that matched none: no questions, no rubric.
  public static let noSet = PromptSet(
    id: "-", version: 1, about: .skill, title: LocalizedText(fr: "Fichier importé", en: "Imported file"),
    description: nil, questions: [])

  public static func promptSet(of entry: Entry, _ prompts: PromptLibrary) throws -> PromptSet {
    let id = entry.promptSet ?? PromptLibrary.defaultSetID
    guard let set = try prompts.set(id)?.set else {
      throw EssayLoadError.missingSet(entry.id ?? 0, id, prompts.userFolder)
    }
    return set
  }

  /// What the entry's placeholders stand for: its skill (with the catalogue's French gender) or its project.
  public static func subject(_ entry: Entry, _ journal: Journal) throws -> Subject {
    subject(entry, skill: try entry.skillID.flatMap { try journal.skill($0) })
  }

  public static func subject(_ entry: Entry, skill: Skill?) -> Subject {
    if entry.kind == .project { return Subject(project: entry.title) }
    guard let skill else { return Subject(skill: entry.kind == .assessment ? entry.title : nil) }
    return skill.subject(in: entry.lang)
  }

  public static func entry(_ id: Int64, _ journal: Journal) throws -> Entry {
    guard let entry = try journal.entry(id) else {
      throw try journal.isTrashed(id) ? EssayLoadError.inTrash(id) : EssayLoadError.noEntry(id)
    }
    return entry
  }

  public struct Loaded: Sendable {
    public var essay: Essay
    public var set: PromptSet
    public var subject: Subject
    public var answers: [String: String]
    /// An entry imported from a file is written back in that file's own shape.
    public var imported: ImportedEssay?
    /// The address each project its anecdotes name has in the essay (`EssayLayout.projectLinks`).
    public var projectLinks: [String: String] = [:]

    public var markdown: String { imported?.markdown ?? essay.markdown }
    public var slug: String { imported?.slug ?? essay.slug }
  }

  /// `projectPages`: where the site puts project pages; read from the journal when not given.
  public static func essay(
    _ entry: Entry, _ journal: Journal, _ prompts: PromptLibrary, projectPages: ProjectPages? = nil
  ) throws -> Loaded {
    guard let bundle = try journal.bundles([entry.id!]).first else { throw EssayLoadError.noEntry(entry.id!) }
    let pages = try bundle.projects.isEmpty ? nil : projectPages ?? journal.projectPages(drafts: false)
    return try essay(bundle, prompts, projectPages: pages)
  }

  /// The essay of an entry read with everything it needs (`Journal.bundles`). `projectPages`: where
  /// the site puts project pages (`Journal.projectPages`); without it, each under its name's slug.
  public static func essay(
    _ bundle: EntryBundle, _ prompts: PromptLibrary, projectPages: ProjectPages? = nil
  ) throws -> Loaded {
    let entry = bundle.entry
    let subject = subject(entry, skill: bundle.skill)
    if let source = bundle.source {
      let imported = ImportedEssay(entry: entry, source: source, answers: bundle.answers, tags: bundle.tags)
      let set = try entry.promptSet.flatMap { try prompts.set($0)?.set } ?? Self.noSet
      // A page written by hand to a set's structure: its answers as the set's questions read them.
      let answers = imported.structuredAnswers(set: set, subject: subject)
      let level = bundle.level ?? imported.declaredLevel(set: set, answers: answers)
      let target =
        bundle.target.map { Essay.Goal(level: $0.level, due: $0.due) }
        ?? imported.declaredTarget(set: set, answers: answers)
      let essay = Essay(
        entry: entry, subject: subject, set: set, answers: answers, tags: imported.tags, level: level, target: target)
      return Loaded(essay: essay, set: set, subject: subject, answers: answers, imported: imported)
    }
    let set = try promptSet(of: entry, prompts)
    var answers = bundle.answers
    let related = bundle.related.map { $0.name(in: entry.lang) }
    // The skills an entry names follow the catalogue: renamed, merged or removed since, they show as now.
    if let question = set.asked.first(where: { $0.kind == .skills }), answers[question.id] != nil {
      answers[question.id] = related.isEmpty ? nil : related.joined(separator: ", ")
    }
    let target = bundle.target.map { Essay.Goal(level: $0.level, due: $0.due) }
    let links = projectLinks(bundle, set: set, answers: answers, pages: projectPages ?? ProjectPages([]))
    var essay = Essay(
      entry: entry, subject: subject, set: set, answers: answers, tags: bundle.tags, level: bundle.level,
      target: target, projectLinks: links)
    essay.skills = related
    return Loaded(essay: essay, set: set, subject: subject, answers: answers, projectLinks: links)
  }

  /// The address of the page of each project an answer names without one, relative to the essay's own
  /// page (`/competences/<slug>/`, two folders deep, as publish places it): `../../projets/citi/`.
  static func projectLinks(
    _ bundle: EntryBundle, set: PromptSet, answers: [String: String], pages: ProjectPages
  ) -> [String: String] {
    guard !bundle.projects.isEmpty else { return [:] }
    var links: [String: String] = [:]
    for (_, link) in PromptSet.projectAnswers(set.asked, answers) where link.address == nil {
      guard let name = link.name, case .found(let project) = NameMatcher.match(name, among: bundle.projects) else {
        continue
      }
      links[Skill.key(for: name)] = "../.." + pages.url(of: project, language: bundle.entry.lang)
    }
    return links
  }
}
