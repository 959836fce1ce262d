import Foundation

/// Static, accessible SVG diagrams of the skills: a `<title>`, a `<desc>` and text labels, no script.
/// Their words come from `SiteWords` in the site's language; their colours are the theme's accent.
public enum Diagrams {
  public struct Item: Sendable, Equatable {
    public var name: String
    public var level: Int?
    public var target: Int?
    /// The level the framework aimed at expects (`framework use`), when one is chosen.
    public var expected: Int?
    public init(name: String, level: Int?, target: Int?, expected: Int? = nil) {
      self.name = name
      self.level = level
      self.target = target
      self.expected = expected
    }
  }

  static let accent = "#0b6b66"
  static let targetColour = "#b93d0c"
  static let expectedColour = "#5a3d99"
  static let ink = "#1d232a"
  static let grey = "#58626d"
  static let grid = "#c9d1d7"

  static func escape(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      default:
        // XML 1.0 forbids most control characters.
        if scalar.value < 0x20 && scalar != "\t" && scalar != "\n" { continue }
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  static func number(_ value: Double) -> String { String(format: "%.1f", value) }

  /// Labels stay inside the picture: a long name is cut with `…` (the full name is in `<desc>`).
  static func label(_ name: String, _ width: Int = 30) -> String {
    name.count > width ? String(name.prefix(width - 1)) + "…" : name
  }

  /// A name in at most two lines of `width` characters, cut between words (the rest with `…`).
  static func lines(_ name: String, width: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    for word in name.split(separator: " ") {
      if line.isEmpty {
        line = String(word)
      } else if line.count + 1 + word.count <= width {
        line += " " + word
      } else {
        lines.append(line)
        line = String(word)
      }
    }
    if !line.isEmpty { lines.append(line) }
    if lines.count > 2 { lines = [lines[0], lines[1...].joined(separator: " ")] }
    return lines.map { label($0, width) }
  }

  static func header(width: Double, height: Double, title: String, description: String) -> String {
    """
    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(Int(width)) \(Int(height))" role="img" aria-labelledby="t d">
    <title id="t">\(escape(title))</title>
    <desc id="d">\(escape(description))</desc>

    """
  }

  /// A radar for three skills or more: one axis a skill in the given order (human, then technical),
  /// the rated levels as a filled shape with a dot each, the targets as a dashed outline, the levels a
  /// framework expects (`stage`: its stage's name, for the legend) as a dotted one. A skill with no
  /// level keeps its axis (dashed) and its label reads `–`: it is not drawn at zero.
  public static func radar(
    _ items: [Item], title: String, description: String, language: Language, stage: String? = nil
  ) -> String {
    // Big letters in a tight picture: it stays readable at a phone's width (about a third of its size).
    let (width, height) = (940.0, 780.0)
    let (cx, cy, radius) = (470.0, 370.0, 180.0)
    let count = max(items.count, 3)
    func point(_ index: Int, _ level: Double) -> (x: Double, y: Double) {
      let angle = -Double.pi / 2 + 2 * Double.pi * Double(index) / Double(count)
      return (cx + cos(angle) * radius * level / 5, cy + sin(angle) * radius * level / 5)
    }
    func points(_ list: [(x: Double, y: Double)]) -> String {
      list.map { "\(number($0.x)),\(number($0.y))" }.joined(separator: " ")
    }
    var svg = header(width: width, height: height, title: title, description: description)
    svg += "<g fill=\"none\" stroke=\"\(grid)\">\n"
    for ring in 1...5 {
      svg += "<polygon points=\"\(points((0..<count).map { point($0, Double(ring)) }))\"/>\n"
    }
    for (index, item) in items.enumerated() {
      let end = point(index, 5)
      let dash = item.level == nil ? " stroke-dasharray=\"4 5\"" : ""
      svg +=
        "<line x1=\"\(number(cx))\" y1=\"\(number(cy))\" x2=\"\(number(end.x))\" y2=\"\(number(end.y))\"\(dash)/>\n"
    }
    svg += "</g>\n"
    // The rings' levels, along the first axis.
    svg += "<g font-family=\"sans-serif\" font-size=\"14\" fill=\"\(grey)\">\n"
    for ring in 1...5 {
      let at = point(0, Double(ring))
      svg += "<text x=\"\(number(at.x + 6))\" y=\"\(number(at.y + 4))\">\(ring)</text>\n"
    }
    svg += "</g>\n"
    let rated = items.indices.filter { items[$0].level != nil }
    if rated.count >= 3 {
      svg +=
        "<polygon fill=\"\(accent)\" fill-opacity=\"0.28\" stroke=\"\(accent)\" stroke-width=\"2.5\" points=\"\(points(rated.map { point($0, Double(items[$0].level!)) }))\"/>\n"
    }
    let aimed = items.indices.filter { items[$0].target != nil }
    if aimed.count >= 3 {
      svg +=
        "<polygon fill=\"none\" stroke=\"\(targetColour)\" stroke-width=\"2\" stroke-dasharray=\"7 5\" points=\"\(points(aimed.map { point($0, Double(items[$0].target!)) }))\"/>\n"
    }
    for index in aimed where aimed.count < 3 {
      let at = point(index, Double(items[index].target!))
      svg +=
        "<circle cx=\"\(number(at.x))\" cy=\"\(number(at.y))\" r=\"6\" fill=\"none\" stroke=\"\(targetColour)\" stroke-width=\"2\"/>\n"
    }
    // The expected levels: an outline of their own, drawn over the others' lines, a mark each when
    // fewer than three skills have one.
    let expected = items.indices.filter { items[$0].expected != nil }
    if expected.count >= 3 {
      svg +=
        "<polygon class=\"expected\" fill=\"none\" stroke=\"\(expectedColour)\" stroke-width=\"2.5\" stroke-dasharray=\"2 5\" stroke-linecap=\"round\" points=\"\(points(expected.map { point($0, Double(items[$0].expected!)) }))\"/>\n"
    }
    for index in expected where expected.count < 3 {
      let at = point(index, Double(items[index].expected!))
      svg +=
        "<rect class=\"expected\" x=\"\(number(at.x - 5))\" y=\"\(number(at.y - 5))\" width=\"10\" height=\"10\" fill=\"none\" stroke=\"\(expectedColour)\" stroke-width=\"2\"/>\n"
    }
    for index in rated {
      let at = point(index, Double(items[index].level!))
      svg += "<circle cx=\"\(number(at.x))\" cy=\"\(number(at.y))\" r=\"4.5\" fill=\"\(accent)\"/>\n"
    }
    svg += "<g font-family=\"sans-serif\" font-size=\"26\" fill=\"\(ink)\">\n"
    for (index, item) in items.enumerated() {
      let at = point(index, 5.7)
      let anchor = abs(at.x - cx) < 12 ? "middle" : at.x > cx ? "start" : "end"
      let text = lines(item.name, width: 16) + [item.level.map { "\($0)/5" } ?? "–"]
      // Above the centre the block ends at the point, below it starts there, at the sides it is centred.
      let lineHeight = 29.0
      let block = Double(text.count - 1) * lineHeight
      let top = abs(at.y - cy) < 30 ? at.y - block / 2 + 9 : at.y < cy ? at.y - block : at.y + 20
      svg += "<text x=\"\(number(at.x))\" y=\"\(number(top))\" text-anchor=\"\(anchor)\">"
      for (n, line) in text.enumerated() {
        let weight = n == text.count - 1 ? " font-weight=\"bold\"" : ""
        svg +=
          "<tspan x=\"\(number(at.x))\" dy=\"\(n == 0 ? "0" : number(lineHeight))\"\(weight)>\(escape(line))</tspan>"
      }
      svg += "</text>\n"
    }
    svg += "</g>\n"
    svg += legend(x: 30, y: height - 20, language: language, target: !aimed.isEmpty)
    if !expected.isEmpty {
      // After the level and the target: `┈ Attendu : 2e année`.
      let x = aimed.isEmpty ? 170.0 : 350.0
      let y = height - 20
      svg += "<g font-family=\"sans-serif\" font-size=\"20\" fill=\"\(ink)\">\n"
      svg +=
        "<line x1=\"\(number(x))\" y1=\"\(number(y - 6))\" x2=\"\(number(x + 32))\" y2=\"\(number(y - 6))\" stroke=\"\(expectedColour)\" stroke-width=\"3\" stroke-dasharray=\"2 5\" stroke-linecap=\"round\"/>\n"
      let words = SiteWords.expectedLegend(stage ?? "").text(language)
      svg += "<text x=\"\(number(x + 40))\" y=\"\(number(y + 1))\">\(escape(words))</text>\n</g>\n"
    }
    return svg + "</svg>\n"
  }

  /// `■ Niveau  ┄ Objectif` at the foot of a diagram.
  static func legend(x: Double, y: Double, language: Language, target: Bool) -> String {
    var svg = "<g font-family=\"sans-serif\" font-size=\"20\" fill=\"\(ink)\">\n"
    svg += "<rect x=\"\(number(x))\" y=\"\(number(y - 15))\" width=\"18\" height=\"18\" fill=\"\(accent)\"/>\n"
    svg +=
      "<text x=\"\(number(x + 26))\" y=\"\(number(y + 1))\">\(escape(SiteWords.levelColumn.text(language)))</text>\n"
    if target {
      svg +=
        "<line x1=\"\(number(x + 140))\" y1=\"\(number(y - 6))\" x2=\"\(number(x + 172))\" y2=\"\(number(y - 6))\" stroke=\"\(targetColour)\" stroke-width=\"3\" stroke-dasharray=\"7 4\"/>\n"
      svg +=
        "<text x=\"\(number(x + 180))\" y=\"\(number(y + 1))\">\(escape(SiteWords.targetColumn.text(language)))</text>\n"
    }
    return svg + "</g>\n"
  }

  /// Sorted horizontal bars: the level (`–` and no bar when there is none), the target as a mark.
  public static func bars(_ items: [Item], title: String, description: String, language: Language) -> String {
    let sorted = items.sorted { ($0.level ?? 0) > ($1.level ?? 0) }
    let row = 40.0
    let labelWidth = 340.0
    let unit = 60.0
    let height = Double(sorted.count) * row + 60
    var svg = header(width: labelWidth + unit * 5 + 80, height: height, title: title, description: description)
    svg += "<g font-family=\"sans-serif\" font-size=\"20\">\n"
    for (index, item) in sorted.enumerated() {
      let y = 10 + Double(index) * row
      svg +=
        "<text x=\"\(number(labelWidth - 12))\" y=\"\(number(y + 24))\" text-anchor=\"end\" fill=\"\(ink)\">\(escape(label(item.name, 28)))</text>\n"
      svg +=
        "<rect x=\"\(number(labelWidth))\" y=\"\(number(y + 6))\" width=\"\(number(unit * 5))\" height=\"24\" rx=\"3\" fill=\"#edf0f2\"/>\n"
      if let level = item.level {
        svg +=
          "<rect x=\"\(number(labelWidth))\" y=\"\(number(y + 6))\" width=\"\(number(unit * Double(level)))\" height=\"24\" rx=\"3\" fill=\"\(accent)\"/>\n"
      }
      if let target = item.target {
        let x = labelWidth + unit * Double(target)
        svg +=
          "<line x1=\"\(number(x))\" y1=\"\(number(y + 1))\" x2=\"\(number(x))\" y2=\"\(number(y + 35))\" stroke=\"\(targetColour)\" stroke-width=\"4\"/>\n"
      }
      svg +=
        "<text x=\"\(number(labelWidth + unit * 5 + 12))\" y=\"\(number(y + 24))\" font-weight=\"bold\" fill=\"\(ink)\">\(item.level.map { "\($0)/5" } ?? "–")</text>\n"
    }
    svg += "</g>\n"
    svg += legend(x: labelWidth, y: height - 16, language: language, target: items.contains { $0.target != nil })
    return svg + "</svg>\n"
  }
}
