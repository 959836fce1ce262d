/// Reads TOML front matter (between `+++` lines), as Hugo sites write it: `key = value`, `[tables]`,
/// `[[arrays of tables]]`, dotted keys, every string form, numbers, booleans, bare dates, arrays and
/// inline tables. bilan's own rather than a TOML package's: the values must come back in the file's
/// order, with the line of each problem, so that a page is written back as it was; fuzzed by the tests.
struct TOMLReader {
  struct Failure: Error, Equatable {
    var line: Int
    var message: LocalizedText
  }

  private let scalars: [Unicode.Scalar]
  private var index = 0
  private var line: Int
  private var root: [FieldValue.Field] = []
  /// The table that `key = value` lines go to.
  private var path: [String] = []

  private init(_ text: String, firstLine: Int) {
    scalars = Array(text.unicodeScalars)
    line = firstLine
  }

  static func read(_ text: String, firstLine: Int = 1) throws -> [FieldValue.Field] {
    var reader = TOMLReader(text, firstLine: firstLine)
    try reader.document()
    return reader.root
  }

  private var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }
  private func peek(_ offset: Int) -> Unicode.Scalar? {
    index + offset < scalars.count ? scalars[index + offset] : nil
  }
  private mutating func advance() {
    if current == "\n" { line += 1 }
    index += 1
  }
  private func fail(_ message: LocalizedText) -> Failure { Failure(line: line, message: message) }

  private mutating func skipBlank() {
    while let c = current, c == " " || c == "\t" { advance() }
  }

  /// Spaces, newlines and comments (inside arrays).
  private mutating func skipAll() {
    while let c = current {
      if c == " " || c == "\t" || c == "\n" || c == "\r" {
        advance()
      } else if c == "#" {
        while let c = current, c != "\n" { advance() }
      } else {
        return
      }
    }
  }

  private mutating func endOfLine() throws {
    skipBlank()
    if current == "#" { while let c = current, c != "\n" { advance() } }
    if current == "\r" { advance() }
    guard current == nil || current == "\n" else {
      throw fail(LocalizedText(fr: "texte inattendu après une valeur", en: "unexpected text after a value"))
    }
    if current == "\n" { advance() }
  }

  private mutating func document() throws {
    while current != nil {
      skipBlank()
      guard let c = current else { return }
      if c == "\n" || c == "\r" || c == "#" {
        try endOfLine()
      } else if c == "[" {
        advance()
        let isArray = current == "["
        if isArray { advance() }
        skipBlank()
        let keys = try key()
        skipBlank()
        try expect("]")
        if isArray { try expect("]") }
        path = keys
        try open(keys, appending: isArray)
        try endOfLine()
      } else {
        let keys = try key()
        skipBlank()
        try expect("=")
        skipBlank()
        let value = try self.value(depth: 0)
        try set(path + keys, value)
        try endOfLine()
      }
    }
  }

  private mutating func expect(_ c: Unicode.Scalar) throws {
    guard current == c else { throw fail(LocalizedText(fr: "« \(c) » attendu", en: "expected '\(c)'")) }
    advance()
  }

  /// A dotted key: `a.b."c d"`.
  private mutating func key() throws -> [String] {
    var parts: [String] = []
    repeat {
      skipBlank()
      if current == "." { advance() }
      skipBlank()
      if current == "\"" {
        parts.append(try basicString())
      } else if current == "'" {
        parts.append(try literalString())
      } else {
        var bare = ""
        while let c = current, c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "_" || c == "-" {
          bare.unicodeScalars.append(c)
          advance()
        }
        guard !bare.isEmpty else { throw fail(LocalizedText(fr: "une clé est attendue", en: "expected a key")) }
        parts.append(bare)
      }
      skipBlank()
    } while current == "."
    return parts
  }

  private mutating func value(depth: Int) throws -> FieldValue {
    guard depth < 64 else {
      throw fail(LocalizedText(fr: "imbriqué sur plus de 64 niveaux", en: "nested more than 64 levels deep"))
    }
    guard let c = current else { throw fail(LocalizedText(fr: "une valeur manque", en: "a value is missing")) }
    switch c {
    case "\"":
      if peek(1) == "\"", peek(2) == "\"" { return .string(try multiline(quote: "\"")) }
      return .string(try basicString())
    case "'":
      if peek(1) == "'", peek(2) == "'" { return .string(try multiline(quote: "'")) }
      return .string(try literalString())
    case "[":
      advance()
      var items: [FieldValue] = []
      while true {
        skipAll()
        if current == "]" {
          advance()
          return .array(items)
        }
        items.append(try value(depth: depth + 1))
        skipAll()
        if current == "," {
          advance()
        } else if current != "]" {
          throw fail(LocalizedText(fr: "« , » ou « ] » attendu dans un tableau", en: "expected ',' or ']' in an array"))
        }
      }
    case "{":
      advance()
      var fields: [FieldValue.Field] = []
      skipBlank()
      if current == "}" {
        advance()
        return .table(fields)
      }
      while true {
        let keys = try key()
        try expect("=")
        skipBlank()
        let value = try self.value(depth: depth + 1)
        try Self.insert(&fields, keys, value, line: line)
        skipBlank()
        if current == "," {
          advance()
          skipBlank()
          continue
        }
        try expect("}")
        return .table(fields)
      }
    default:
      var word = ""
      while let c = current, !" \t\n\r,]}#".unicodeScalars.contains(c) {
        word.unicodeScalars.append(c)
        advance()
      }
      // A date-time may hold one space between its date and its time.
      if word.count == 10, current == " ", let next = peek(1), ("0"..."9").contains(next) {
        advance()
        word += "T"
        while let c = current, !" \t\n\r,]}#".unicodeScalars.contains(c) {
          word.unicodeScalars.append(c)
          advance()
        }
      }
      return try scalar(word)
    }
  }

  private func scalar(_ word: String) throws -> FieldValue {
    switch word {
    case "true": return .bool(true)
    case "false": return .bool(false)
    case "inf", "+inf": return .double(.infinity)
    case "-inf": return .double(-.infinity)
    case "nan", "+nan", "-nan": return .double(.nan)
    default: break
    }
    if word.range(
      of: #"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$"#, options: .regularExpression)
      != nil || word.range(of: #"^\d{2}:\d{2}:\d{2}(\.\d+)?$"#, options: .regularExpression) != nil
    {
      return .date(word)
    }
    let digits = word.replacingOccurrences(of: "_", with: "")
    if digits.hasPrefix("0x"), let n = Int(digits.dropFirst(2), radix: 16) { return .int(n) }
    if digits.hasPrefix("0o"), let n = Int(digits.dropFirst(2), radix: 8) { return .int(n) }
    if digits.hasPrefix("0b"), let n = Int(digits.dropFirst(2), radix: 2) { return .int(n) }
    if let n = Int(digits) { return .int(n) }
    if let d = Double(digits), digits.contains(where: { "0123456789".contains($0) }) { return .double(d) }
    throw fail(
      word.isEmpty
        ? LocalizedText(fr: "une valeur manque", en: "a value is missing")
        : LocalizedText(
          fr: "« \(word) » n'est pas une valeur TOML (mettez le texte entre guillemets : \"…\")",
          en: "'\(word)' is not a TOML value (quote text: \"…\")"))
  }

  private mutating func basicString() throws -> String {
    try expect("\"")
    var out = String.UnicodeScalarView()
    while true {
      guard let c = current, c != "\n" else {
        throw fail(
          LocalizedText(fr: "une chaîne n'est jamais fermée sur sa ligne", en: "a string is never closed on its line"))
      }
      advance()
      if c == "\"" { return String(out) }
      if c == "\\" { try escape(into: &out) } else { out.append(c) }
    }
  }

  private mutating func escape(into out: inout String.UnicodeScalarView) throws {
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
    case "e": out.append("\u{1B}")
    case "\"", "\\": out.append(e)
    case "u", "U":
      var code: UInt32 = 0
      for _ in 0..<(e == "u" ? 4 : 8) {
        guard let c = current, let digit = UInt32(String(c), radix: 16) else {
          throw fail(LocalizedText(fr: "échappement \\\(e) non valable", en: "bad \\\(e) escape"))
        }
        code = code * 16 + digit
        advance()
      }
      guard let scalar = Unicode.Scalar(code) else {
        throw fail(
          LocalizedText(fr: "l'échappement \\\(e) n'est pas un caractère", en: "\\\(e) escape is not a character"))
      }
      out.append(scalar)
    default: throw fail(LocalizedText(fr: "échappement inconnu \\\(e)", en: "unknown escape \\\(e)"))
    }
  }

  private mutating func literalString() throws -> String {
    try expect("'")
    var out = String.UnicodeScalarView()
    while true {
      guard let c = current, c != "\n" else {
        throw fail(
          LocalizedText(fr: "une chaîne n'est jamais fermée sur sa ligne", en: "a string is never closed on its line"))
      }
      advance()
      if c == "'" { return String(out) }
      out.append(c)
    }
  }

  private mutating func multiline(quote: Unicode.Scalar) throws -> String {
    for _ in 0..<3 { advance() }
    if current == "\r" { advance() }
    if current == "\n" { advance() }  // a newline right after the opening quotes is dropped
    var out = String.UnicodeScalarView()
    while true {
      guard let c = current else {
        throw fail(
          LocalizedText(
            fr: "une chaîne sur plusieurs lignes n'est jamais fermée", en: "a multi-line string is never closed"))
      }
      if c == quote, peek(1) == quote, peek(2) == quote {
        for _ in 0..<3 { advance() }
        // Up to two more quotes belong to the string.
        while current == quote, peek(1) != quote || peek(2) != quote {
          out.append(quote)
          advance()
        }
        return String(out)
      }
      advance()
      if c == "\\", quote == "\"" {
        if current == "\n" || current == " " || current == "\r" {
          while let w = current, w == " " || w == "\t" || w == "\n" || w == "\r" { advance() }  // line-ending backslash
        } else {
          try escape(into: &out)
        }
      } else {
        out.append(c)
      }
    }
  }

  // MARK: Building the tree

  private mutating func set(_ keys: [String], _ value: FieldValue) throws {
    try Self.insert(&root, keys, value, line: line)
  }

  private mutating func open(_ keys: [String], appending: Bool) throws {
    try Self.open(&root, keys[...], appending: appending, line: line)
  }
}
