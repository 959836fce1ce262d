import Foundation

/// Writes YAML front matter that every reader (Hugo, Jekyll, Astro, PyYAML) reads back to the same values:
/// each string double-quoted and escaped, tags as a quoted flow list.
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
    if !needsEscapes(text) { return "\"" + text + "\"" }
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

  /// Whether `quoted` has anything to escape, answered from the UTF-8 bytes: most titles and tags
  /// have nothing, and are then written as they are.
  static func needsEscapes(_ text: String) -> Bool {
    var text = text
    text.makeContiguousUTF8()
    return text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
      var i = 0
      while i < bytes.count {
        let byte = bytes[i]
        let next = i + 1 < bytes.count ? bytes[i + 1] : 0
        let third = i + 2 < bytes.count ? bytes[i + 2] : 0
        switch byte {
        case 0x00...0x1F, 0x22, 0x5C, 0x7F: return true
        case 0xC2 where (0x80...0x9F).contains(next): return true  // U+0080...U+009F
        case 0xE2 where next == 0x80 && (third == 0xA8 || third == 0xA9): return true  // U+2028, U+2029
        case 0xEF where (next == 0xBB && third == 0xBF) || (next == 0xBF && third >= 0xBE): return true
        default: i += 1
        }
      }
      return false
    } ?? true
  }

  /// `2026-11-28T10:30:00+01:00`, computed by `Civil`: a listing or an export writes one per entry.
  public static func rfc3339(_ date: Date, utcOffset: Int) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(26)
    Civil.dateTime(Int((date.timeIntervalSince1970).rounded(.down)) + utcOffset, separator: 0x54, into: &bytes)
    let minutes = abs(utcOffset) / 60
    bytes.append(utcOffset < 0 ? 0x2D : 0x2B)
    Civil.append(minutes / 60, width: 2, to: &bytes)
    bytes.append(0x3A)
    Civil.append(minutes % 60, width: 2, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

}
