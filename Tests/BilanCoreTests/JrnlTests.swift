import Foundation
import Testing

@testable import BilanCore

/// jrnl journals read as jrnl reads them: the fixture's plain text must give what jrnl itself exported.
@Suite struct JrnlTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
    "Fixtures/jrnl")

  @Test func the_plain_text_reads_as_jrnls_own_json_export() throws {
    let text = try String(contentsOf: Self.folder.appendingPathComponent("journal.txt"), encoding: .utf8)
    let json = try Data(contentsOf: Self.folder.appendingPathComponent("journal.json"))
    let fromText = try JrnlJournal.parse(text: text)
    let fromJSON = try JrnlJournal.parse(json: json)
    #expect(fromText.count == 4)
    // jrnl's JSON has minutes only; its file has seconds (all zero here).
    #expect(fromText.map(\.identity) == fromJSON.map(\.identity))
    #expect(fromText.map(\.title) == fromJSON.map(\.title))
    #expect(fromText.map(\.body) == fromJSON.map(\.body))
    #expect(fromText.map(\.tags) == fromJSON.map(\.tags))
    #expect(fromText.map(\.starred) == [false, false, true, false])
    #expect(fromText[1].date == DateComponents(year: 2024, month: 3, day: 2, hour: 18, minute: 40, second: 0))
  }

  @Test func the_hand_written_sample_reads_as_jrnl_read_it() throws {
    let text = try String(contentsOf: Self.folder.appendingPathComponent("sample.txt"), encoding: .utf8)
    let json = try Data(contentsOf: Self.folder.appendingPathComponent("sample.json"))
    // jrnl's export is sorted by date; the file is read in its own order.
    let fromText = try JrnlJournal.parse(text: text).sorted { ($0.identity, $0.body) < ($1.identity, $1.body) }
    let fromJSON = try JrnlJournal.parse(json: json)
    #expect(fromText.count == 11)
    #expect(fromText.map(\.identity) == fromJSON.map(\.identity))
    #expect(fromText.map(\.body) == fromJSON.map(\.body))
    #expect(fromText.map(\.tags) == fromJSON.map(\.tags))
    #expect(fromText.map(\.starred) == fromJSON.map(\.starred))
  }

  /// The expected values are what jrnl 4.6 itself exported from this text (`jrnl --export json`).
  @Test func other_date_formats_and_jrnls_title_rules() throws {
    let text = """
      [2013-06-09 15:39] My first entry. It has two sentences.
      And a second line.

      [2013-06-10 08:00:00] No terminal punctuation here
      body line
      [2013-06-11] A day alone? Yes *
      """
    let entries = try JrnlJournal.parse(text: text)
    #expect(
      entries.map(\.title) == [
        "My first entry. It has two sentences.", "No terminal punctuation here", "A day alone? Yes",
      ])
    #expect(entries.map(\.body) == ["And a second line.", "body line", ""])
    #expect(entries.map(\.starred) == [false, false, true])
    #expect(
      entries.map { [$0.date.day!, $0.date.hour!, $0.date.minute!] } == [[9, 15, 39], [10, 8, 0], [11, 0, 0]])
    #expect(JrnlJournal.splitTitle("One line. Then more") == ("One line.", "Then more"))
    #expect(JrnlJournal.tags(in: "Met @Team and #Release, not a#b or ##") == ["##", "#release", "@team"])
  }

  @Test func a_long_file_of_brackets_reads_in_one_pass() throws {
    let text = "[2024-01-01 09:00] Start\n" + String(repeating: "[not a date\n", count: 20_000)
    let entries = try JrnlJournal.parse(text: text)
    #expect(entries.count == 1)
    #expect(entries[0].body.components(separatedBy: "\n").count == 20_000)
  }

  @Test func two_entries_of_the_same_minute_and_title_are_both_kept() throws {
    let journal = try openJournal(path: temporaryFolder() + "/twice.sqlite", language: .en)
    let text = try String(contentsOf: Self.folder.appendingPathComponent("sample.txt"), encoding: .utf8)
    let entries = try JrnlJournal.parse(text: text)
    let zone = TimeZone(secondsFromGMT: 0)!
    #expect(try journal.importJrnl(entries, timeZone: zone, language: .en, now: Date()) == (11, 0))
    #expect(try journal.importJrnl(entries, timeZone: zone, language: .en, now: Date()) == (0, 11))
    // jrnl's JSON export of the same journal adds nothing either.
    let json = try JrnlJournal.parse(json: Data(contentsOf: Self.folder.appendingPathComponent("sample.json")))
    #expect(try journal.importJrnl(json, timeZone: zone, language: .en, now: Date()) == (0, 11))
  }

  @Test func text_without_entries_is_refused_with_its_line() throws {
    #expect(throws: JrnlJournal.Problem.self) { try JrnlJournal.parse(text: "just some notes\n") }
    #expect(try JrnlJournal.parse(text: "") == [])
  }

  @Test func importing_twice_adds_only_new_entries() throws {
    let journal = try openJournal(path: temporaryFolder() + "/j.sqlite", language: .en)
    let zone = TimeZone(secondsFromGMT: 3600)!
    let text = try String(contentsOf: Self.folder.appendingPathComponent("journal.txt"), encoding: .utf8)
    let entries = try JrnlJournal.parse(text: text)
    #expect(try journal.importJrnl(entries, timeZone: zone, language: .en, now: Date()) == (4, 0))
    #expect(try journal.importJrnl(entries, timeZone: zone, language: .en, now: Date()) == (0, 4))
    let starred = try #require(try journal.entry(3))
    #expect(starred.starred && starred.title == "Shipped the release")
    #expect(starred.date == ISO8601DateFormatter().date(from: "2024-03-03T07:05:00Z"))
    #expect(try journal.tags(of: 1) == ["#release", "@team"])
  }

  /// With a real jrnl (`BILAN_JRNL=/path/to/jrnl`), the fixtures are made again and must be the same.
  @Test func the_fixtures_are_what_jrnl_makes() throws {
    guard let jrnl = ProcessInfo.processInfo.environment["BILAN_JRNL"] else { return }
    let out = temporaryFolder()
    let process = Process()
    process.executableURL = URL(fileURLWithPath: Self.folder.appendingPathComponent("make.sh").path)
    process.arguments = [jrnl, out]
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    for name in ["journal.txt", "journal.json", "sample.json"] {
      #expect(
        try Data(contentsOf: URL(fileURLWithPath: out + "/" + name))
          == Data(contentsOf: Self.folder.appendingPathComponent(name)), "\(name) differs from what jrnl made")
    }
  }
}

