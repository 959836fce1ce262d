import Foundation

/// The evidence map on the overview: what `bilan evidence` prints, as a Markdown table (so that any
/// theme shows it as an HTML table, its header cells read out with each cell), in the site's language.
/// One row a requirement, its skill named on each row; the evidence that names an entry with a page
/// leads to it.
extension SitePlan {
  /// The section, or nothing when no skill has a requirement (no essay, no framework).
  func evidenceSection(links: [Int64: String]) throws -> String {
    let map = try EvidenceMap.build(journal, prompts: prompts, expectation: expectation, language: lang)
    guard !map.rows.isEmpty else { return "" }
    var text = "\n## \(SiteWords.evidenceMap.text(lang))\n\n\(SiteWords.evidenceMapNote.text(lang))\n\n"
    text += "| \(SiteWords.skillColumn.text(lang)) | \(SiteWords.requirementColumn.text(lang)) | "
    text += "\(SiteWords.evidenceColumn.text(lang)) |\n| --- | --- | --- |\n"
    for row in map.rows {
      let name = Self.cell(row.skill.name(in: lang))
      for requirement in row.requirements {
        let evidence = requirement.evidence.map { item in
          Self.linkingEntries(Self.cell(item.text), from: "/", to: links) + (item.date.map { " " + day($0) } ?? "")
        }
        let shown = evidence.isEmpty ? SiteWords.noEvidence.text(lang) : evidence.joined(separator: ", ")
        text += "| \(name) | \(requirement.met ? "✓" : "✗") \(Self.cell(requirement.text)) | \(shown) |\n"
      }
    }
    return text
  }
}
