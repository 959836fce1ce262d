import Foundation

/// The dates a person types: `2026-11-28`, `2026-11-28 14:30`, `today`, `yesterday`, `-3d`; for a
/// period (`--since`, `--until`) also a month `2026-11` and a year `2026`.
public enum QuickDate {
  /// A moment, for `write --date`: a day alone keeps the time of day it is now.
  public static func parse(_ text: String, now: Date, zone: TimeZone) -> Date? {
    guard let period = period(text, now: now, zone: zone) else { return nil }
    switch period.unit {
    case .minute, .now: return period.start
    case .day:
      let calendar = Self.calendar(zone)
      let time = calendar.dateComponents([.hour, .minute, .second], from: now)
      return calendar.date(byAdding: time, to: period.start)
    case .month, .year: return nil
    }
  }

  /// What a typed date covers, from its first instant to the first instant after it: `--since` takes
  /// the start, `--until` the end, so `--until 2026-11-28` includes that whole day.
  public struct Period: Equatable, Sendable {
    public var start: Date
    public var end: Date
    enum Unit { case now, minute, day, month, year }
    var unit: Unit
  }

  public static func period(_ text: String, now: Date, zone: TimeZone) -> Period? {
    let calendar = Self.calendar(zone)
    let value = text.trimmingCharacters(in: .whitespaces).lowercased()
    func day(_ date: Date?) -> Period? {
      guard let date else { return nil }
      let start = calendar.startOfDay(for: date)
      return calendar.date(byAdding: .day, value: 1, to: start).map { Period(start: start, end: $0, unit: .day) }
    }
    switch value {
    case "now", "maintenant": return Period(start: now, end: now, unit: .now)
    case "today", "aujourd'hui": return day(now)
    case "yesterday", "hier": return day(calendar.date(byAdding: .day, value: -1, to: now))
    default: break
    }
    if value.hasPrefix("-"), value.hasSuffix("d") || value.hasSuffix("j"), let days = Int(value.dropFirst().dropLast()),
      days >= 0
    {
      return day(calendar.date(byAdding: .day, value: -days, to: now))
    }
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = zone
    formatter.isLenient = false
    let forms: [(String, Period.Unit, Calendar.Component)] = [
      ("yyyy-MM-dd HH:mm", .minute, .minute), ("yyyy-MM-dd'T'HH:mm", .minute, .minute), ("yyyy-MM-dd", .day, .day),
      ("yyyy-MM", .month, .month), ("yyyy", .year, .year),
    ]
    for (format, unit, component) in forms where value.count == format.replacingOccurrences(of: "'", with: "").count {
      formatter.dateFormat = format
      if let start = formatter.date(from: value), let end = calendar.date(byAdding: component, value: 1, to: start) {
        return Period(start: start, end: end, unit: unit)
      }
    }
    return nil
  }

  static func calendar(_ zone: TimeZone) -> Calendar {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = zone
    return calendar
  }
}
