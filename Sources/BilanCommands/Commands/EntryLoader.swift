import BilanCore
import Foundation

/// Gathers what it takes to show, edit, check or export one entry.
enum EntryLoader {
  /// The set of an imported file that matched none: no questions, no rubric.
  static let noSet = PromptSet(
    id: "-", version: 1, about: .skill, title: LocalizedText(fr: "Fichier importé", en: "Imported file"),
    description: nil, questions: [])

  static func promptSet(of entry: Entry, _ context: Context) throws -> PromptSet {
    let id = entry.promptSet ?? PromptLibrary.defaultSetID
    guard let set = try context.prompts.set(id)?.set else {
      throw BilanError(
        context.say(
          "l'entrée #\(entry.id ?? 0) utilise le jeu de questions « \(id) », introuvable : remettez son fichier dans \(Paths.prompts(context.environment)).",
          "entry #\(entry.id ?? 0) uses the question set '\(id)', which is not found: put its file back in \(Paths.prompts(context.environment))."
        ))
    }
    return set
  }

  /// What the entry's placeholders stand for: its skill (with the catalogue's French gender) or its project.
  static func subject(_ entry: Entry, _ journal: Journal) throws -> Subject {
    subject(entry, skill: try entry.skillID.flatMap { try journal.skill($0) })
  }

  static func subject(_ entry: Entry, skill: Skill?) -> Subject {
    if entry.kind == .project { return Subject(project: entry.title) }
    guard let skill else { return Subject(skill: entry.kind == .assessment ? entry.title : nil) }
    return skill.subject(in: entry.lang)
  }

  static func entry(_ id: Int64, _ journal: Journal, _ context: Context) throws -> Entry {
    guard let entry = try journal.entry(id) else {
      if try journal.isTrashed(id) {
        throw BilanError(
          context.say(
            "L'entrée #\(id) est dans la corbeille (« undelete \(id) » l'en sort).",
            "Entry #\(id) is in the trash ('undelete \(id)' brings it back)."))
      }
      throw BilanError(context.say("Pas d'entrée #\(id) (voir « list »).", "No entry #\(id) (see 'list')."))
    }
    return entry
  }

  struct Loaded {
    var essay: Essay
    var set: PromptSet
    var subject: Subject
    var answers: [String: String]
    /// An entry imported from a file is written back in that file's own shape.
    var imported: ImportedEssay?

    var markdown: String { imported?.markdown ?? essay.markdown }
    var slug: String { imported?.slug ?? essay.slug }
  }

  static func essay(_ entry: Entry, _ journal: Journal, _ context: Context) throws -> Loaded {
    guard let bundle = try journal.bundles([entry.id!]).first else {
      throw BilanError(
        context.say("Pas d'entrée #\(entry.id!) (voir « list »).", "No entry #\(entry.id!) (see 'list')."))
    }
    return try essay(bundle, context)
  }

  /// The essay of an entry read with everything it needs (`Journal.bundles`).
  static func essay(_ bundle: EntryBundle, _ context: Context) throws -> Loaded {
    let entry = bundle.entry
    let subject = subject(entry, skill: bundle.skill)
    if let source = bundle.source {
      let imported = ImportedEssay(entry: entry, source: source, answers: bundle.answers, tags: bundle.tags)
      let set = try entry.promptSet.flatMap { try context.prompts.set($0)?.set } ?? Self.noSet
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
    let set = try promptSet(of: entry, context)
    var answers = bundle.answers
    let related = bundle.related.map { $0.name(in: entry.lang) }
    // The skills an entry names follow the catalogue: renamed, merged or removed since, they show as now.
    if let question = set.asked.first(where: { $0.kind == .skills }), answers[question.id] != nil {
      answers[question.id] = related.isEmpty ? nil : related.joined(separator: ", ")
    }
    let target = bundle.target.map { Essay.Goal(level: $0.level, due: $0.due) }
    var essay = Essay(
      entry: entry, subject: subject, set: set, answers: answers, tags: bundle.tags, level: bundle.level,
      target: target)
    essay.skills = related
    return Loaded(essay: essay, set: set, subject: subject, answers: answers)
  }
}
