import Foundation

extension Diagrams {
  static let shades = ["#eef1f3", "#cfe9e5", "#9fd3cb", "#5fb3a8", "#2a8c82", "#0b5f59"]

  /// A skill × month heat map of the level in force at the end of each month, with a legend. Months
  /// are labelled in the site's language (`mars 2026`), every fourth counted back from the last, so
  /// that the last month is always labelled and no label runs out of the picture.
  public static func history(
    _ rows: [(name: String, ratings: [(date: Date, level: Int)])], months: [String], monthEnds: [Date], title: String,
    description: String, language: Language
  ) -> String {
    let cell = 24.0
    let labelWidth = 280.0
    let width = labelWidth + cell * Double(months.count) + 70
    let height = cell * Double(rows.count) + 90
    var svg = header(width: width, height: height, title: title, description: description)
    svg += "<g font-family=\"sans-serif\" font-size=\"14\">\n"
    for (index, row) in rows.enumerated() {
      let y = 10 + Double(index) * cell
      svg +=
        "<text x=\"\(number(labelWidth - 10))\" y=\"\(number(y + 16))\" text-anchor=\"end\" fill=\"\(ink)\">\(escape(label(row.name)))</text>\n"
      for (column, end) in monthEnds.enumerated() {
        let level = row.ratings.last { $0.date <= end }?.level
        let tip = SiteWords.cell(skill: row.name, month: months[column], level: level).text(language)
        svg +=
          "<rect x=\"\(number(labelWidth + Double(column) * cell))\" y=\"\(number(y))\" width=\"\(number(cell - 2))\" height=\"\(number(cell - 2))\" fill=\"\(shades[level ?? 0])\"><title>\(escape(tip))</title></rect>\n"
      }
    }
    let y = 10 + Double(rows.count) * cell + 18
    for column in stride(from: months.count - 1, through: 0, by: -4) {
      let x = labelWidth + Double(column) * cell + (cell - 2) / 2
      svg +=
        "<text x=\"\(number(x))\" y=\"\(number(y))\" text-anchor=\"middle\" fill=\"\(grey)\">\(escape(months[column]))</text>\n"
    }
    // The legend: what each shade means.
    let legendY = y + 30
    svg +=
      "<text x=\"\(number(labelWidth - 10))\" y=\"\(number(legendY + 13))\" text-anchor=\"end\" fill=\"\(ink)\">\(escape(SiteWords.levelLegend.text(language)))</text>\n"
    for level in 0...5 {
      let x = labelWidth + Double(level) * 44
      svg +=
        "<rect x=\"\(number(x))\" y=\"\(number(legendY))\" width=\"18\" height=\"18\" fill=\"\(shades[level])\" stroke=\"\(grid)\"/>\n"
      svg +=
        "<text x=\"\(number(x + 22))\" y=\"\(number(legendY + 14))\" fill=\"\(ink)\">\(level == 0 ? "–" : String(level))</text>\n"
    }
    return svg + "</g>\n</svg>\n"
  }

  /// One skill's level over time, small, for its page: the level held from one rating to the next up
  /// to `until`, a dot per rating, the target as a dashed line. The first and last months are labelled
  /// inside the picture (once when they are the same).
  public static func skillHistory(
    _ ratings: [(date: Date, level: Int)], until: Date, target: Int?, title: String, description: String,
    first: String, last: String
  ) -> String {
    let (width, height) = (440.0, 190.0)
    let (left, right, top, bottom) = (36.0, 424.0, 14.0, 142.0)
    let points = ratings.sorted { $0.date < $1.date }
    guard let start = points.first?.date else {
      return header(width: width, height: height, title: title, description: description) + "</svg>\n"
    }
    // A single day gives no span: the line then runs over the month before it.
    let from = min(start, until.addingTimeInterval(-30 * 86_400))
    let span = max(until.timeIntervalSince(from), 1)
    func x(_ date: Date) -> Double { left + (right - left) * min(max(date.timeIntervalSince(from) / span, 0), 1) }
    func y(_ level: Int) -> Double { bottom - (bottom - top) * Double(level - 1) / 4 }
    var svg = header(width: width, height: height, title: title, description: description)
    svg += "<g font-family=\"sans-serif\" font-size=\"17\" fill=\"\(grey)\">\n"
    for level in 1...5 {
      svg +=
        "<line x1=\"\(number(left))\" y1=\"\(number(y(level)))\" x2=\"\(number(right))\" y2=\"\(number(y(level)))\" stroke=\"\(grid)\"/>\n"
      svg += "<text x=\"\(number(left - 10))\" y=\"\(number(y(level) + 6))\" text-anchor=\"end\">\(level)</text>\n"
    }
    if first != last {
      svg += "<text x=\"\(number(left))\" y=\"\(number(height - 8))\">\(escape(first))</text>\n"
    }
    svg += "<text x=\"\(number(right))\" y=\"\(number(height - 8))\" text-anchor=\"end\">\(escape(last))</text>\n"
    svg += "</g>\n"
    if let target {
      svg +=
        "<line x1=\"\(number(left))\" y1=\"\(number(y(target)))\" x2=\"\(number(right))\" y2=\"\(number(y(target)))\" stroke=\"\(targetColour)\" stroke-width=\"2\" stroke-dasharray=\"7 5\"/>\n"
    }
    var path = "M\(number(x(points[0].date))),\(number(y(points[0].level)))"
    for point in points.dropFirst() {
      path += " H\(number(x(point.date))) V\(number(y(point.level)))"
    }
    path += " H\(number(x(until)))"
    svg += "<path d=\"\(path)\" fill=\"none\" stroke=\"\(accent)\" stroke-width=\"3\"/>\n"
    for point in points {
      svg += "<circle cx=\"\(number(x(point.date)))\" cy=\"\(number(y(point.level)))\" r=\"5\" fill=\"\(accent)\"/>\n"
    }
    return svg + "</svg>\n"
  }
}
