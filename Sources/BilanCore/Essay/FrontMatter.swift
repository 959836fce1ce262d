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

  public static func rfc3339(_ date: Date, utcOffset: Int) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(secondsFromGMT: utcOffset) ?? .gmt
    let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
    let minutes = abs(utcOffset) / 60
    let day = String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!)
    let time = String(format: "%02d:%02d:%02d", c.hour!, c.minute!, c.second!)
    let zone = String(format: "%02d:%02d", minutes / 60, minutes % 60)
    return "\(day)T\(time)\(utcOffset < 0 ? "-" : "+")\(zone)"
  }
}
