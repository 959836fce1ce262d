import Foundation

/// How often a skill is re-rated: a number of days, weeks, months or years (`30d`, `6w`, `3m`, `1y`).
/// Months and years follow the calendar: rated on 31 January, `1m` is due on the last day of February.
public struct Cadence: Sendable, Equatable, CustomStringConvertible {
  public enum Unit: Character, Sendable, Equatable {
    case day = "d", week = "w", month = "m", year = "y"
  }

  public var count: Int
  public var unit: Unit

  public static let standard = Cadence(count: 90, unit: .day)

  public init(count: Int, unit: Unit) {
    self.count = count
    self.unit = unit
  }

  /// `30d`, `6w`, `3m`, `1y`, or a bare number of days; from 1 day to 10 years.
  public init?(_ text: String) {
    let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
    guard let last = trimmed.last else { return nil }
    let unit = Unit(rawValue: last)
    let digits = unit == nil ? trimmed : String(trimmed.dropLast())
    guard let count = Int(digits), count > 0 else { return nil }
    self.init(count: count, unit: unit ?? .day)
    guard days <= 3660 else { return nil }
  }

  public var description: String { "\(count)\(unit.rawValue)" }

  /// As a person reads it: `90 jours`, `6 weeks`.
  public func spelled(_ language: Language) -> String {
    let one = count == 1
    switch unit {
    case .day: return "\(count) " + language.pick(one ? "jour" : "jours", one ? "day" : "days")
    case .week: return "\(count) " + language.pick(one ? "semaine" : "semaines", one ? "week" : "weeks")
    case .month: return "\(count) " + language.pick("mois", one ? "month" : "months")
    case .year: return "\(count) " + language.pick(one ? "an" : "ans", one ? "year" : "years")
    }
  }

  /// An approximate length, to bound and to compare cadences.
  public var days: Int {
    switch unit {
    case .day: count
    case .week: count * 7
    case .month: count * 31
    case .year: count * 366
    }
  }

  /// The day a skill rated at `rated` is due again: the rating's day in `zone`, plus the cadence.
  public func due(after rated: Date, in zone: TimeZone) -> Date {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = zone
    let day = calendar.startOfDay(for: rated)
    let component: Calendar.Component
    switch unit {
    case .day: component = .day
    case .week: component = .weekOfYear
    case .month: component = .month
    case .year: component = .year
    }
    return calendar.date(byAdding: component, value: count, to: day) ?? day
  }
}

/// The honesty rules of a self-rating (people over- and under-rate themselves: evidence decides).
public enum Honesty {
  /// Evidence is asked for a level of 4 or 5, and for a level two or more away from the previous one.
  public static func needsEvidence(level: Int, previous: Int?) -> Bool {
    level >= 4 || previous.map { isJump(from: $0, to: level) } ?? false
  }

  /// Two levels or more apart.
  public static func isJump(from a: Int, to b: Int) -> Bool { abs(a - b) >= 2 }
}
