import Foundation
import Yams

/// A Markdown file with front matter, read whole and kept exactly enough to be written back byte for
/// byte: the front-matter block as it was, its values in order, the body cut at its headings.
///
/// The only normalisations (README, "Importing"): a UTF-8 byte-order mark is dropped; CRLF line endings
/// are read as LF and written back as CRLF (a lone LF in a CRLF file comes back as CRLF too).
public struct MarkdownDocument: Sendable, Equatable {
  public enum Format: String, Sendable, Codable { case yaml, toml, json, none }
  public enum LineEnding: String, Sendable, Codable { case lf, crlf }

  public var format: Format
  /// The front-matter block exactly as in the file (LF), delimiters included; empty without one.
  public var frontMatter: String
  public var fields: [FieldValue.Field]
  /// What comes before the first heading, when anything does (a blank line counts).
  public var intro: String?
  public var sections: [Section]
  public var lineEnding: LineEnding
  /// The body does not end with a line break.
  public var unterminated: Bool

  public struct Section: Sendable, Equatable, Codable {
    /// The heading line as written (`## Ma Vision de L'Autonomie`).
    public var heading: String
    /// The lines up to the next heading, each ending with `\n`.
    public var text: String

    public init(heading: String, text: String) {
      self.heading = heading
      self.text = text
    }

    /// The heading's words, without its `#` marks.
    public var title: String {
      String(heading.drop { $0 == "#" }).trimmingCharacters(in: .whitespaces)
    }
  }

  public struct Problem: Error, Equatable, CustomStringConvertible {
    public var line: Int
    public var message: LocalizedText
    /// Where on the line, when the reader knows (YAML does).
    public var column: Int?
    public var description: String { "line \(line): \(message.en)" }

    public init(line: Int, message: LocalizedText, column: Int? = nil) {
      self.line = line
      self.message = message
      self.column = column
    }

    /// `LINE:` or `LINE:COLUMN:`, to follow a file's name.
    public var place: String { column.map { "\(line):\($0)" } ?? "\(line)" }
  }

  public func field(_ key: String) -> FieldValue? { fields.first { $0.key == key }?.value }

  /// Reads a file's bytes. Anything that is not a readable Markdown file is a `Problem` with its line.
  public static func parse(_ data: Data) throws -> MarkdownDocument {
    var bytes = data
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    if bytes.contains(0) {
      throw Problem(
        line: 1,
        message: LocalizedText(
          fr: "ce n'est pas un fichier texte (il contient des octets NUL)", en: "not a text file (it holds NUL bytes)"))
    }
    guard String(data: bytes, encoding: .utf8) != nil else {
      throw Problem(
        line: firstBadLine(bytes), message: LocalizedText(fr: "ce n'est pas du texte UTF-8", en: "not UTF-8 text"))
    }
    // Decoded as is: Foundation would also drop a second byte-order mark, which is content.
    let raw = String(decoding: bytes, as: UTF8.self)
    // A CRLF file is one whose every line break is CRLF; in any other the CRs are content.
    let breaks = raw.utf8.filter { $0 == 0x0A }.count
    let crlf = breaks > 0 && raw.components(separatedBy: "\r\n").count - 1 == breaks
    let text = crlf ? raw.replacingOccurrences(of: "\r\n", with: "\n") : raw
    var lines = text.linesAtLF
    let unterminated = lines.last != ""
    if !unterminated { lines.removeLast() }

    var document = MarkdownDocument(
      format: .none, frontMatter: "", fields: [], intro: nil, sections: [], lineEnding: crlf ? .crlf : .lf,
      unterminated: unterminated)
    let bodyStart = try document.readFrontMatter(lines, text: text)
    document.readBody(Array(lines[bodyStart...]))
    return document
  }

  static func firstBadLine(_ bytes: Data) -> Int {
    var line = 1
    var start = bytes.startIndex
    for (offset, byte) in bytes.enumerated() where byte == 0x0A {
      let end = bytes.index(bytes.startIndex, offsetBy: offset)
      if String(data: bytes[start..<end], encoding: .utf8) == nil { return line }
      line += 1
      start = bytes.index(after: end)
    }
    return line
  }

  /// Reads the front matter at the top of `lines`; gives the index of the body's first line.
  private mutating func readFrontMatter(_ lines: [String], text: String) throws -> Int {
    guard let first = lines.first else { return 0 }
    let delimiter: String
    switch first.trimmingCharacters(in: .whitespacesAndNewlines) {
    case "---": (format, delimiter) = (.yaml, "---")
    case "+++": (format, delimiter) = (.toml, "+++")
    default:
      // `{{< shortcode >}}` opening a body is not JSON front matter.
      guard first.hasPrefix("{"), !first.hasPrefix("{{") else { return 0 }
      format = .json
      let (fields, count) = try parseJSON(text)
      self.fields = fields
      frontMatter = lines[..<count].joined(separator: "\n") + "\n"
      return count
    }
    guard
      let close = lines.dropFirst().firstIndex(where: {
        $0.trimmingCharacters(in: .whitespacesAndNewlines) == delimiter
      })
    else {
      throw Problem(
        line: 1,
        message: LocalizedText(
          fr: "l'en-tête ouvert ici par « \(delimiter) » n'est jamais fermé",
          en: "the front matter opened here with '\(delimiter)' is never closed"))
    }
    let inner = lines[1..<close].joined(separator: "\n")
    frontMatter = lines[...close].joined(separator: "\n") + "\n"
    do {
      fields = format == .yaml ? try Self.yamlFields(inner) : try TOMLReader.read(inner, firstLine: 2)
    } catch let failure as TOMLReader.Failure {
      throw Problem(
        line: failure.line,
        message: LocalizedText(fr: "TOML : \(failure.message.fr)", en: "TOML: \(failure.message.en)"))
    }
    var seen = Set<String>()
    for field in fields where !seen.insert(field.key).inserted {
      throw Problem(
        line: 2,
        message: LocalizedText(
          fr: "la clé « \(field.key) » est donnée deux fois", en: "the key '\(field.key)' is given twice"))
    }
    return close + 1
  }

