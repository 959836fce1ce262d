import Foundation
import GRDB
import Testing

@testable import BilanCore

/// Every form a jrnl journal is found in reads as the real jrnl 4.6 reads it: each fixture in
/// `Fixtures/jrnl/forms` beside its `.json`, jrnl's own `--export json` of it (`forms/make.sh` makes them).
@Suite struct JrnlFormsTests {
  static let folder = JrnlTests.folder.appendingPathComponent("forms")

  static func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

  /// The file read as `import --from jrnl` reads it: its entries in jrnl's order (by date), and the notes.
  static func read(_ name: String, format: String? = nil) throws -> ([JrnlEntry], [JrnlNote]) {
    var entries: [JrnlEntry] = []
    let reading = JrnlReading(format: try format.map { try JrnlDateFormat($0) })
    let notes =
      name.hasSuffix(".txt")
      ? try JrnlJournal.read(file: path(name), reading: reading) { entries.append($0) }
      : try JrnlJournal.read(folder: path(name), reading: reading) { entries.append($0) }
    return (entries.sorted { ($0.identity, $0.body) < ($1.identity, $1.body) }, notes)
  }

  static func truth(_ name: String) throws -> [JrnlEntry] {
    try JrnlJournal.parse(json: Data(contentsOf: folder.appendingPathComponent(name + ".json")))
  }

  static func expectSame(_ read: [JrnlEntry], _ truth: [JrnlEntry], _ name: String) {
    #expect(read.count == truth.count, "\(name): \(read.count) entries, jrnl has \(truth.count)")
    #expect(read.map(\.identity) == truth.map(\.identity), "\(name)")
    #expect(read.map(\.title) == truth.map(\.title), "\(name)")
    #expect(read.map(\.body) == truth.map(\.body), "\(name)")
    #expect(read.map(\.tags) == truth.map(\.tags), "\(name)")
    #expect(read.map(\.starred) == truth.map(\.starred), "\(name)")
  }

  @Test(arguments: ["legacy", "mixed", "dotted", "slashed", "us", "bom-crlf", "folder"])
  func each_form_reads_as_jrnl_reads_it(_ name: String) throws {
    let (entries, notes) = try Self.read(name == "folder" ? name : name + ".txt")
    Self.expectSame(entries, try Self.truth(name), name)
    #expect(notes.isEmpty, "\(name): \(notes)")
  }

  /// With the journal's own timeformat, as jrnl was configured, the same entries.
  @Test(arguments: [
    ("legacy", "%Y-%m-%d %H:%M"), ("dotted", "%d.%m.%Y %H:%M"), ("slashed", "%d/%m/%Y %I:%M %p"),
    ("us", "%m/%d/%Y %H:%M"),
    ("folder", "%F %r"),
  ])
  func each_form_reads_the_same_with_its_date_format(_ name: String, _ format: String) throws {
    let (entries, notes) = try Self.read(name == "folder" ? name : name + ".txt", format: format)
    Self.expectSame(entries, try Self.truth(name), name)
    #expect(notes.isEmpty, "\(name): \(notes)")
  }

  /// jrnl drops the text before the first header; bilan keeps it as an entry of its own, and says so.
  @Test func text_before_the_first_entry_is_an_entry_of_its_own() throws {
    let (entries, notes) = try Self.read("preamble.txt")
    let preamble = try #require(entries.first { $0.title.hasPrefix("My journal") })
    #expect(preamble.body == "Some notes that have no date.")
    #expect(preamble.identity.hasPrefix("2020-05-14 10:22 "))
    Self.expectSame(entries.filter { $0 != preamble }, try Self.truth("preamble"), "preamble")
    #expect(notes == [JrnlNote(file: Self.path("preamble.txt"), line: 1, kind: .textBeforeFirstEntry(imported: true))])
    #expect(notes.allSatisfy { !$0.skips })
  }

  /// A line starting with a date and time inside a bracketed entry is body text, as jrnl reads it, and named.
  @Test func a_dated_line_inside_an_entry_reads_as_jrnl_reads_it() throws {
    let (entries, notes) = try Self.read("dated-body.txt")
    Self.expectSame(entries, try Self.truth("dated-body"), "dated-body")
    #expect(notes.map(\.line) == [2] && !notes.contains { $0.skips })
  }

