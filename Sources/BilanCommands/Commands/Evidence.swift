import ArgumentParser
import BilanCore
import Foundation

/// `evidence`: the map of skills × requirements, with what meets each one. Reads only.
struct EvidenceCommand: BilanCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "evidence", abstract: HelpMessage.evidence.local, discussion: HelpMessage.evidenceMore.local)
  }

  @Flag(help: ArgumentHelp(HelpMessage.evidenceChart.local)) var chart = false
  @Option(help: ArgumentHelp(HelpMessage.sharedFormat.local)) var format: Ratings.Format = .text
  @OptionGroup var global: GlobalOptions

  func run(in context: Context) throws {
    let journal = try context.journal(writing: false)
    let map: EvidenceMap
    do {
      map = try EvidenceMap.build(
        journal, prompts: context.prompts, expectation: try context.expectation(journal), language: context.language)
    } catch let error as EssayLoadError {
      throw BilanError(error.message(context.language))
    }
    if format == .json {
      try Ratings.printJSON(map.rows.map { json($0, context) }, context)
      return
    }
    if map.rows.isEmpty {
      context.tell(context.say(ReviewMessage.nothingToMap))
      return
    }
    if chart {
      draw(map, context)
      return
    }
    for (index, row) in map.rows.enumerated() {
      if index > 0 { context.out("") }
      let essay = row.essay.map { "  (#\($0))" } ?? ""
      context.out(row.skill.name(in: context.language) + essay, .bold)
      for requirement in row.requirements {
        let evidence = requirement.evidence.map { item in
          item.text + (item.date.map { " " + Ratings.day($0, context) } ?? "")
        }.joined(separator: ", ")
        context.out(
          "  \(requirement.met ? "✓" : "✗") \(requirement.text)" + (evidence.isEmpty ? "" : "  ← \(evidence)"),
          wrap: .hanging(4))
      }
    }
  }

  /// One line a skill, one cell a requirement: ■ met, □ missing; then how many are met.
  private func draw(_ map: EvidenceMap, _ context: Context) {
    let width = min(28, map.rows.map { $0.skill.name(in: context.language).count }.max() ?? 0)
    for row in map.rows {
      let cells = row.requirements.map { $0.met ? "■" : "□" }.joined()
      let met = row.requirements.count - row.missing
      context.out(
        EntryFormat.cut(row.skill.name(in: context.language), width) + "  " + cells
          + "  \(met)/\(row.requirements.count)",
        wrap: .none)
    }
    context.out(context.say(ReviewMessage.mapLegend), .dim)
  }

  private func json(_ row: EvidenceMap.Row, _ context: Context) -> [String: Any] {
    [
      "skill": row.skill.name(in: context.language), "essay": row.essay ?? NSNull(),
      "requirements": row.requirements.map { requirement in
        [
          "origin": requirement.origin.rawValue, "text": requirement.text, "met": requirement.met,
          "evidence": requirement.evidence.map {
            ["text": $0.text, "date": $0.date.map { Ratings.day($0, context) } ?? NSNull()] as [String: Any]
          },
        ] as [String: Any]
      },
    ]
  }
}
