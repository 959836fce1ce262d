import Foundation

/// Levels drawn with block characters, sized to the terminal: no colour needed to read them.
public enum Charts {
  static let sparks: [Character] = ["▁", "▃", "▄", "▆", "█"]

  /// One character a rating, oldest first: `▃▄▄▆`.
  public static func sparkline(_ levels: [Int]) -> String {
    String(levels.map { sparks[min(max($0, 1), 5) - 1] })
  }

  /// Where the last level stands against the one before it: `↑ +1`, `↓ -2`, `→`.
  public static func trend(_ levels: [Int]) -> String {
    guard levels.count >= 2 else { return "·" }
    let delta = levels[levels.count - 1] - levels[levels.count - 2]
    return delta > 0 ? "↑ +\(delta)" : delta < 0 ? "↓ \(delta)" : "→"
  }

  /// The arrow alone, for tables.
  public static func arrow(_ levels: [Int]) -> String {
    String(trend(levels).prefix(1))
  }

  /// Level over time: one row a level (5 at the top), one column a slice of time from the first rating to
  /// `until`, each column filled up to the level in force then. `width` is the whole line's.
  public static func levelChart(_ points: [(date: Date, level: Int)], until: Date, width: Int, zone: TimeZone)
    -> [String]
  {
    let points = points.sorted { $0.date < $1.date }
    guard let first = points.first else { return [] }
    let columns = max(10, width - 4)
    let end = max(until, points.last!.date)
    let span = end.timeIntervalSince(first.date)
    var levels: [Int] = []
    for column in 0..<columns {
      // Each column shows the level in force at its right edge: the last one, now, shows today's.
      let time = span <= 0 ? end : first.date.addingTimeInterval(span * Double(column + 1) / Double(columns))
      levels.append(points.last { $0.date <= time }?.level ?? first.level)
    }
    var lines = (1...5).reversed().map { row in
      "\(row) │" + String(levels.map { $0 >= row ? "█" : " " })
    }
    lines.append("  └" + String(repeating: "─", count: columns))
    let from = day(first.date, zone)
    let to = day(end, zone)
    if from == to {
      lines.append("   " + from)
    } else if columns + 1 >= from.count + to.count + 1 {
      lines.append("   " + from + String(repeating: " ", count: columns + 1 - from.count - to.count) + to)
    } else {
      lines.append("   " + from + " → " + to)  // too narrow for both under the axis: on their own line
    }
    return lines.map { $0.replacingOccurrences(of: #"\s+$"#, with: "", options: .regularExpression) }
  }

  /// One bar a skill: its level in full blocks out of 5, its target marked `┃` on the bar, the level a
  /// framework expects `╎` (the target's mark wins when both fall on one cell).
  public static func bar(level: Int?, target: Int?, expected: Int? = nil, cellsPerLevel: Int) -> String {
    let k = max(1, cellsPerLevel)
    var cells: [Character] = Array(repeating: "·", count: 5 * k)
    if let level {
      for i in 0..<(5 * k) { cells[i] = i < level * k ? "█" : "░" }
    }
    if let expected, (1...5).contains(expected) { cells[expected * k - 1] = "╎" }
    if let target, (1...5).contains(target) { cells[target * k - 1] = "┃" }
    return String(cells)
  }

  static func day(_ date: Date, _ zone: TimeZone) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = zone
    let c = calendar.dateComponents([.year, .month, .day], from: date)
    return String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!)
  }
}
