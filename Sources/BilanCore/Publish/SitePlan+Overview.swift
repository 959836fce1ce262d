import Foundation

/// The overview (`content/_index.md`): the diagrams that fit the number of skills, then each category's
/// skills with their level and target. Plain Markdown, so that any theme shows it.
extension SitePlan {
  /// `links`: the site address of every entry that has a page, for the evidence map.
  mutating func overview(_ standings: [SkillStanding], _ urls: [Int64: String], links: [Int64: String]) throws {
    let lang = self.lang
    let shown = standings.filter { $0.current != nil || urls[$0.skill.id!] != nil }.inDisplayOrder(lang)
    let fields: [(key: String, value: FrontMatter.Value)] = [
      ("title", .string(SiteWords.overviewTitle.text(lang))), ("draft", .bool(false)),
    ]
    var body = toml ? HugoText.toml(fields) : FrontMatter.yaml(fields)
    let items = shown.map {
      Diagrams.Item(
        name: $0.skill.name(in: lang), level: $0.current?.level, target: $0.target?.level,
        expected: expectation?.level(of: $0.skill))
    }
    let summary = items.map { "\($0.name) \($0.level.map { "\($0)/5" } ?? "–")" }.joined(separator: ", ")
    // The radar's text alternative says the expected levels it draws.
    let stage = expectation.map { $0.stage.name[lang] }
    let expectedSummary = items.map { item in
      "\(item.name) \(item.level.map { "\($0)/5" } ?? "–")"
        + (item.expected.map { " (\(SiteWords.expectedOf($0).text(lang)))" } ?? "")
    }.joined(separator: ", ")
    let title = SiteWords.diagramTitle.text(lang)
    if items.isEmpty {
      body += "\n" + SiteWords.noSkillYet.text(lang) + "\n"
    } else if !items.contains(where: { $0.level != nil }) {
      // Nothing rated: no empty chart, a sentence that says how to give a level.
      body += "\n" + SiteWords.noLevelYet.text(lang) + "\n"
    } else {
      // A radar needs three axes: with one or two skills it would be a point or a line.
      if items.count >= 3 {
        let radar = SiteWords.radar(expectedSummary).text(lang) + (stage.map { " — \($0)" } ?? "")
        files["static/bilan/skills.svg"] = Data(
          Diagrams.radar(items, title: title, description: radar, language: lang, stage: stage).utf8)
        body += "\n![\(Self.alt(radar))](bilan/skills.svg)\n"
      }
      let bars = SiteWords.levelsCompared(summary).text(lang)
      files["static/bilan/skills-bars.svg"] = Data(
        Diagrams.bars(items, title: title, description: bars, language: lang).utf8)
      body += "\n![\(Self.alt(bars))](bilan/skills-bars.svg)\n"
      let overTime = SiteWords.levelsOverTime.text(lang)
      if let history = historyDiagram(shown, title: overTime) {
        files["static/bilan/skills-history.svg"] = Data(history.utf8)
        body += "\n![\(Self.alt(overTime))](bilan/skills-history.svg)\n"
      }
    }
    for category in [Skill.Category.human, .technical, nil] {
      let members = shown.filter { $0.skill.category == category }
      guard !members.isEmpty else { continue }
      body += "\n## \(SiteWords.category(category).text(lang))\n\n"
      body += "| \(SiteWords.skillColumn.text(lang)) | \(SiteWords.levelColumn.text(lang)) | "
      body += "\(SiteWords.targetColumn.text(lang)) |\n| --- | --- | --- |\n"
      for standing in members {
        let name = Self.cell(standing.skill.name(in: lang))
        let link = urls[standing.skill.id!].map { "[\(name)](\($0.dropFirst()))" } ?? name
        let level = standing.current.map { "\($0.level)/5" } ?? "–"
        let target = standing.target.map { SiteWords.targetBy($0.level, $0.due).text(lang) } ?? "–"
        body += "| \(link) | \(level) | \(target) |\n"
      }
    }
    body += try evidenceSection(links: links)
    files["content/_index.md"] = Data(body.utf8)
  }

  /// Text in a Markdown table cell: a `|` would end the cell.
  static func cell(_ text: String) -> String {
    HugoText.escapeShortcodes(text).replacingOccurrences(of: "|", with: "\\|")
  }

  /// Text in an image's alternative text: brackets would end it.
  static func alt(_ text: String) -> String {
    text.replacingOccurrences(of: "[", with: "(").replacingOccurrences(of: "]", with: ")")
  }

  /// The months from the first rating of a skill rated twice or more to now, each with the level in
  /// force at its end; nil when no skill has a history.
  func historyDiagram(_ standings: [SkillStanding], title: String) -> String? {
    let rated = standings.filter { $0.ratings.count >= 2 }
    guard let first = rated.flatMap(\.ratings).map(\.ratedAt).min() else { return nil }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = zone
    var months: [String] = []
    var ends: [Date] = []
    // At most the last five years, so that the last month is always there.
    let thisMonth = calendar.date(from: calendar.dateComponents([.year, .month], from: now))!
    var month = max(
      calendar.date(from: calendar.dateComponents([.year, .month], from: first))!,
      calendar.date(byAdding: .month, value: -59, to: thisMonth)!)
    while month <= now {
      let next = calendar.date(byAdding: .month, value: 1, to: month)!
      let c = calendar.dateComponents([.year, .month], from: month)
      months.append(SiteWords.monthLabel(c.year!, c.month!, lang))
      ends.append(min(next, now))
      month = next
    }
    let rows = rated.map { s in
      (name: s.skill.name(in: lang), ratings: s.ratings.map { (date: $0.ratedAt, level: $0.level) })
    }
    let description =
      title + lang.pick(" : ", ": ")
      + rows.map { row in
        row.name + " " + row.ratings.map { "\($0.level)/5" }.joined(separator: " → ")
      }.joined(separator: ", ")
    return Diagrams.history(
      rows, months: months, monthEnds: ends, title: title, description: description, language: lang)
  }
}