@Suite struct JrnlLineEndingTests {
  /// A journal saved with Windows line ends reads as the same entries, from text and from a file.
  @Test func crlf_files_read_as_lf_files() throws {
    let lf =
      "[2024-03-01 09:15:00 AM] Stand-up with @team.\nTalked about the release.\n\n[2024-03-02 06:40:00 PM] Fixed it! *\nA race.\n"
    let crlf = lf.replacingOccurrences(of: "\n", with: "\r\n")
    let expected = try JrnlJournal.parse(text: lf)
    #expect(expected.count == 2 && expected[1].starred && expected[0].tags == ["@team"])
    #expect(try JrnlJournal.parse(text: crlf) == expected)
    let path = temporaryFolder() + "/crlf.txt"
    try Data(crlf.utf8).write(to: URL(fileURLWithPath: path))
    var read: [JrnlEntry] = []
    try JrnlJournal.read(file: path) { read.append($0) }
    #expect(read == expected)
  }

  /// A bad byte is named by its line, whichever block of the file it falls in.
  @Test func a_bad_byte_is_named_by_its_line() throws {
    let (path, _) = try lateBadByteFile(body: "Body of entry")
    #expect(
      throws: JrnlJournal.Problem(
        line: 90_001, message: LocalizedText(fr: "ce n'est pas du texte UTF-8", en: "not UTF-8 text"))
    ) {
      try JrnlJournal.read(file: path) { _ in }
    }
  }
}

@Suite struct JrnlImportAllOrNothingTests {
  /// The reader thread fails at the last line: the 30,000 entries stored before it are taken back.
  @Test func a_file_that_fails_late_imports_nothing() throws {
    let (path, data) = try lateBadByteFile(body: "Body")
    let journal = try openJournal(path: temporaryFolder() + "/j.sqlite", language: .en)
    #expect(
      throws: JrnlJournal.Problem(
        line: 90_001, message: LocalizedText(fr: "ce n'est pas du texte UTF-8", en: "not UTF-8 text"))
    ) {
      try journal.importJrnl(timeZone: .gmt, language: .en, now: Date()) { add in try JrnlJournal.read(file: path, add)
      }
    }
    #expect(try journal.entryCount() == 0)
    // The same file without its bad line imports whole, through the same two threads.
    try data.dropLast(3).write(to: URL(fileURLWithPath: path))
    let counts = try journal.importJrnl(timeZone: .gmt, language: .en, now: Date()) { add in
      try JrnlJournal.read(file: path, add)
    }
    let stored = try journal.entryCount()
    #expect(counts == (30_000, 0) && stored == 30_000)
    #expect(try journal.search("\"Body 29999\"", limit: 1).map(\.title) == ["Entry 29999."])
  }
}

@Suite struct JrnlNulTests {
  @Test func a_nul_byte_in_a_jrnl_file_is_named_by_its_line() throws {
    var data = Data("[2024-03-01 09:15:00 AM] Fine.\nBody.\n\n[2024-03-02 09:15:00 AM] Not ".utf8)
    data.append(0)
    data.append(Data(" fine.\n".utf8))
    let path = temporaryFolder() + "/nul.txt"
    try data.write(to: URL(fileURLWithPath: path))
    #expect(
      throws: JrnlJournal.Problem(line: 4, message: LocalizedText(fr: "contient un octet NUL", en: "holds a NUL byte"))
    ) {
      try JrnlJournal.read(file: path) { _ in }
    }
  }
}

/// 30,000 jrnl entries (90,000 lines), then a line with a byte that is not UTF-8: line 90,001.
func lateBadByteFile(body: String) throws -> (path: String, data: Data) {
  var data = Data()
  for n in 0..<30_000 { data.append(Data("[2024-03-01 09:15:00 AM] Entry \(n).\n\(body) \(n).\n\n".utf8)) }
  data.append(contentsOf: [0x66, 0xFF, 0x0A])
  let path = temporaryFolder() + "/late-\(UUID().uuidString).txt"
  try data.write(to: URL(fileURLWithPath: path))
  return (path, data)
}
