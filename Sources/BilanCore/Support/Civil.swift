import Foundation

/// Dates written as text by arithmetic, not through a Calendar and a formatter: a listing, an import
/// or an export writes several per entry. Tested against Foundation's calendar and against GRDB.
enum Civil {
  /// Year, month, day and the second of the day of `seconds` since 1970 (Howard Hinnant's
  /// days-to-civil, proleptic Gregorian).
  static func split(_ seconds: Int) -> (year: Int, month: Int, day: Int, time: Int) {
    let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
    let time = seconds - days * 86_400
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let mp = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    return (year, month, day, time)
  }

  /// `2026-11-28`, `separator`, `10:30:00`: how both date texts bilan writes begin.
  static func dateTime(_ seconds: Int, separator: UInt8, into bytes: inout [UInt8]) {
    let (year, month, day, time) = split(seconds)
    if year < 0 { bytes.append(0x2D) }
    append(abs(year), width: 4, to: &bytes)
    bytes.append(0x2D)
    append(month, width: 2, to: &bytes)
    bytes.append(0x2D)
    append(day, width: 2, to: &bytes)
    bytes.append(separator)
    append(time / 3600, width: 2, to: &bytes)
    bytes.append(0x3A)
    append(time / 60 % 60, width: 2, to: &bytes)
    bytes.append(0x3A)
    append(time % 60, width: 2, to: &bytes)
  }

  /// The digits of `value` (not negative), zero-padded to `width`.
  static func append(_ value: Int, width: Int, to bytes: inout [UInt8]) {
    var divisor = 1
    for _ in 1..<width { divisor *= 10 }
    while divisor <= value / 10 { divisor *= 10 }
    var rest = value
    while divisor > 0 {
      bytes.append(UInt8(48 + rest / divisor))
      rest %= divisor
      divisor /= 10
    }
  }
}