  private func parseJSON(_ text: String) throws -> ([FieldValue.Field], Int) {
    do {
      return try JSONReader.readObject(text)
    } catch let failure as JSONReader.Failure {
      throw Problem(
        line: failure.line,
        message: LocalizedText(fr: "JSON : \(failure.message.fr)", en: "JSON: \(failure.message.en)"))
    }
  }

  static func yamlFields(_ text: String) throws -> [FieldValue.Field] {
    let node: Node?
    do {
      node = try Yams.compose(yaml: text)
    } catch let error as YamlError {
      let problem = PromptSetError.from(error, file: "")
      throw Problem(
        line: problem.line + 1,
        message: LocalizedText(fr: "YAML : \(problem.message.fr)", en: "YAML: \(problem.message.en)"),
        column: problem.column)
    }
    guard let node else { return [] }
    var budget = 20_000
    guard case .table(let fields) = try value(node, depth: 0, budget: &budget) else {
      throw Problem(
        line: (node.mark?.line ?? 1) + 1,
        message: LocalizedText(
          fr: "l'en-tête doit être fait de lignes « clé: valeur »", en: "the front matter must be 'key: value' lines"))
    }
    return fields
  }

  /// `budget` caps the values read: aliases that repeat aliases would otherwise expand without end.
  private static func value(_ node: Node, depth: Int, budget: inout Int) throws -> FieldValue {
    budget -= 1
    guard depth < 64, budget > 0 else {
      throw Problem(
        line: (node.mark?.line ?? 1) + 1,
        message: LocalizedText(
          fr: "l'en-tête est trop grand ou trop imbriqué", en: "the front matter is too large or nested too deep"))
    }
    switch node {
    case .scalar(let scalar):
      switch Tag.Name(rawValue: node.tag.rawValue) {
      case Tag.Name.null: return .null
      case Tag.Name.bool: return node.bool.map(FieldValue.bool) ?? .string(scalar.string)
      case Tag.Name.int: return node.int.map(FieldValue.int) ?? .string(scalar.string)
      case Tag.Name.float: return node.float.map(FieldValue.double) ?? .string(scalar.string)
      case Tag.Name.timestamp: return .date(scalar.string)
      default: return .string(scalar.string)
      }
    case .sequence(let items):
      var values: [FieldValue] = []
      for item in items { values.append(try value(item, depth: depth + 1, budget: &budget)) }
      return .array(values)
    case .mapping(let map):
      var fields: [FieldValue.Field] = []
      for (key, item) in map {
        fields.append(.init(key.string ?? "\(key)", try value(item, depth: depth + 1, budget: &budget)))
      }
      return .table(fields)
    case .alias:
      return .null
    }
  }

  /// Cuts the body at its section headings: the highest level of `#` heading that appears outside
  /// fenced code. Deeper headings stay in their section's text.
  private mutating func readBody(_ lines: [String]) {
    var fence: String?
    var headings: [(index: Int, level: Int)] = []
    for (index, line) in lines.enumerated() {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if let open = fence {
        if trimmed.hasPrefix(open) { fence = nil }
        continue
      }
      if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
        fence = String(trimmed.prefix(3))
        continue
      }
      if let level = Self.headingLevel(line) { headings.append((index, level)) }
    }
    guard var top = headings.map(\.level).min() else {
      intro = lines.isEmpty ? nil : lines.map { $0 + "\n" }.joined()
      return
    }
    // One title above the sections (`# SQL`, then `## …`), as Jekyll and Obsidian pages have: the title
    // belongs to the introduction, and the sections are the level below it.
    if headings.filter({ $0.level == top }).count == 1, headings.first?.level == top,
      let below = headings.dropFirst().map(\.level).min()
    {
      top = below
    }
    let cuts = headings.filter { $0.level == top }.map(\.index)
    if cuts[0] > 0 { intro = lines[..<cuts[0]].map { $0 + "\n" }.joined() }
    for (n, cut) in cuts.enumerated() {
      let end = n + 1 < cuts.count ? cuts[n + 1] : lines.count
      sections.append(Section(heading: lines[cut], text: lines[(cut + 1)..<end].map { $0 + "\n" }.joined()))
    }
  }

  /// `## Title` → 2. At most three spaces before the marks, a space (or nothing) after.
  static func headingLevel(_ line: String) -> Int? {
    guard !line.hasPrefix("    ") else { return nil }
    let marks = line.drop { $0 == " " }.prefix { $0 == "#" }
    guard (1...6).contains(marks.count) else { return nil }
    let rest = line.drop { $0 == " " }.dropFirst(marks.count)
    return rest.isEmpty || rest.first == " " || rest.first == "\t" ? marks.count : nil
  }

  /// The whole file (LF) with this front matter: the body from its intro and sections.
  public func assembled(frontMatter: String) -> String {
    var out = frontMatter + (intro ?? "") + sections.map { $0.heading + "\n" + $0.text }.joined()
    // The byte, not the last character: a body ending in CR ends in "\r\n", one character (found by
    // `Fuzz/FuzzImport.swift`).
    if unterminated, out.utf8.last == 0x0A { out = String(decoding: out.utf8.dropLast(), as: UTF8.self) }
    return out
  }

  /// The whole file as read (LF).
  public var text: String { assembled(frontMatter: frontMatter) }
}
