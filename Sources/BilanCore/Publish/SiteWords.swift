import Foundation

/// Every word the core writes into a site (the overview page, the sections it adds to pages, the
/// diagrams, `assets/bilan/site.json`), French and English side by side. A site reads in its own
/// language throughout, whatever the shell's. The theme's words (menu, "Niveau", footer…) are in
/// `theme/i18n/`; `GlossaryTests` reads both.
public enum SiteWords: Sendable, Equatable {
  case overviewTitle
  case diagramTitle
  case radar(String)
  case levelsCompared(String)
  case levelsOverTime
  case levelOverTime(String)
  case category(Skill.Category?)
  case skillColumn, levelColumn, targetColumn
  case targetBy(Int, String?)
  case relatedProjects
  case projectSkills
  case stories(Int)
  case noSkillYet
  case noLevelYet
  case levelLegend
  case month(Int)
  case cell(skill: String, month: String, level: Int?)
  case entry(Int64)
  case evidenceMap, evidenceMapNote, requirementColumn, evidenceColumn, noEvidence
  case expectedLegend(String)
  case expectedOf(Int)

  public func text(_ language: Language) -> String {
    let fr = language == .fr
    switch self {
    case .overviewTitle: return fr ? "Portfolio de compétences" : "Skills portfolio"
    case .diagramTitle: return fr ? "Mes compétences" : "My skills"
    case .radar(let summary): return (fr ? "Radar des compétences : " : "Skills radar: ") + summary
    case .levelsCompared(let summary): return (fr ? "Niveaux comparés : " : "Levels compared: ") + summary
    case .levelsOverTime: return fr ? "Évolution des niveaux" : "Levels over time"
    case .levelOverTime(let skill): return (fr ? "Évolution du niveau : " : "Level over time: ") + skill
    case .category(.human): return fr ? "Compétences humaines" : "Human skills"
    case .category(.technical): return fr ? "Compétences techniques" : "Technical skills"
    case .category(nil): return fr ? "Autres compétences" : "Other skills"
    case .skillColumn: return fr ? "Compétence" : "Skill"
    case .levelColumn: return fr ? "Niveau" : "Level"
    case .targetColumn: return fr ? "Objectif" : "Target"
    case .targetBy(let level, let due):
      return "\(level)/5" + (due.map { fr ? " d'ici \($0)" : " by \($0)" } ?? "")
    case .relatedProjects: return fr ? "Projets liés" : "Related projects"
    case .projectSkills: return fr ? "Compétences" : "Skills"
    case .stories(let n): return fr ? (n == 1 ? "anecdote" : "anecdotes") : (n == 1 ? "story" : "stories")
    case .noSkillYet:
      return fr
        ? "Pas encore de compétence ici : « bilan assess COMPÉTENCE » en évalue une, « bilan publish » la publie."
        : "No skill here yet: 'bilan assess SKILL' assesses one, 'bilan publish' publishes it."
    case .noLevelYet:
      return fr
        ? "Aucune compétence n'a encore de niveau : « bilan rate COMPÉTENCE NIVEAU » en donne un."
        : "No skill has a level yet: 'bilan rate SKILL LEVEL' gives one."
    case .levelLegend: return fr ? "Niveau" : "Level"
    case .month(let month):
      let names =
        fr
        ? ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
        : ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
      return names[(month - 1) % 12]
    case .cell(let skill, let month, let level):
      return "\(skill), \(month)\(fr ? " : " : ": ")\(level.map { "\($0)/5" } ?? "–")"
    case .entry(let id): return fr ? "entrée #\(id)" : "entry #\(id)"
    case .evidenceMap: return fr ? "Carte des preuves" : "Evidence map"
    case .evidenceMapNote:
      return fr
        ? "Pour chaque compétence, ce que demandent la grille de son essai et le référentiel visé : ✓ une preuve y répond, ✗ aucune encore. Les compétences aux preuves les plus anciennes viennent d'abord."
        : "For each skill, what its essay's rubric and the framework aimed at require: ✓ evidence meets it, ✗ none yet. The skills whose evidence is oldest come first."
    case .requirementColumn: return fr ? "Exigence" : "Requirement"
    case .evidenceColumn: return fr ? "Preuves" : "Evidence"
    case .noEvidence: return fr ? "aucune" : "none"
    case .expectedLegend(let stage):
      return stage.isEmpty ? (fr ? "Attendu" : "Expected") : (fr ? "Attendu : " : "Expected: ") + stage
    case .expectedOf(let level): return fr ? "attendu \(level)/5" : "expected \(level)/5"
    }
  }

  /// One of each, for the tests that read every word.
  public static let samples: [SiteWords] =
    [
      .overviewTitle, .diagramTitle, .radar("A 3/5"), .levelsCompared("A 3/5"), .levelsOverTime,
      .levelOverTime("A"), .category(.human), .category(.technical), .category(nil), .skillColumn, .levelColumn,
      .targetColumn, .targetBy(4, "2027-06"), .targetBy(4, nil), .relatedProjects, .projectSkills, .stories(1),
      .stories(2), .noSkillYet, .noLevelYet, .levelLegend,
      .cell(skill: "A", month: "B", level: 3), .cell(skill: "A", month: "B", level: nil), .entry(12),
      .evidenceMap, .evidenceMapNote, .requirementColumn, .evidenceColumn, .noEvidence, .expectedLegend("A"),
      .expectedLegend(""), .expectedOf(3),
    ] + (1...12).map { .month($0) }

  /// A month as a diagram labels it: `mars 2026`, `Mar 2026`.
  static func monthLabel(_ year: Int, _ month: Int, _ language: Language) -> String {
    "\(SiteWords.month(month).text(language)) \(year)"
  }
}