  /// The same journal saved as UTF-16 (Windows' "Unicode"), which jrnl cannot read, reads as its UTF-8 self.
  @Test func a_utf16_journal_reads_as_its_utf8_self() throws {
    let text = try String(contentsOfFile: Self.path("bom-crlf.txt"), encoding: .utf8)
    for encoding in [String.Encoding.utf16LittleEndian, .utf16BigEndian] {
      var data = Data(encoding == .utf16LittleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF])
      data.append(try #require(text.replacingOccurrences(of: "\u{FEFF}", with: "").data(using: encoding)))
      let path = temporaryFolder() + "/utf16.txt"
      try data.write(to: URL(fileURLWithPath: path))
      var entries: [JrnlEntry] = []
      try JrnlJournal.read(file: path) { entries.append($0) }
      Self.expectSame(entries, try Self.truth("bom-crlf"), "utf16")
    }
  }

  /// Every `.txt` of a folder journal that is not a day file is named, and counts as skipped.
  @Test func a_folder_journals_other_text_files_are_named() throws {
    let root = temporaryFolder() + "/folder"
    try FileManager.default.createDirectory(atPath: root + "/2020/13", withIntermediateDirectories: true)
    try FileManager.default.createDirectory(atPath: root + "/2020/02", withIntermediateDirectories: true)
    try "[2020-02-29 10:00] Leap day.\n".write(toFile: root + "/2020/02/29.txt", atomically: true, encoding: .utf8)
    try "[2020-02-30 10:00] No such day.\n".write(toFile: root + "/2020/02/30.txt", atomically: true, encoding: .utf8)
    try "[2020-13-01 10:00] x\n".write(toFile: root + "/2020/13/01.txt", atomically: true, encoding: .utf8)
    try "notes\n".write(toFile: root + "/notes.txt", atomically: true, encoding: .utf8)
    try "x".write(toFile: root + "/.DS_Store", atomically: true, encoding: .utf8)
    var entries: [JrnlEntry] = []
    let notes = try JrnlJournal.read(folder: root) { entries.append($0) }
    #expect(entries.map(\.title) == ["Leap day."])
    #expect(notes.map(\.file) == [root + "/2020/02/30.txt", root + "/2020/13/01.txt", root + "/notes.txt"])
    #expect(notes.allSatisfy { $0.kind == .notADayFile && $0.skips })
  }

  /// The folder's path gives the day, as jrnl has it: a header with a time alone reads on its day.
  @Test func a_folder_journal_with_times_alone_reads_each_day() throws {
    let root = temporaryFolder() + "/times"
    try FileManager.default.createDirectory(atPath: root + "/2021/03", withIntermediateDirectories: true)
    try "[09:15] Morning.\n\n[18:00] Evening.\n".write(
      toFile: root + "/2021/03/07.txt", atomically: true, encoding: .utf8)
    try "No header at all.\n".write(toFile: root + "/2021/03/08.txt", atomically: true, encoding: .utf8)
    var entries: [JrnlEntry] = []
    let notes = try JrnlJournal.read(folder: root, reading: JrnlReading(format: try JrnlDateFormat("%H:%M"))) {
      entries.append($0)
    }
    #expect(
      entries.map(\.identity) == [
        "2021-03-07 09:15 Morning.", "2021-03-07 18:00 Evening.", "2021-03-08 00:00 No header at all.",
      ])
    #expect(notes.map(\.kind) == [.textBeforeFirstEntry(imported: true)])
  }

  /// With a real jrnl (`BILAN_JRNL=/path/to/venv/bin/jrnl`), the truths are made again and must be the same.
  @Test func the_truths_are_what_jrnl_makes() throws {
    guard let jrnl = ProcessInfo.processInfo.environment["BILAN_JRNL"] else { return }
    let out = temporaryFolder()
    let process = Process()
    process.executableURL = URL(fileURLWithPath: Self.path("make.sh"))
    process.arguments = [jrnl, out]
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    for name in ["legacy", "mixed", "dotted", "slashed", "us", "preamble", "bom-crlf", "folder", "dated-body"] {
      #expect(
        try Data(contentsOf: URL(fileURLWithPath: out + "/" + name + ".json"))
          == Data(contentsOf: Self.folder.appendingPathComponent(name + ".json")), "\(name).json differs from jrnl's")
    }
  }
}
