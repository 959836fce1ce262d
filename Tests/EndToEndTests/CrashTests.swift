import BilanTestSupport
import Foundation
import Testing

/// SIGKILL in the middle of a large jrnl import: the journal passes SQLite's check, keeps what it held,
/// and holds none of the import or all of it (one transaction); running the import again takes it whole.
@Suite struct ImportKillTests {
  static let entries = 20_000

  @Test func sigkill_mid_import_leaves_none_or_all_and_a_rerun_imports_it_whole() throws {
    let source = Sandbox()
    let jrnl = source.root + "/journal.txt"
    try jrnlFile(jrnl, entries: Self.entries)
    var box = Sandbox()
    // Each journal here is some 20 MB: removed at the end.
    var boxes = [source, box]
    defer {
      for used in boxes { try? FileManager.default.removeItem(atPath: used.root) }
    }
    var wal: String { box.journal + "-wal" }
    func walSize() -> Int { (try? FileManager.default.attributesOfItem(atPath: wal)[.size] as? Int) ?? 0 }
    // The import stores into memory first, then spills pages to the WAL until it commits at the end.
    let moments: [Moment] = [
      .after(milliseconds: 50), .after(milliseconds: 200),
      .when("the WAL holds 256 KB") { _ in walSize() > 256 << 10 },
      .when("the WAL holds 2 MB") { _ in walSize() > 2 << 20 },
    ]
    var interrupted = 0
    for moment in moments {
      box = Sandbox()
      boxes.append(box)
      #expect(try box.run(["write", "Kept. Written before the import."]).status == 0)
      let killed = try killBilan(["import", jrnl, "--from", "jrnl"], box, at: moment)
      #expect(try integrity(box.journal) == "ok", "killed \(moment)")
      let imported = try countRows(box.journal, "SELECT count(*) FROM source WHERE kind = 'jrnl'")
      let stored = try countRows(box.journal, "SELECT count(*) FROM entry")
      #expect(imported == 0 || imported == Self.entries, "killed \(moment): \(imported) entries")
      #expect(stored == imported + 1, "killed \(moment)")
      #expect(try box.run(["show", "1"]).stdout.contains("Written before the import."))
      if killed, imported == 0 { interrupted += 1 }
    }
    // At least one kill landed while the import was under way, not before or after it.
    #expect(interrupted > 0)
    // The last journal: the import runs again, whole, and the journal checks clean.
    let again = try box.run(["import", jrnl, "--from", "jrnl"])
    #expect(again.status == 0)
    let imported = try countRows(box.journal, "SELECT count(*) FROM source WHERE kind = 'jrnl'")
    #expect(imported == Self.entries)
    #expect(try box.run(["search", "\"entry \(Self.entries - 1)\""]).stdout.contains("Entry \(Self.entries - 1)."))
    let doctor = try box.run(["doctor"])
    #expect(doctor.status == 0, "\(doctor.stdout)\(doctor.stderr)")
  }
}

/// SIGKILL in the middle of `export --all --out DIR`: no half-written file, no half-filled folder
/// under its final name, and nothing left behind once the export runs again.
@Suite struct ExportKillTests {
  static let entries = 3000

  /// A journal of 3,000 entries, and the files a whole export of it writes.
  static func journal() throws -> (Sandbox, [String: Data]) {
    let box = Sandbox()
    try jrnlFile(box.root + "/journal.txt", entries: entries)
    #expect(try box.run(["import", box.root + "/journal.txt", "--from", "jrnl"]).status == 0)
    #expect(try box.run(["export", "--all", "--out", box.root + "/whole"]).status == 0)
    let whole = files(under: box.root + "/whole", hidden: true)
    #expect(whole.count == entries)
    return (box, whole)
  }

  @Test func sigkill_mid_export_to_a_new_folder_leaves_no_folder_or_a_whole_one() throws {
    let (box, whole) = try Self.journal()
    defer { try? FileManager.default.removeItem(atPath: box.root) }
    let parent = box.root + "/site"
    let out = parent + "/out"
    try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
    // The export fills a hidden sibling, then renames it to `out`.
    let moments: [Moment] = [
      .after(milliseconds: 50), .after(milliseconds: 200),
      .when("the first files are staged") { countNames(parent + "/.out.partial-\($0)") > 0 },
      .when("half the files are staged") { countNames(parent + "/.out.partial-\($0)") > Self.entries / 2 },
    ]
    var interrupted = 0
    for moment in moments + moments {
      let killed = try killBilan(["export", "--all", "--out", out], box, at: moment)
      let visible = try FileManager.default.contentsOfDirectory(atPath: parent).filter { !$0.hasPrefix(".") }
      #expect(visible.isEmpty || visible == ["out"], "killed \(moment)")
      if FileManager.default.fileExists(atPath: out) {
        // Under its final name, the folder is whole.
        #expect(differences(files(under: out, hidden: true), whole) == [], "killed \(moment)")
        try FileManager.default.removeItem(atPath: out)
      } else if killed {
        interrupted += 1
      }
    }
    #expect(interrupted > 0)
    // The next export to the same place leaves only `out`, whole: the staging folders of the killed
    // runs are gone.
    #expect(try box.run(["export", "--all", "--out", out]).status == 0)
    let left = try FileManager.default.contentsOfDirectory(atPath: parent)
    #expect(left == ["out"])
    #expect(differences(files(under: out, hidden: true), whole) == [])
  }

  @Test func sigkill_mid_export_into_a_full_folder_leaves_only_whole_files() throws {
    let (box, whole) = try Self.journal()
    defer { try? FileManager.default.removeItem(atPath: box.root) }
    let out = box.root + "/out"
    try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
    try Data("mine".utf8).write(to: URL(fileURLWithPath: out + "/notes.txt"))
    // A folder that holds files is written file by file, each under a temporary name first.
    let moments: [Moment] = [
      .after(milliseconds: 50), .after(milliseconds: 200),
      .when("the first file is written") { _ in countNames(out) > 1 },
      .when("half the files are written") { _ in countNames(out) > Self.entries / 2 },
    ]
    var interrupted = 0
    for moment in moments + moments {
      let killed = try killBilan(["export", "--all", "--out", out], box, at: moment)
      let visible = files(under: out)
      #expect(visible["notes.txt"] == Data("mine".utf8))
      let wrong = visible.keys.filter { $0 != "notes.txt" && whole[$0] != visible[$0] }
      #expect(wrong.isEmpty, "killed \(moment): \(wrong.sorted().prefix(5)) differ from a whole export")
      if killed, visible.count <= Self.entries { interrupted += 1 }
    }
    #expect(interrupted > 0)
    // The next export leaves every file whole and no temporary file behind.
    #expect(try box.run(["export", "--all", "--out", out]).status == 0)
    var expected = whole
    expected["notes.txt"] = Data("mine".utf8)
    #expect(differences(files(under: out, hidden: true), expected) == [])
  }
}
