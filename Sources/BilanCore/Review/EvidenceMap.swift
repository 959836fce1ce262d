import Foundation

/// The evidence map: for each skill, the requirements of its newest essay's rubric (as `check` reads
/// them) and of the framework in force (the level expected at the stage, each component), with the
/// evidence that meets each one (an entry, a link, a rated anecdote) or none.
public struct EvidenceMap: Sendable {
  public enum Origin: String, Sendable { case rubric, framework }

  /// What meets a requirement: an entry (`#12`) or what a rating gives (`https://…`, `#7`), with its date.
  public struct Evidence: Sendable, Equatable {
    public var text: String
    public var date: Date?
  }

  public struct Requirement: Sendable {
    public var origin: Origin
    public var text: String
    /// Oldest first; empty when nothing meets it.
    public var evidence: [Evidence]
    public var met: Bool
  }

  public struct Row: Sendable {
    public var skill: Skill
    /// The essay whose rubric is read, when the skill has one.
    public var essay: Int64?
    public var requirements: [Requirement]
    /// The oldest evidence of the row: what most needs refreshing.
    public var oldest: Date? { requirements.flatMap(\.evidence).compactMap(\.date).min() }
    public var missing: Int { requirements.filter { !$0.met }.count }
  }

  /// Rows with no evidence at all first, then by their oldest evidence.
  public var rows: [Row]

  public static func build(
    _ journal: Journal, prompts: PromptLibrary, expectation: Expectation?, language: Language
  ) throws -> EvidenceMap {
    let standings = try journal.standings(standard: .standard, zone: .current).inDisplayOrder(language)
    var essays: [Int64: Int64] = [:]
    for id in try journal.newestEssayPerSkill() {
      if let skill = try journal.entry(id)?.skillID { essays[skill] = id }
    }
    var rows: [Row] = []
    for standing in standings {
      let skill = standing.skill
      var requirements: [Requirement] = []
      if let id = essays[skill.id!], let entry = try journal.entry(id) {
        let loaded = try EssayLoader.essay(entry, journal, prompts)
        let report = Rubric.check(
          set: loaded.set, answers: loaded.answers, level: loaded.essay.level, target: loaded.essay.target,
          language: entry.lang, subject: loaded.subject, messages: language)
        let essay = Evidence(text: "#\(id)", date: entry.date)
        requirements += report.lines.map {
          Requirement(origin: .rubric, text: $0.text, evidence: $0.met ? [essay] : [], met: $0.met)
        }
      }
      if let expectation, let item = expectation.framework.item(for: skill) {
        let stage = expectation.stage
        if let level = item.expected[stage.id] {
          // A rating at or above the level, with its evidence, meets it.
          let backing = standing.ratings.filter { $0.level >= level && !$0.evidence.isEmpty }
          requirements.append(
            Requirement(
              origin: .framework,
              text: language.pick(
                "niveau \(level)/5 attendu (\(stage.name.fr))", "level \(level)/5 expected (\(stage.name.en))"),
              evidence: backing.map { Evidence(text: $0.evidence, date: $0.ratedAt) }, met: !backing.isEmpty))
        }
        for component in item.components {
          var filter = EntryFilter()
          filter.skillIDs = [skill.id!]
          filter.tags = [component.id]
          filter.finishedOnly = true
          let tagged = try journal.summaries(matching: filter, limit: nil).reversed()
          requirements.append(
            Requirement(
              origin: .framework,
              text: language.pick(
                "« \(component.name.fr) » (étiquette \(component.id))", "'\(component.name.en)' (tag \(component.id))"),
              evidence: tagged.map { Evidence(text: "#\($0.id)", date: $0.shownDate) }, met: !tagged.isEmpty))
        }
      }
      if !requirements.isEmpty { rows.append(Row(skill: skill, essay: essays[skill.id!], requirements: requirements)) }
    }
    // Stable: rows with the same oldest evidence keep the display order.
    let ordered = rows.enumerated().sorted { a, b in
      switch (a.element.oldest, b.element.oldest) {
      case (nil, nil): return a.offset < b.offset
      case (nil, _): return true
      case (_, nil): return false
      case (let x?, let y?): return x != y ? x < y : a.offset < b.offset
      }
    }.map(\.element)
    return EvidenceMap(rows: ordered)
  }
}
