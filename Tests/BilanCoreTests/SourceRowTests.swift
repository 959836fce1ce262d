import Foundation
import GRDB
import Testing

@testable import BilanCore

/// The hand-written JSON of a bulk import must read back as `Codable` writes it.
@Suite struct SourceRowTests {
  @Test func a_source_inserted_quickly_reads_back_the_same() throws {
    let journal = try openJournal(path: temporaryFolder() + "/source.sqlite", language: .en)
    let id = try journal.write(
      title: "t", body: "b", tags: [], skills: [], date: Date(), utcOffset: 0, language: .en, now: Date()
    ).id!
    let hard = "quote \" backslash \\ tab \t line\nreturn\r bell \u{7} nul-less é 😀 \u{2028}"
    let source = Source(
      entryID: id, kind: "jrnl", path: "/tmp/x.md", identity: "2024-03-01 09:15 " + hard, hash: "00ff00ff00ff00ff",
      format: .toml, frontMatter: "+++\ntitle = \"x\"\n+++\n",
      fields: [
        .init("title", .string(hard)), .init("weight", .int(-3)), .init("ratio", .double(0.1)),
        .init("big", .double(1e300)),
        .init("inf", .double(-.infinity)),
        .init("draft", .bool(false)), .init("date", .date("2024-03-01T09:15:00+01:00")),
        .init("tags", .array([.string("a"), .int(1), .null])),
        .init("params", .table([.init("nested \"key\"", .table([.init("deep", .bool(true))]))])),
      ],
      snapshot: .init(
        title: hard, date: Date(timeIntervalSince1970: 1_709_284_500.123), description: "d\n", tags: ["x", hard]),
      layout: .init(intro: true, sections: [.init(heading: "## Ma vision", key: "vision")]), lineEnding: .crlf,
      unterminated: true, importedAt: Date(timeIntervalSince1970: 1_764_316_800.5))
    try journal.write { db in
      try db.execute(sql: "DELETE FROM source WHERE entryId = ?", arguments: [id])
      try source.insertQuickly(db)
    }
    let read = try journal.read { db in try Source.fetchOne(db, key: id) }
    #expect(read == source)
    // And a snapshot without a date, with no sections.
    var plain = source
    plain.snapshot.date = nil
    plain.layout = .init(intro: false, sections: [])
    try journal.write { db in
      try db.execute(sql: "DELETE FROM source WHERE entryId = ?", arguments: [id])
      try plain.insertQuickly(db)
    }
    #expect(try journal.read { db in try Source.fetchOne(db, key: id) } == plain)
  }
}

@Suite struct StorageDateTests {
  @Test func dates_are_written_as_grdb_writes_them() throws {
    let queue = try DatabaseQueue()
    // The last two are in 1500 and 1582, where GRDB's formatter counts in the Julian calendar.
    for instant in [
      0, 1_709_284_500.123, 1_764_316_800.9996, -86_400.5, 951_868_799.001, -14_831_769_600, -12_219_292_800.5,
    ] {
      let date = Date(timeIntervalSince1970: instant)
      let grdb = try queue.read { db in try String.fetchOne(db, sql: "SELECT ?", arguments: [date]) }
      #expect(StorageDate.text(date) == grdb, "\(instant)")
    }
  }
}
