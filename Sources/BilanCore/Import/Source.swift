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
  }

  public static let introKey = "intro"
}

/// FNV-1a, 64 bits: enough to tell a changed file from an unchanged one (not a security measure).
public enum ContentHash {
  public static func of(_ data: Data) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in data {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    return String(format: "%016llx", hash)
  }
}
