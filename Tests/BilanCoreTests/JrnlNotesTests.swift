import Foundation
import GRDB
import Testing

@testable import BilanCore

/// What a jrnl journal holds that is not imported as it stands is noted with its line, never dropped
/// without a word; and dates are read in every form jrnl users write them.
@Suite struct JrnlNotesTests {
  static func parse(_ text: String, format: String? = nil) throws -> ([JrnlEntry], [JrnlNote]) {
    var notes: [JrnlNote] = []
    let reading = JrnlReading(format: try format.map { try JrnlDateFormat($0) })
    let entries = try JrnlJournal.parse(text: text, reading: reading, notes: &notes)
    return (entries, notes)
  }

  @Test func impossible_and_unreadable_dates_skip_their_entry_with_its_line() throws {
    let text = """
      [2023-02-28 10:00] Fine.

      [2023-02-30 10:00] No 30 February.
      Its body goes with it.

      [2023-13-01 10:00] No month 13.

      [2023-03-01 25:00] No hour 25.

      [14/13/2023 10:00] Neither can be a month.

      [2020-05-14 10h22] A date, but not one bilan reads.

      [2023-03-02 10:00] Fine again.
      """
    let (entries, notes) = try Self.parse(text)
    #expect(entries.map(\.title) == ["Fine.", "Fine again."])
    #expect(entries[0].body == "")
    #expect(
      notes.map(\.kind) == [
        .impossibleDate("2023-02-30 10:00", .noDay(30, month: 2, year: 2023)),
        .impossibleDate("2023-13-01 10:00", .noMonth(13)), .impossibleDate("2023-03-01 25:00", .noTime(25, 0)),
        .impossibleDate("14/13/2023 10:00", .noMonth(13)), .unreadableDate("2020-05-14 10h22"),
      ])
    #expect(notes.map(\.line) == [3, 6, 8, 10, 12])
    #expect(notes.allSatisfy { $0.skips })
  }

  @Test func a_bracket_that_is_not_a_date_stays_body_text() throws {
    let (entries, notes) = try Self.parse(
      "[2023-02-28 10:00] Fine.\n[1] a footnote\n[see above] yes\n[12.5 kg] lifted\n")
    #expect(entries.count == 1 && entries[0].body == "[1] a footnote\n[see above] yes\n[12.5 kg] lifted")
    #expect(notes.isEmpty)
  }

  /// A bracket jrnl may read as a date (its parser reads `[meeting at 10:30]`) is kept and named; English
  /// dates with names are read.
  @Test func a_bracket_jrnl_may_read_as_a_date_is_named() throws {
    let text = "[Thu, 14 May 2020 10:22] Named.\n[meeting at 10:30] notes\n[May 2 things] more\n[remark 12] no\n"
    let (entries, notes) = try Self.parse(text)
    #expect(entries.map(\.identity) == ["2020-05-14 10:22 Named."])
    #expect(entries[0].body == "[meeting at 10:30] notes\n[May 2 things] more\n[remark 12] no")
    #expect(notes.map(\.kind) == [.bracketInBody("meeting at 10:30"), .bracketInBody("May 2 things")])
    #expect(notes.map(\.line) == [2, 3] && !notes.contains { $0.skips })
  }

  /// Inside a bracketed entry, a line starting with a date and time is body text, as jrnl 4 reads it (and
  /// noted); after a blank line it starts a jrnl 1.x entry (noted once).
  @Test func a_dated_line_in_a_bracketed_journal() throws {
    let text = """
      [2020-05-14 10:22] First entry.
      2013-06-10 15:40 a log line inside the body
      2013-06-10 was a Monday

      2013-06-11 09:00 An old entry after a blank line.

      2013-06-12 09:00 Another.
      """
    let (entries, notes) = try Self.parse(text)
    #expect(entries.map(\.title) == ["First entry.", "An old entry after a blank line.", "Another."])
    #expect(entries[0].body == "2013-06-10 15:40 a log line inside the body\n2013-06-10 was a Monday")
    #expect(notes.map(\.line) == [2, 5])
    #expect(notes.map(\.kind) == [.datedLineInBody("2013-06-10 15:40 a log line inside the b"), .bracketlessEntries])
    #expect(!notes.contains { $0.skips })
  }

  @Test func text_before_the_first_entry_is_kept_or_reported() throws {
    let (entries, notes) = try Self.parse("Notes.\n\n[2020-05-14 10:22] First.\n")
    #expect(entries.map(\.title) == ["Notes.", "First."])
    #expect(notes == [JrnlNote(file: "", line: 1, kind: .textBeforeFirstEntry(imported: true))])
    // With no readable entry to date it, it is skipped and said so.
    let (none, skipped) = try Self.parse("Notes.\n[2020-02-30 10:22] First.\n")
    #expect(none.isEmpty)
    #expect(
      skipped.map(\.kind) == [
        .impossibleDate("2020-02-30 10:22", .noDay(30, month: 2, year: 2020)), .textBeforeFirstEntry(imported: false),
      ])
    #expect(skipped.allSatisfy { $0.skips })
    #expect(throws: JrnlJournal.Problem.self) { try Self.parse("only notes\n") }
  }

  @Test func ambiguous_dates_follow_the_file_or_jrnl() throws {
    func days(_ text: String, format: String? = nil) throws -> [[Int]] {
      try Self.parse(text, format: format).0.map { [$0.date.year!, $0.date.month!, $0.date.day!, $0.date.hour!] }
    }
    // Both numbers ≤ 12 everywhere: month first, jrnl's reading.
    #expect(try days("[05.06.2013 09:00] A\n[01/02/24 10:00] B\n") == [[2013, 5, 6, 9], [2024, 1, 2, 10]])
    // A day over 12 in the file: its ambiguous dates are read day first too.
    #expect(try days("[05.06.2013 09:00] A\n[13.06.2013 10:00] B\n") == [[2013, 6, 5, 9], [2013, 6, 13, 10]])
    // A month-first file stays month first.
    #expect(try days("[05/06/2013 09:00] A\n[06/13/2013 10:00 PM] B\n") == [[2013, 5, 6, 9], [2013, 6, 13, 22]])
    // The format decides, and a date it cannot read is reported.
    let (entries, notes) = try Self.parse(
      "[05.06.2013 09:00] A\n[06/13/2013 10:00] B\n[2013-06-14 08:00:00 AM] C\n", format: "%d.%m.%Y %H:%M")
    #expect(entries.map { $0.date.month! * 100 + $0.date.day! } == [605, 614])
    #expect(notes.map(\.kind) == [.unreadableDate("06/13/2013 10:00")])
  }

  @Test func date_formats_read_as_pythons_strptime() throws {
    func read(_ format: String, _ text: String) throws -> DateComponents? {
      if case .date(let date) = try JrnlDateFormat(format).read(text[...], whole: true).0 { return date }
      return nil
    }
    let may14 = DateComponents(year: 2020, month: 5, day: 14, hour: 22, minute: 22, second: 0)
    #expect(try read("%d/%m/%Y %I:%M %p", "14/05/2020 10:22 pm") == may14)
    #expect(try read("%b %d, %Y %H:%M", "May 14, 2020 22:22") == may14)
    #expect(try read("%A %d %B %Y %H:%M", "Thursday 14 May 2020 22:22") == may14)
    #expect(try read("%F %r", "2020-05-14 10:22:00 PM") == may14)
    #expect(try read("%y%m%d %H%M", "200514 2222") == may14)
    #expect(try read("%d.%m.%Y", "14.05.2020 22:22") == nil)
    #expect(throws: JrnlDateFormat.Bad(directive: "%Q")) { try JrnlDateFormat("%Y %Q") }
    #expect(throws: JrnlDateFormat.Bad(directive: "no fields")) { try JrnlDateFormat("no fields") }
  }

  /// A jrnl import stores an empty body as '' (never NULL): every command reads it as text.
  @Test func a_title_only_entry_stores_an_empty_body() throws {
    let path = temporaryFolder() + "/empty.sqlite"
    let journal = try openJournal(path: path, language: .en)
    let entries = try JrnlJournal.parse(text: "[2020-05-14 10:22] First entry.\n")
    _ = try journal.importJrnl(entries, timeZone: .gmt, language: .en, now: Date())
    let queue = try DatabaseQueue(path: path)
    let bodies = try queue.read { db in try String?.fetchAll(db, sql: "SELECT text FROM answer") }
    #expect(bodies == [""])
    #expect(try journal.search("First", limit: 5).map(\.title) == ["First entry."])
  }

  /// Lines made of the pieces dates are made of, in every order: the reader never traps, every note names
  /// a line of the text, and every entry's date exists.
  @Test func date_like_noise_never_traps() throws {
    let pieces = [
      "[", "]", " ", "2013", "06", "13", "1", "-", ".", "/", ":", "T", "PM", "am", "*", "\r", "\u{FEFF}", "é", "\n",
      "\n\n", "May", "%", "25", "00", "99",
    ]
    var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next(_ bound: Int) -> Int {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((seed >> 33) % UInt64(bound))
    }
    let formats = [nil, "%d.%m.%Y %H:%M", "%Y-%m-%d %I:%M %p", "%b %d %Y", "%H:%M"]
    for _ in 0..<3000 {
      let text = (0..<next(40)).map { _ in pieces[next(pieces.count)] }.joined()
      let lines = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).count
      let format = formats[next(formats.count)]
      do {
        let (entries, notes) = try Self.parse(text, format: format)
        #expect(notes.allSatisfy { (1...lines).contains($0.line) }, "\(text.debugDescription)")
        for entry in entries {
          let valid = entry.date.isValidDate(in: Calendar(identifier: .gregorian))
          #expect(valid || entry.date.year == nil, "\(text.debugDescription): \(entry.date)")
        }
      } catch let problem as JrnlJournal.Problem {
        #expect((1...lines).contains(problem.line), "\(text.debugDescription)")
      }
    }
  }
}
