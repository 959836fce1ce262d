import Foundation

/// Terminal output: styles only on a terminal without NO_COLOR, stored text made harmless to show.
enum Terminal {

  /// How a whole line is shown; the escape codes are added after the text was made safe.
  enum Style {
    case plain, bold, dim
  }

  /// The width of the terminal on `fd`, asked at each call (a resize is seen at once); else `COLUMNS`;
  /// else 80.
  static func columns(_ fd: Int32, _ environment: [String: String]) -> Int {
    var size = winsize()
    if ioctl(fd, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
    return environment["COLUMNS"].flatMap(Int.init).map { max(20, $0) } ?? 80
  }

  static func styled(_ text: String, _ style: Style, styled: Bool) -> String {
    guard styled else { return text }
    switch style {
    case .plain: return text
    case .bold: return "\u{1B}[1m\(text)\u{1B}[0m"
    case .dim: return "\u{1B}[2m\(text)\u{1B}[0m"
    }
  }

  /// Stored text shown to a person (on a terminal, or piped into a pager that would run it):
  /// escape sequences, control characters and the marks that reverse the direction of text are
  /// made visible (`\x1B`, `\u{202E}`) instead of being run by the terminal. Tabs and line ends stay.
  static func safe(_ text: String) -> String {
    // Most text has nothing to escape: give it back as it is.
    guard text.unicodeScalars.contains(where: needsEscape) else { return text }
    var out = ""
    for scalar in text.unicodeScalars {
      if !needsEscape(scalar) {
        out.unicodeScalars.append(scalar)
      } else if scalar.value <= 0xFF {
        out += String(format: "\\x%02X", scalar.value)
      } else {
        out += String(format: "\\u{%04X}", scalar.value)
      }
    }
    return out
  }

  /// `text` made safe, with the parts between `open` and `close` in bold (between brackets when not
  /// styled): a search's snippet.
  static func highlighted(_ text: String, open: String, close: String, styled: Bool) -> String {
    var out = ""
    var rest = Substring(text)
    while let start = rest.range(of: open) {
      out += safe(String(rest[..<start.lowerBound])) + (styled ? "\u{1B}[1m" : "[")
      rest = rest[start.upperBound...]
      let end = rest.range(of: close) ?? (rest.endIndex..<rest.endIndex)
      out += safe(String(rest[..<end.lowerBound])) + (styled ? "\u{1B}[0m" : "]")
      rest = rest[end.upperBound...]
    }
    return out + safe(String(rest))
  }

  /// JSON from JSONSerialization escapes the C0 controls; DEL, the C1 controls (an 8-bit CSI is
  /// U+009B) and the direction marks it leaves raw are written as `\uXXXX`, the same JSON value.
  static func safeJSON(_ json: String) -> String {
    guard json.unicodeScalars.contains(where: needsEscape) else { return json }
    var out = ""
    for scalar in json.unicodeScalars {
      if needsEscape(scalar) {
        out += String(format: "\\u%04x", scalar.value)
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A: false
    case 0x00...0x1F, 0x7F...0x9F: true
    // Bidirectional embeddings, overrides and isolates: they reorder what follows on screen.
    case 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }
}
