import Foundation

/// Static, accessible SVG diagrams of the skills: a `<title>`, a `<desc>` and text labels, no script.
public enum Diagrams {
  public struct Item: Sendable, Equatable {
    public var name: String
    public var level: Int?
    public var target: Int?
    public init(name: String, level: Int?, target: Int?) {
      self.name = name
      self.level = level
      self.target = target
    }
  }

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
  static func label(_ name: String) -> String {
    name.count > 28 ? String(name.prefix(27)) + "…" : name
  }

  /// A radar: one axis a skill in the given order (human, then technical), the current levels as a
  /// filled shape, the targets as a dashed outline.
  public static func radar(_ items: [Item], title: String, description: String) -> String {
    let size = 760.0
    let center = size / 2
    let radius = 190.0
    let count = max(items.count, 3)
    func point(_ index: Int, _ level: Double) -> (Double, Double) {
      let angle = -Double.pi / 2 + 2 * Double.pi * Double(index) / Double(count)
      return (center + cos(angle) * radius * level / 5, center + sin(angle) * radius * level / 5)
    }
    var svg = """
      <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(Int(size)) \(Int(size))" role="img" aria-labelledby="t d">
      <title id="t">\(escape(title))</title>
      <desc id="d">\(escape(description))</desc>
      <g fill="none" stroke="#bbb">

      """
    for ring in 1...5 {
      let points = (0..<count).map { point($0, Double(ring)) }.map { "\(number($0.0)),\(number($0.1))" }
      svg += "<polygon points=\"\(points.joined(separator: " "))\"/>\n"
    }
    for index in 0..<items.count {
      let (x, y) = point(index, 5)
      svg += "<line x1=\"\(number(center))\" y1=\"\(number(center))\" x2=\"\(number(x))\" y2=\"\(number(y))\"/>\n"
    }
    svg += "</g>\n"
    let current = items.enumerated().map { point($0.offset, Double($0.element.level ?? 0)) }
    svg +=
      "<polygon fill=\"#2a6fdb\" fill-opacity=\"0.35\" stroke=\"#2a6fdb\" stroke-width=\"2\" points=\""
      + current.map { "\(number($0.0)),\(number($0.1))" }.joined(separator: " ") + "\"/>\n"
    if items.contains(where: { $0.target != nil }) {
      let targets = items.enumerated().map { point($0.offset, Double($0.element.target ?? $0.element.level ?? 0)) }
      svg +=
        "<polygon fill=\"none\" stroke=\"#d9480f\" stroke-width=\"2\" stroke-dasharray=\"6 4\" points=\""
        + targets.map { "\(number($0.0)),\(number($0.1))" }.joined(separator: " ") + "\"/>\n"
    }
    svg += "<g font-family=\"sans-serif\" font-size=\"13\" fill=\"#222\">\n"
    for (index, item) in items.enumerated() {
      let (x, y) = point(index, 5.9)
      let anchor = abs(x - center) < 10 ? "middle" : x > center ? "start" : "end"
      let level = item.level.map { " \($0)/5" } ?? " –"
      svg +=
        "<text x=\"\(number(x))\" y=\"\(number(y))\" text-anchor=\"\(anchor)\">\(escape(item.name + level))</text>\n"
    }
    return svg + "</g>\n</svg>\n"
  }

  /// Sorted horizontal bars: the level, the target as a mark.
  public static func bars(_ items: [Item], title: String, description: String) -> String {
    let sorted = items.sorted { ($0.level ?? 0) > ($1.level ?? 0) }
    let row = 28.0
    let labelWidth = 260.0
    let unit = 60.0
    let height = Double(sorted.count) * row + 20
    var svg = """
      <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(Int(labelWidth + unit * 5 + 60)) \(Int(height))" role="img" aria-labelledby="t d">
      <title id="t">\(escape(title))</title>
      <desc id="d">\(escape(description))</desc>
      <g font-family="sans-serif" font-size="13">

      """
    for (index, item) in sorted.enumerated() {
      let y = 10 + Double(index) * row
      svg +=
        "<text x=\"\(number(labelWidth - 8))\" y=\"\(number(y + 17))\" text-anchor=\"end\" fill=\"#222\">\(escape(label(item.name)))</text>\n"
      svg +=
        "<rect x=\"\(number(labelWidth))\" y=\"\(number(y + 4))\" width=\"\(number(unit * 5))\" height=\"18\" fill=\"#eee\"/>\n"
      if let level = item.level {
        svg +=
          "<rect x=\"\(number(labelWidth))\" y=\"\(number(y + 4))\" width=\"\(number(unit * Double(level)))\" height=\"18\" fill=\"#2a6fdb\"/>\n"
      }
      if let target = item.target {
        let x = labelWidth + unit * Double(target)
        svg +=
          "<line x1=\"\(number(x))\" y1=\"\(number(y + 1))\" x2=\"\(number(x))\" y2=\"\(number(y + 25))\" stroke=\"#d9480f\" stroke-width=\"3\"/>\n"
      }
      svg +=
        "<text x=\"\(number(labelWidth + unit * 5 + 8))\" y=\"\(number(y + 17))\" fill=\"#222\">\(item.level.map { "\($0)/5" } ?? "–")</text>\n"
    }
    return svg + "</g>\n</svg>\n"
  }

  /// A skill × month heat map of the level in force at the end of each month.
  public static func history(
    _ rows: [(name: String, ratings: [(date: Date, level: Int)])], months: [String], monthEnds: [Date], title: String,
    description: String
  ) -> String {
    let cell = 22.0
    let labelWidth = 260.0
    let width = labelWidth + cell * Double(months.count) + 20
    let height = cell * Double(rows.count) + 60
    var svg = """
      <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(Int(width)) \(Int(height))" role="img" aria-labelledby="t d">
      <title id="t">\(escape(title))</title>
      <desc id="d">\(escape(description))</desc>
      <g font-family="sans-serif" font-size="12">

      """
    let shades = ["#f1f3f5", "#d0e2ff", "#a5c8ff", "#74a9f7", "#3f84e5", "#1c5bc0"]
    for (index, row) in rows.enumerated() {
      let y = 10 + Double(index) * cell
      svg +=
        "<text x=\"\(number(labelWidth - 8))\" y=\"\(number(y + 15))\" text-anchor=\"end\" fill=\"#222\">\(escape(label(row.name)))</text>\n"
      for (column, end) in monthEnds.enumerated() {
        let level = row.ratings.last { $0.date <= end }?.level ?? 0
        svg +=
          "<rect x=\"\(number(labelWidth + Double(column) * cell))\" y=\"\(number(y))\" width=\"\(number(cell - 2))\" height=\"\(number(cell - 2))\" fill=\"\(shades[level])\"><title>\(escape("\(row.name) \(months[column]): \(level == 0 ? "–" : "\(level)/5")"))</title></rect>\n"
      }
    }
    let y = 10 + Double(rows.count) * cell + 16
    for (column, month) in months.enumerated() where column % 3 == 0 || column == months.count - 1 {
      svg +=
        "<text x=\"\(number(labelWidth + Double(column) * cell))\" y=\"\(number(y))\" fill=\"#444\">\(escape(month))</text>\n"
    }
    return svg + "</g>\n</svg>\n"
  }
}
