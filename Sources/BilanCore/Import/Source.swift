import Foundation
import GRDB

/// Where an imported entry came from and how to write it back as it was (table `source`).
public struct Source: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
  public var entryID: Int64
  public var kind: String
  public var path: String?
  public var identity: String?
  public var hash: String
  public var format: MarkdownDocument.Format
  public var frontMatter: String
  public var fields: [FieldValue.Field]
  public var snapshot: Snapshot
  public var layout: Layout
  public var lineEnding: MarkdownDocument.LineEnding
  public var unterminated: Bool
  public var importedAt: Date

  public static let databaseTableName = "source"

  enum CodingKeys: String, CodingKey {
    case entryID = "entryId", kind, path, identity, hash, format, frontMatter, fields, snapshot, layout
    case lineEnding, unterminated, importedAt
  }

  /// The values bilan reads from the front matter, as they were imported: while the entry still has
  /// them, the original block is written back untouched.
  public struct Snapshot: Codable, Sendable, Equatable {
    public var title: String
    public var date: Date?
    public var description: String
    public var tags: [String]
  }

  /// The body's shape: whether it has an introduction, and each heading line with the answer under it.
  public struct Layout: Codable, Sendable, Equatable {
    public var intro: Bool
    public var sections: [Part]
    public struct Part: Codable, Sendable, Equatable {
      public var heading: String
      public var key: String
    }

    /// A body with no heading (a free entry), and no body at all.
    static let bodyOnly = Layout(intro: true, sections: [])
    static let none = Layout(intro: false, sections: [])
  }

  public static let introKey = "intro"
  /// A whole section of an imported page whose set reads several answers from it (`heading.proofs`).
  public static let sectionPrefix = "heading."
}

/// FNV-1a, 64 bits: enough to tell a changed file from an unchanged one (not a security measure).
public enum ContentHash {
  public static func of(_ data: Data) -> String {
    data.withUnsafeBytes { hex(of: $0) }
  }

  public static func of(_ text: String) -> String {
    var text = text
    return text.withUTF8 { hex(of: UnsafeRawBufferPointer($0)) }
  }

  static func hex(of bytes: UnsafeRawBufferPointer) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }
}

extension Source {
  /// Read by hand rather than through `Codable`: an export reads one per entry, and a free entry's
  /// JSON columns are almost always the same few texts, taken here without a decoder.
  public init(row: Row) throws {
    func json<T: Decodable>(_ column: String, _ type: T.Type) throws -> T {
      let text: String = row[column]
      return try Source.databaseJSONDecoder(for: column).decode(T.self, from: Data(text.utf8))
    }
    let fields: String = row["fields"]
    let snapshot: String = row["snapshot"]
    let layout: String = row["layout"]
    self.init(
      entryID: row["entryId"], kind: row["kind"], path: row["path"], identity: row["identity"], hash: row["hash"],
      format: MarkdownDocument.Format(rawValue: row["format"]) ?? .yaml, frontMatter: row["frontMatter"],
      fields: fields == "[]" ? [] : try json("fields", [FieldValue.Field].self),
      snapshot: snapshot == Source.leanSnapshot.json ? Source.leanSnapshot : try json("snapshot", Snapshot.self),
      layout: layout == Layout.bodyOnly.json
        ? .bodyOnly : layout == Layout.none.json ? .none : try json("layout", Layout.self),
      lineEnding: MarkdownDocument.LineEnding(rawValue: row["lineEnding"]) ?? .lf, unterminated: row["unterminated"],
      importedAt: row["importedAt"])
  }

  static let leanSnapshot = Snapshot(title: "", date: nil, description: "", tags: [])

  /// A free entry's source (`write`, a jrnl entry) as stored: no front matter, since it is bilan's own
  /// (title, date, tags, star) and is made again from the entry. Rows written before 0.3 hold it.
  var isLean: Bool { frontMatter.isEmpty && fields.isEmpty && (kind == "jrnl" || kind == "write") }

  /// Gives a lean source the front matter its entry has now, as if it had just been imported.
  mutating func fill(from entry: Entry, tags: [String]) {
    let date = entry.date ?? entry.createdAt
    var yaml: [(key: String, value: FrontMatter.Value)] = [
      ("title", .string(entry.title)), ("date", .date(date, utcOffset: entry.utcOffset)), ("tags", .strings(tags)),
    ]
    // The values as read back from that YAML: a NUL is not written, so not read either.
    func read(_ text: String) -> String {
      text.utf8.contains(0) ? text.replacingOccurrences(of: "\u{0}", with: "") : text
    }
    fields = [
      .init("title", .string(read(entry.title))),
      .init("date", .date(FrontMatter.rfc3339(date, utcOffset: entry.utcOffset))),
      .init("tags", .array(tags.map { .string(read($0)) })),
    ]
    if entry.starred {
      yaml.append(("starred", .bool(true)))
      fields.append(.init("starred", .bool(true)))
    }
    frontMatter = FrontMatter.yaml(yaml)
    snapshot = .init(title: entry.title, date: entry.date, description: entry.description, tags: tags)
  }

