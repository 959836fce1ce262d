import Foundation

/// Terminal output: styles only on a terminal without NO_COLOR, stored text made harmless to show.
enum Terminal {
  static let styled: Bool = isatty(1) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
  static let stdoutIsTerminal: Bool = isatty(1) == 1

  static func bold(_ text: String) -> String { styled ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
  static func dim(_ text: String) -> String { styled ? "\u{1B}[2m\(text)\u{1B}[0m" : text }

  /// Stored text shown on a terminal: escape sequences and control characters are made visible
  /// (`\x1B`) instead of being run by the terminal. Tabs and line ends stay.
  static func safe(_ text: String) -> String {
    guard stdoutIsTerminal else { return text }
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x09, 0x0A: out.unicodeScalars.append(scalar)
      case 0x00...0x1F, 0x7F...0x9F: out += String(format: "\\x%02X", scalar.value)
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
