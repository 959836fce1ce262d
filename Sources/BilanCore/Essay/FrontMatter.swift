import Foundation

/// Writes YAML front matter that every reader (Hugo, Jekyll, Astro, PyYAML) reads back to the same values:
/// each string double-quoted and escaped, tags as a quoted flow list (`docs/front-matter.md`).
public enum FrontMatter {
  public enum Value: Equatable, Sendable {
    case string(String)
    case strings([String])
    case bool(Bool)
    case int(Int)
    /// RFC 3339 with its offset, written bare so readers take it as a date.
    case date(Date, utcOffset: Int)
  }

  public static func yaml(_ fields: [(key: String, value: Value)]) -> String {
    var out = "---\n"
    for (key, value) in fields {
      out += "\(key): \(render(value))\n"
    }
    return out + "---\n"
  }

  static func render(_ value: Value) -> String {
    switch value {
    case .string(let s): quoted(s)
    case .strings(let list): "[" + list.map(quoted).joined(separator: ", ") + "]"
    case .bool(let b): b ? "true" : "false"
    case .int(let n): String(n)
    case .date(let date, let offset): rfc3339(date, utcOffset: offset)
    }
  }

  /// A YAML double-quoted scalar. Works on Unicode scalars, not Characters, so that no combining
  /// sequence hides a control character.
  public static func quoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x00: continue  // NUL is stripped: no reader keeps it.
      case 0x5C: out += "\\\\"
      case 0x22: out += "\\\""
      case 0x0A: out += "\\n"
      case 0x09: out += "\\t"
      case 0x0D: out += "\\r"
      case 0x01...0x1F, 0x7F, 0x80...0x9F: out += String(format: "\\x%02X", scalar.value)
      case 0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF: out += String(format: "\\u%04X", scalar.value)
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }

  /// Computed from the seconds (Howard Hinnant's days-to-civil), not through a Calendar and a format:
  /// a listing or an export writes one per entry.
  public static func rfc3339(_ date: Date, utcOffset: Int) -> String {
    let seconds = Int((date.timeIntervalSince1970).rounded(.down)) + utcOffset
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
    let minutes = abs(utcOffset) / 60
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
    let yearText = String(year)
    return String(repeating: "0", count: max(0, 4 - yearText.count)) + yearText + "-" + two(month) + "-" + two(day)
      + "T" + two(time / 3600) + ":" + two(time / 60 % 60) + ":" + two(time % 60)
      + (utcOffset < 0 ? "-" : "+") + two(minutes / 60) + ":" + two(minutes % 60)
  }
}