  /// Inserts the row as `insert(db)` does, with its JSON columns written by hand: a jrnl import stores
  /// one source per entry, and encoding them through `Codable` cost more than everything else.
  /// The JSON is what `JSONDecoder` reads back into the same values (tested against `insert`).
  func insertQuickly(_ db: Database) throws {
    try db.cachedStatement(
      sql: """
        INSERT INTO source (entryId, kind, path, identity, hash, format, frontMatter, fields, snapshot, layout,
                            lineEnding, unterminated, importedAt)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
    ).execute(arguments: [
      entryID, kind, path, identity, hash, format.rawValue, frontMatter,
      "[" + fields.map(\.json).joined(separator: ",") + "]", snapshot.json, layout.json, lineEnding.rawValue,
      unterminated, StorageDate.text(importedAt),
    ])
  }
}

extension Source.Snapshot {
  /// GRDB stores dates inside JSON columns as milliseconds since 1970.
  var json: String {
    var out = "{\"title\":" + JSONText.quoted(title)
    if let date { out += ",\"date\":" + String(date.timeIntervalSince1970 * 1000) }
    return out + ",\"description\":" + JSONText.quoted(description) + ",\"tags\":["
      + tags.map(JSONText.quoted).joined(separator: ",") + "]}"
  }
}

extension Source.Layout {
  var json: String {
    "{\"intro\":\(intro),\"sections\":["
      + sections.map { "{\"heading\":\(JSONText.quoted($0.heading)),\"key\":\(JSONText.quoted($0.key))}" }
      .joined(separator: ",") + "]}"
  }
}

extension FieldValue.Field {
  var json: String { "{\"key\":\(JSONText.quoted(key)),\"value\":\(value.json)}" }
}

extension FieldValue {
  /// The tagged form `encode(to:)` writes: `{"type":"string","value":"text"}`.
  var json: String {
    func tagged(_ type: String, _ value: String) -> String { "{\"type\":\"\(type)\",\"value\":\(value)}" }
    switch self {
    case .string(let s): return tagged("string", JSONText.quoted(s))
    case .int(let n): return tagged("int", String(n))
    case .double(let d):
      return tagged("double", d.isFinite ? String(d) : JSONText.quoted(d.isNaN ? "nan" : d > 0 ? "inf" : "-inf"))
    case .bool(let b): return tagged("bool", String(b))
    case .date(let s): return tagged("date", JSONText.quoted(s))
    case .array(let items): return tagged("array", "[" + items.map(\.json).joined(separator: ",") + "]")
    case .table(let fields): return tagged("table", "[" + fields.map(\.json).joined(separator: ",") + "]")
    case .null: return "{\"type\":\"null\"}"
    }
  }
}

/// A JSON string literal: quotes, backslashes and control characters escaped.
enum JSONText {
  static func quoted(_ text: String) -> String {
    var out = "\""
    out.reserveCapacity(text.utf8.count + 2)
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x22: out += "\\\""
      case 0x5C: out += "\\\\"
      case 0x0A: out += "\\n"
      case 0x0D: out += "\\r"
      case 0x09: out += "\\t"
      case 0x00...0x1F:
        let hex = String(scalar.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }
}

/// A date as GRDB stores it (`2026-11-28 10:30:00.000`, UTC), written without a DateFormatter for the
/// rows a bulk import writes by the thousand.
enum StorageDate {
  /// 1583-01-01: before it GRDB's formatter counts in the Julian calendar, which this arithmetic does
  /// not; such dates are left to GRDB so that they read back as they were written.
  static let gregorianSince = Date(timeIntervalSince1970: -12_212_553_600)

  static func text(_ date: Date) -> String {
    if date < gregorianSince, case .string(let text) = date.databaseValue.storage { return text }
    let milliseconds = Int((date.timeIntervalSince1970 * 1000).rounded())
    let whole = milliseconds >= 0 ? milliseconds / 1000 : (milliseconds - 999) / 1000
    var bytes: [UInt8] = []
    bytes.reserveCapacity(24)
    Civil.dateTime(whole, separator: 0x20, into: &bytes)
    bytes.append(0x2E)
    Civil.append(milliseconds - whole * 1000, width: 3, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }
}
