import Foundation
import GRDB

/// A skill of the catalogue: what the user assesses and rates.
public struct Skill: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
  public var id: Int64?
  public var name: String
  /// The name folded for matching (case and accents ignored): unique in the catalogue.
  public var key: String
  /// nil until the user sets it.
  public var category: Category?
  public var createdAt: Date
  /// The shipped catalogue's skill this one is (`prompts/skills.yaml`): its other names and definition.
  public var catalogID: String?
  /// How often it is re-rated (`30d`, `3m`); nil follows the default.
  public var cadence: String?

  public enum Category: String, Codable, Sendable, CaseIterable {
    case human, technical
  }

  public static let databaseTableName = "skill"

  enum CodingKeys: String, CodingKey {
    case id, name, key, category, createdAt, catalogID = "catalogId", cadence
  }

  public init(name: String, category: Category? = nil, catalogID: String? = nil, createdAt: Date) {
    self.name = name
    self.key = Skill.key(for: name)
    self.category = category
    self.catalogID = catalogID
    self.createdAt = createdAt
  }

  /// Read by hand rather than through `Decodable`: most commands read the catalogue, and the
  /// decoder's first use is a large part of start-up.
  public init(row: Row) throws {
    id = row["id"]
    name = row["name"]
    key = row["key"]
    let category: String? = row["category"]
    self.category = try category.map {
      try Category(rawValue: $0).orUnknown("category", $0, in: "skill", id: row["id"])
    }
    createdAt = row["createdAt"]
    catalogID = row["catalogId"]
    cadence = row["cadence"]
  }

  public var catalogue: CatalogueSkill? { SkillCatalogue.skill(id: catalogID) }

  /// A catalogue skill the user has not renamed: its names and French gender come from the catalogue.
  public var catalogueName: CatalogueSkill? {
    guard let item = catalogue, [Skill.key(for: item.name.fr), Skill.key(for: item.name.en)].contains(key) else {
      return nil
    }
    return item
  }

  /// The name in a language: a catalogue skill is named in the language of the essay or the message,
  /// whatever language the journal was created in; a user's name is kept as typed.
  public func name(in language: Language) -> String {
    catalogueName?.name[language] ?? name
  }

  /// What `{skill}` stands for in that language.
  public func subject(in language: Language) -> Subject {
    let item = catalogueName
    return Subject(skill: name(in: language), gender: item?.gender, isProperName: item?.isProperName ?? false)
  }

  public static func key(for name: String) -> String {
    name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
      .split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// One entry of the journal: an assessment (one interview), and later free journal text or a project page.
public struct Entry: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
  public enum Kind: String, Codable, Sendable { case assessment, journal, project, review }
  public enum Status: String, Codable, Sendable { case draft, done }

  /// Never reused: the table is AUTOINCREMENT.
  public var id: Int64?
  public var kind: Kind
  public var skillID: Int64?
  /// The prompt set that asked the questions, and the language they were asked in.
  public var promptSet: String?
  public var lang: Language
  public var title: String
  public var description: String
  public var status: Status
  /// Interview position: the index of the question being answered, and the lines typed so far for it.
  public var step: Int
  public var pending: String?
  public var createdAt: Date
  public var updatedAt: Date
  /// The entry's date: when the interview ended (nil while a draft), with the UTC offset it was written in.
  public var date: Date?
  public var utcOffset: Int
  public var starred: Bool
  public var deletedAt: Date?
  /// The project a project page is about.
  public var projectID: Int64?

  public static let databaseTableName = "entry"

  enum CodingKeys: String, CodingKey {
    case id, kind, skillID = "skillId", promptSet, lang, title, description, status, step, pending
    case createdAt, updatedAt, date, utcOffset, starred, deletedAt, projectID = "projectId"
  }

  public init(
    kind: Kind = .assessment, skillID: Int64?, promptSet: String?, lang: Language, title: String,
    now: Date, utcOffset: Int
  ) {
    self.kind = kind
    self.skillID = skillID
    self.promptSet = promptSet
    self.lang = lang
    self.title = title
    self.description = ""
    self.status = .draft
    self.step = 0
    self.createdAt = now
    self.updatedAt = now
    self.utcOffset = utcOffset
    self.starred = false
  }

  public var isDraft: Bool { status == .draft }

  /// Read by hand rather than through `Decodable`: an export reads every entry, and the decoder cost
  /// a fifth of it.
  public init(row: Row) throws {
    let id: Int64 = row["id"]
    self.id = id
    kind = try Kind(rawValue: row["kind"]).orUnknown("kind", row["kind"], in: "entry", id: id)
    skillID = row["skillId"]
    promptSet = row["promptSet"]
    lang = try Language(rawValue: row["lang"]).orUnknown("lang", row["lang"], in: "entry", id: id)
    title = row["title"]
    description = row["description"]
    status = try Status(rawValue: row["status"]).orUnknown("status", row["status"], in: "entry", id: id)
    step = row["step"]
    pending = row["pending"]
    createdAt = row["createdAt"]
    updatedAt = row["updatedAt"]
    date = row["date"]
    utcOffset = row["utcOffset"]
    starred = row["starred"]
    deletedAt = row["deletedAt"]
    projectID = row["projectId"]
  }

  public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// The answer to one question of an entry's prompt set, exactly as typed.
public struct Answer: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
  public var entryID: Int64
  public var questionID: String
  public var position: Int
  public var text: String

  public static let databaseTableName = "answer"

  enum CodingKeys: String, CodingKey {
    case entryID = "entryId", questionID = "questionId", position, text
  }
}

/// A self-rating of a skill at a date: its own record, so levels can be followed over time.
public struct Rating: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
  public var id: Int64?
  public var skillID: Int64
  /// The interview that gave it, when it came from one.
  public var entryID: Int64?
  public var level: Int
  public var note: String
  public var evidence: String
  public var ratedAt: Date

  public static let databaseTableName = "rating"

  enum CodingKeys: String, CodingKey {
    case id, skillID = "skillId", entryID = "entryId", level, note, evidence, ratedAt
  }

  public init(skillID: Int64, entryID: Int64?, level: Int, note: String = "", evidence: String = "", ratedAt: Date) {
    self.skillID = skillID
    self.entryID = entryID
    self.level = level
    self.note = note
    self.evidence = evidence
    self.ratedAt = ratedAt
  }

  public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// The level a user aims for on a skill, and by when: stored apart from the ratings.
public struct Target: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
  public var id: Int64?
  public var skillID: Int64
  /// The interview that set it, when it came from one.
  public var entryID: Int64?
  public var level: Int
  /// `2027`, `2027-06` or `2027-06-30`, as the user gave it.
  public var due: String
  public var setAt: Date

  public static let databaseTableName = "target"

  enum CodingKeys: String, CodingKey {
    case id, skillID = "skillId", entryID = "entryId", level, due, setAt
  }

  public init(skillID: Int64, entryID: Int64?, level: Int, due: String, setAt: Date) {
    self.skillID = skillID
    self.entryID = entryID
    self.level = level
    self.due = due
    self.setAt = setAt
  }

  public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A project ("réalisation"): its own page, tied to the skills it showed.
public struct Project: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
  public var id: Int64?
  public var name: String
  /// The name folded for matching, as a skill's.
  public var key: String
  public var description: String
  public var createdAt: Date

  public static let databaseTableName = "project"

  public init(name: String, description: String = "", createdAt: Date) {
    self.name = name
    self.key = Skill.key(for: name)
    self.description = description
    self.createdAt = createdAt
  }

  public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
