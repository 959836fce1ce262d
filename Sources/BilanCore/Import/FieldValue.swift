import Foundation

/// A front-matter value as a file gave it, in YAML, TOML or JSON: kept as it was so that keys bilan
/// does not know (`weight`, `slug`, `related`…) go back out unchanged.
public indirect enum FieldValue: Sendable, Equatable, Codable {
  case string(String)
  case int(Int)
  case double(Double)
  case bool(Bool)
  /// A date or date-time written bare (`2014-09-28`, `2014-09-28T10:30:00+02:00`), as written.
  case date(String)
  case array([FieldValue])
  /// A table (a mapping), its keys in the file's order.
  case table([Field])
  case null

  public struct Field: Sendable, Equatable, Codable {
    public var key: String
    public var value: FieldValue
    public init(_ key: String, _ value: FieldValue) {
      self.key = key
      self.value = value
    }
  }

  /// The value as text, for the keys bilan reads (`title: 2024` is still a title).
  public var text: String? {
    switch self {
    case .string(let s), .date(let s): s
    case .int(let n): String(n)
    case .double(let d): String(d)
    case .bool(let b): b ? "true" : "false"
    case .array, .table, .null: nil
    }
  }

  /// A list of texts: a list, or one text split at commas (some sites write `tags: "a, b"`).
  public var texts: [String]? {
    switch self {
    case .array(let items): items.compactMap(\.text)
    case .string(let s): Tags.parse(s)
    case .null: []
    default: nil
    }
  }

  /// YAML that every reader reads back to this value: strings quoted, lists and tables in flow style.
  public var yaml: String {
    switch self {
    case .string(let s): FrontMatter.quoted(s)
    case .int(let n): String(n)
    case .double(let d): d.isFinite ? String(d) : (d.isNaN ? ".nan" : (d > 0 ? ".inf" : "-.inf"))
    case .bool(let b): b ? "true" : "false"
    case .date(let s): s
    case .array(let items): "[" + items.map(\.yaml).joined(separator: ", ") + "]"
    case .table(let fields):
      "{" + fields.map { FrontMatter.quoted($0.key) + ": " + $0.value.yaml }.joined(separator: ", ") + "}"
    case .null: "null"
    }
  }

  // Stored as JSON in the journal: a tagged form, so a date stays a date and a table keeps its order.
  private enum CodingKeys: String, CodingKey { case type, value }

  public init(from decoder: Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    switch try container.decode(String.self, forKey: .type) {
    case "string": self = .string(try container.decode(String.self, forKey: .value))
    case "int": self = .int(try container.decode(Int.self, forKey: .value))
    case "double":
      if let text = try? container.decode(String.self, forKey: .value) {
        self = .double(text == "nan" ? .nan : text == "-inf" ? -.infinity : .infinity)
      } else {
        self = .double(try container.decode(Double.self, forKey: .value))
      }
    case "bool": self = .bool(try container.decode(Bool.self, forKey: .value))
    case "date": self = .date(try container.decode(String.self, forKey: .value))
    case "array": self = .array(try container.decode([FieldValue].self, forKey: .value))
    case "table": self = .table(try container.decode([Field].self, forKey: .value))
    default: self = .null
    }
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    switch self {
    case .string(let s):
      try container.encode("string", forKey: .type)
      try container.encode(s, forKey: .value)
    case .int(let n):
      try container.encode("int", forKey: .type)
      try container.encode(n, forKey: .value)
    case .double(let d):
      try container.encode("double", forKey: .type)
      // JSON has no NaN or infinity: they are kept as text.
      if d.isFinite {
        try container.encode(d, forKey: .value)
      } else {
        try container.encode(d.isNaN ? "nan" : d > 0 ? "inf" : "-inf", forKey: .value)
      }
    case .bool(let b):
      try container.encode("bool", forKey: .type)
      try container.encode(b, forKey: .value)
    case .date(let s):
      try container.encode("date", forKey: .type)
      try container.encode(s, forKey: .value)
    case .array(let items):
      try container.encode("array", forKey: .type)
      try container.encode(items, forKey: .value)
    case .table(let fields):
      try container.encode("table", forKey: .type)
      try container.encode(fields, forKey: .value)
    case .null:
      try container.encode("null", forKey: .type)
    }
  }
}
