import Foundation

/// jrnl's `timeformat`, Python's strptime syntax: `%Y-%m-%d %H:%M`, `%d.%m.%Y %H:%M`, `%d/%m/%Y %I:%M %p`,
/// `%b %d, %Y`. Also the shorthands jrnl's default uses (`%F %r`), which Python's strptime refuses.
/// A space in the format matches any run of spaces; letters are matched case aside; month and day
/// names are English, as Python reads them.
public struct JrnlDateFormat: Sendable, Equatable {
  enum Piece: Sendable, Equatable {
    case literal(UInt8)
    case space
    case field(Character)  // Y y m d H I M S p b B a A f j %
  }

  public struct Bad: Error, Equatable {
    /// The directive bilan does not know, `%` and its letter.
    public var directive: String
  }

  public let pattern: String
  let pieces: [Piece]

  public init(_ pattern: String) throws(Bad) {
    let expanded =
      pattern
      .replacingOccurrences(of: "%F", with: "%Y-%m-%d").replacingOccurrences(of: "%T", with: "%H:%M:%S")
      .replacingOccurrences(of: "%R", with: "%H:%M").replacingOccurrences(of: "%r", with: "%I:%M:%S %p")
      .replacingOccurrences(of: "%D", with: "%m/%d/%y").replacingOccurrences(of: "%e", with: "%d")
      .replacingOccurrences(of: "%h", with: "%b")
    var pieces: [Piece] = []
    var characters = expanded.makeIterator()
    while let c = characters.next() {
      if c == "%" {
        guard let letter = characters.next() else { throw Bad(directive: "%") }
        guard "YymdHIMSpbBaAfj%".contains(letter) else { throw Bad(directive: "%" + String(letter)) }
        pieces.append(letter == "%" ? .literal(0x25) : .field(letter))
      } else if c.isWhitespace {
        if pieces.last != .space { pieces.append(.space) }
      } else {
        pieces.append(contentsOf: String(c).utf8.map { .literal($0) })
      }
    }
    guard pieces.contains(where: { if case .field = $0 { true } else { false } }) else {
      throw Bad(directive: pattern)
    }
    self.pattern = pattern
    self.pieces = pieces
  }

  static let months = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december",
  ]
  static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

  /// The date at the start of `b` (the whole of it when `whole`) and the bytes read. Fields left out
  /// are Python's defaults: year 1900, January, the first, midnight.
  func read(_ b: UnsafeBufferPointer<UInt8>, whole: Bool) -> (JrnlDateRead, Int) {
    var i = 0
    var (year, month, day, hour, minute, second) = (1900, 1, 1, 0, 0, 0)
    var meridiem: UInt8?
    var twelveHour = false
    func number(_ most: Int) -> Int? {
      var value = 0
      var n = 0
      while i < b.count, n < most, (0x30...0x39).contains(b[i]) {
        value = value * 10 + Int(b[i] - 0x30)
        i += 1
        n += 1
      }
      return n == 0 ? nil : value
    }
    // The full name, or its first three letters.
    func name(_ names: [String]) -> Int? {
      for (index, full) in names.enumerated() {
        for candidate in [full, String(full.prefix(3))] {
          let bytes = Array(candidate.utf8)
          guard i + bytes.count <= b.count else { continue }
          if (0..<bytes.count).allSatisfy({ b[i + $0] | 0x20 == bytes[$0] }) {
            i += bytes.count
            return index + 1
          }
        }
      }
      return nil
    }
    for piece in pieces {
      switch piece {
      case .literal(let byte):
        guard i < b.count, b[i] == byte || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A && b[i] | 0x20 == byte | 0x20)
        else { return (.none, 0) }
        i += 1
      case .space:
        guard i < b.count, b[i] == 0x20 || b[i] == 0x09 else { return (.none, 0) }
        while i < b.count, b[i] == 0x20 || b[i] == 0x09 { i += 1 }
      case .field(let letter):
        var value: Int?
        switch letter {
        case "Y": value = number(4)
        case "y": value = number(2).map { $0 < 69 ? 2000 + $0 : 1900 + $0 }
        case "f": value = number(6)
        case "j": value = number(3)
        case "b", "B": value = name(Self.months)
        case "a", "A": value = name(Self.weekdays)
        case "p":
          if i + 1 < b.count, [0x41, 0x50].contains(b[i] & ~0x20), b[i + 1] | 0x20 == 0x6D {
            meridiem = b[i] & ~0x20
            i += 2
            value = 0
          }
        default: value = number(2)
        }
        guard let value else { return (.none, 0) }
        switch letter {
        case "Y", "y": year = value
        case "m", "b", "B": month = value
        case "d": day = value
        case "H": hour = value
        case "I":
          hour = value
          twelveHour = true
        case "M": minute = value
        case "S": second = value
        default: break
        }
      }
    }
    if whole {
      var j = i
      while j < b.count, b[j] == 0x20 || b[j] == 0x09 { j += 1 }
      guard j == b.count else { return (.none, 0) }
    }
    if twelveHour || meridiem != nil {
      if twelveHour, !(1...12).contains(hour) { return (.impossible(.noTime(hour, minute)), i) }
      if meridiem == 0x50, hour < 12 { hour += 12 } else if meridiem == 0x41, hour == 12 { hour = 0 }
    }
    return (
      JrnlNumericDate.valid(year: year, month: month, day: day, hour: hour, minute: minute, second: second), i
    )
  }

  /// Reads a Substring's bytes.
  func read(_ text: Substring, whole: Bool) -> (JrnlDateRead, Int) {
    var text = text
    return text.withUTF8 { read($0, whole: whole) }
  }
}
