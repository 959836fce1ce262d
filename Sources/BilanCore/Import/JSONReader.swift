/// Reads JSON front matter (`{ "title": … }` at the top of a file), keeping the keys in their order,
/// which Foundation's JSONSerialization does not. Nesting is capped so that no file can exhaust the stack.
struct JSONReader {
  struct Failure: Error, Equatable {
    var line: Int
    var message: LocalizedText
  }

  private let scalars: [Unicode.Scalar]
  private var index = 0
  private(set) var line = 1
  static let maxDepth = 64

  init(_ text: String) { scalars = Array(text.unicodeScalars) }

  /// The object at the start of `text`, and the number of lines it spans. Nothing but spaces may
  /// follow it on its last line.
  static func readObject(_ text: String) throws -> (fields: [FieldValue.Field], lines: Int) {
    var reader = JSONReader(text)
    reader.skipSpace()
    guard case .table(let fields) = try reader.value(depth: 0) else {
      throw Failure(
        line: 1,
        message: LocalizedText(fr: "un en-tête JSON doit être un objet", en: "JSON front matter must be an object"))
    }
    while let c = reader.current, c == " " || c == "\t" || c == "\r" { reader.advance() }
    guard reader.current == nil || reader.current == "\n" else {
      throw Failure(
        line: reader.line,
        message: LocalizedText(
          fr: "du texte suit l'en-tête JSON sur sa dernière ligne",
          en: "text follows the JSON front matter on its last line"))
    }
    return (fields, reader.line)
  }

  private var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

  private mutating func advance() {
    if current == "\n" { line += 1 }
    index += 1
  }

  private mutating func skipSpace() {
    while let c = current, c == " " || c == "\t" || c == "\n" || c == "\r" { advance() }
  }

  private func fail(_ message: LocalizedText) -> Failure { Failure(line: line, message: message) }

  private mutating func expect(_ c: Unicode.Scalar) throws {
    guard current == c else { throw fail(LocalizedText(fr: "« \(c) » attendu", en: "expected '\(c)'")) }
    advance()
  }

  private mutating func value(depth: Int) throws -> FieldValue {
    guard depth < Self.maxDepth else {
      throw fail(
        LocalizedText(
          fr: "imbriqué sur plus de \(Self.maxDepth) niveaux", en: "nested more than \(Self.maxDepth) levels deep"))
    }
    skipSpace()
    guard let c = current else {
      throw fail(LocalizedText(fr: "le JSON se termine trop tôt", en: "the JSON ends too early"))
    }
    switch c {
    case "{":
      advance()
      var fields: [FieldValue.Field] = []
      skipSpace()
      if current == "}" {
        advance()
        return .table(fields)
      }
      while true {
        skipSpace()
        let key = try string()
        skipSpace()
        try expect(":")
        fields.append(.init(key, try value(depth: depth + 1)))
        skipSpace()
        if current == "," {
          advance()
          continue
        }
        try expect("}")
        return .table(fields)
      }
    case "[":
      advance()
      var items: [FieldValue] = []
      skipSpace()
      if current == "]" {
        advance()
        return .array(items)
      }
      while true {
        items.append(try value(depth: depth + 1))
        skipSpace()
        if current == "," {
          advance()
          continue
        }
        try expect("]")
        return .array(items)
      }
    case "\"":
      return .string(try string())
    case "t": return try word("true", .bool(true))
    case "f": return try word("false", .bool(false))
    case "n": return try word("null", .null)
    default:
      return try number()
    }
  }

  private mutating func word(_ text: String, _ value: FieldValue) throws -> FieldValue {
    for expected in text.unicodeScalars {
      guard current == expected else {
        throw fail(LocalizedText(fr: "texte inattendu ; attendu : \(text)", en: "unexpected text; expected \(text)"))
      }
      advance()
    }
    return value
  }

  private mutating func number() throws -> FieldValue {
    var text = ""
    while let c = current, "+-0123456789.eE".unicodeScalars.contains(c) {
      text.unicodeScalars.append(c)
      advance()
    }
    if let int = Int(text) { return .int(int) }
    if let double = Double(text), !text.isEmpty { return .double(double) }
    let character = current.map(String.init) ?? ""
    throw fail(
      text.isEmpty
        ? LocalizedText(fr: "caractère inattendu « \(character) »", en: "unexpected character '\(character)'")
        : LocalizedText(fr: "« \(text) » n'est pas un nombre", en: "'\(text)' is not a number"))
  }

  private mutating func string() throws -> String {
    try expect("\"")
    var out = String.UnicodeScalarView()
    while true {
      guard let c = current else {
        throw fail(LocalizedText(fr: "une chaîne n'est jamais fermée", en: "a string is never closed"))
      }
      advance()
      switch c {
      case "\"": return String(out)
      case "\\":
        guard let e = current else {
          throw fail(LocalizedText(fr: "une chaîne n'est jamais fermée", en: "a string is never closed"))
        }
        advance()
        switch e {
        case "n": out.append("\n")
        case "t": out.append("\t")
        case "r": out.append("\r")
        case "b": out.append("\u{08}")
        case "f": out.append("\u{0C}")
        case "u":
          var code = try hex4()
          if (0xD800..<0xDC00).contains(code) {
            // A high surrogate must be followed by a low one: together they are one character.
            guard current == "\\" else {
              throw fail(
                LocalizedText(
                  fr: "\\u\(String(code, radix: 16)) n'a pas sa seconde moitié (low surrogate)",
                  en: "\\u\(String(code, radix: 16)) lacks its low surrogate"))
            }
            advance()
            try expect("u")
            let low = try hex4()
            guard (0xDC00...0xDFFF).contains(low) else {
              throw fail(
                LocalizedText(
                  fr: "\\u\(String(low, radix: 16)) n'est pas une seconde moitié (low surrogate)",
                  en: "\\u\(String(low, radix: 16)) is not a low surrogate"))
            }
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
          }
          guard let scalar = Unicode.Scalar(code) else {
            throw fail(
              LocalizedText(fr: "l'échappement \\u n'est pas un caractère", en: "\\u escape is not a character"))
          }
          out.append(scalar)
        default: out.append(e)
        }
      case "\n":
        throw fail(
          LocalizedText(fr: "une chaîne ne peut pas tenir sur plusieurs lignes", en: "a string cannot span lines"))
      default: out.append(c)
      }
    }
  }

  private mutating func hex4() throws -> UInt32 {
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard let c = current, let digit = UInt32(String(c), radix: 16) else {
        throw fail(LocalizedText(fr: "échappement \\u non valable", en: "bad \\u escape"))
      }
      value = value * 16 + digit
      advance()
    }
    return value
  }
}
