import Foundation

/// How a jrnl journal is read: the date format its headers are written in (jrnl's `timeformat`), when
/// bilan's own reading is not enough.
public struct JrnlReading: Sendable {
  public var format: JrnlDateFormat?
  public init(format: JrnlDateFormat? = nil) { self.format = format }
}

/// Something in a jrnl journal that is not imported as it stands, or not as jrnl would read it: each is
/// reported with its file and line. `skips` when text is left out of the import.
public struct JrnlNote: Sendable, Equatable {
  public enum Trouble: Sendable, Equatable {
    case noMonth(Int)
    case noDay(Int, month: Int, year: Int)
    case noTime(Int, Int)
  }

  public enum Kind: Sendable, Equatable {
    /// Text before the first entry: imported as an entry of its own, dated as the first entry (or
    /// skipped when no entry could date it).
    case textBeforeFirstEntry(imported: Bool)
    /// A header whose date cannot exist: the entry is skipped.
    case impossibleDate(String, Trouble)
    /// A header whose date cannot be read: the entry is skipped.
    case unreadableDate(String)
    /// A bracket that jrnl may read as a date but bilan cannot: kept in the body.
    case bracketInBody(String)
    /// A line starting with a date and time inside an entry: kept in its body, as jrnl reads it.
    case datedLineInBody(String)
    /// From this line on, a line with a date and time after a blank line is read as a jrnl 1.x entry.
    case bracketlessEntries
    /// A `.txt` file in a folder journal that is not a day file (`YYYY/MM/DD.txt`): not read.
    case notADayFile
  }

  public var file: String
  public var line: Int
  public var kind: Kind

  public init(file: String, line: Int, kind: Kind) {
    self.file = file
    self.line = line
    self.kind = kind
  }

  public var skips: Bool {
    switch kind {
    case .impossibleDate, .unreadableDate, .notADayFile: true
    case .textBeforeFirstEntry(let imported): !imported
    case .datedLineInBody, .bracketlessEntries, .bracketInBody: false
    }
  }
}

/// Notes gathered on the reading thread, read by the storing one.
public final class JrnlNotes: @unchecked Sendable {
  private let lock = NSLock()
  private var notes: [JrnlNote] = []

  public init() {}

  public func append(_ more: [JrnlNote]) {
    lock.lock()
    notes += more
    lock.unlock()
  }

  public var all: [JrnlNote] {
    lock.lock()
    defer { lock.unlock() }
    return notes
  }
}

/// A value computed once, on first use, from any thread of one reading.
final class JrnlLazyOrder: @unchecked Sendable {
  private let lock = NSLock()
  private var value: Bool?
  private let compute: @Sendable () -> Bool

  init(_ compute: @escaping @Sendable () -> Bool) { self.compute = compute }

  func get() -> Bool {
    lock.lock()
    defer { lock.unlock() }
    if let value { return value }
    let computed = compute()
    value = computed
    return computed
  }
}
