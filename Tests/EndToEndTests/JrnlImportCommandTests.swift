import BilanTestSupport
import Foundation
import Testing

/// `import --from jrnl` through the built binary: every form of jrnl journal, what is reported, the
/// summary and the exit code.
@Suite struct JrnlImportCommandTests {
  static let forms = ImportCommandTests.model.deletingLastPathComponent().appendingPathComponent("jrnl/forms")

  static func form(_ name: String) -> String { forms.appendingPathComponent(name).path }

  /// Each form imports whole, and the journal it makes passes search, list, export and doctor.
  @Test(arguments: [
    ("legacy.txt", 5, "Monday"), ("mixed.txt", 5, "brackets"), ("dotted.txt", 4, "ambiguous"),
    ("slashed.txt", 4, "Christmas"), ("us.txt", 3, "Christmas"), ("preamble.txt", 3, "entry"),
    ("bom-crlf.txt", 2, "mark"), ("folder", 5, "Coffee"),
  ])
  func each_form_imports_whole_and_every_command_reads_it(_ name: String, _ count: Int, _ word: String) throws {
    let box = Sandbox()
    let imported = try box.run(["import", "--from", "jrnl", Self.form(name), "--lang", "en"])
    #expect(imported.status == 0, "\(name): \(imported.stderr)")
    #expect(imported.stdout == "imported: \(count), unchanged: 0, skipped: 0, files failed: 0\n", "\(name)")
    let search = try box.run(["search", word, "--lang", "en"])
    #expect(search.status == 0 && !search.stdout.isEmpty, "\(name): \(search.stderr)")
    let list = try box.run(["list"])
    #expect(list.status == 0 && list.stdout.split(separator: "\n").count == count, "\(name): \(list.stdout)")
    let export = try box.run(["export", "--all", "--out", box.root + "/out"])
    #expect(export.status == 0, "\(name): \(export.stderr)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: box.root + "/out").count == count, "\(name)")
    let doctor = try box.run(["doctor", "--lang", "en"])
    #expect(doctor.status == 0 && doctor.stdout.contains("all is well"), "\(name): \(doctor.stdout)")
    // Again: nothing new.
    #expect(
      try box.run(["import", "--from", "jrnl", Self.form(name), "--lang", "en"]).stdout
        == "imported: 0, unchanged: \(count), skipped: 0, files failed: 0\n", "\(name)")
  }

  /// A title-only entry is searched, shown and exported like any other.
  @Test func a_title_only_entry_reads_everywhere() throws {
    let box = Sandbox()
    let file = box.root + "/title.txt"
    try "[2020-05-14 10:22] First entry.\n".write(toFile: file, atomically: true, encoding: .utf8)
    #expect(try box.run(["import", "--from", "jrnl", file]).status == 0)
    let search = try box.run(["search", "first", "--lang", "en"])
    #expect(search.status == 0 && search.stdout.contains("First entry."), "\(search.stderr)")
    #expect(try box.run(["show", "1", "--lang", "en"]).status == 0)
    #expect(try box.run(["export", "1"]).stdout.hasPrefix("---\ntitle: \"First entry.\"\n"))
  }

  /// What cannot be imported is named by file and line with its fix, counted, and fails the run; the
  /// rest is imported, and importing the corrected file adds only what was skipped.
  @Test func skipped_entries_are_named_counted_and_fail_the_run() throws {
    let box = Sandbox()
    let file = box.root + "/journal.txt"
    let text = """
      Written before the first entry.

      [2023-02-28 10:00] Fine.

      [2023-02-30 10:00] No such day.
      Its body.

      [2023-13-01 10:00] No month 13.

      [2023-03-02 10:00] Fine again.
      """
    try text.write(toFile: file, atomically: true, encoding: .utf8)
    let first = try box.run(["import", "--from", "jrnl", file, "--lang", "en"])
    #expect(first.status == 1)
    #expect(first.stdout == "imported: 3, unchanged: 0, skipped: 2, files failed: 0\n")
    // The first import makes the journal BILAN_DB names: a script is told so, once.
    #expect(
      first.stderr == box.newJournalNote() + """
        \(file):1: text before the first entry: imported as an entry of its own, dated as the first one (bilan delete ID removes it)
        \(file):5: impossible date '2023-02-30 10:00' (month 2 of 2023 has no day 30): entry skipped; correct it and import the file again (entries already imported are not added twice)
        \(file):8: impossible date '2023-13-01 10:00' (there is no month 13): entry skipped; correct it and import the file again (entries already imported are not added twice)

        """)
    let french = try box.run(["import", "--from", "jrnl", file, "--lang", "fr"])
    #expect(french.stdout == "importées : 0, inchangées : 3, ignorées : 2, fichiers en échec : 0\n")
    #expect(french.stderr.contains("\(file):5: date impossible '2023-02-30 10:00'"))
    try text.replacingOccurrences(of: "02-30", with: "03-01").replacingOccurrences(of: "13-01", with: "12-01")
      .write(toFile: file, atomically: true, encoding: .utf8)
    let fixed = try box.run(["import", "--from", "jrnl", file, "--lang", "en"])
    #expect(fixed.status == 0, "\(fixed.stderr)")
    #expect(fixed.stdout == "imported: 2, unchanged: 3, skipped: 0, files failed: 0\n")
  }

  @Test func date_format_reads_a_day_first_journal() throws {
    let box = Sandbox()
    let file = box.root + "/days.txt"
    try "[01.02.2024 10:00] First of February.\n\n[02/03/2024 10:00] Not in the format.\n".write(
      toFile: file, atomically: true, encoding: .utf8)
    let result = try box.run(["import", "--from", "jrnl", file, "--date-format", "%d.%m.%Y %H:%M", "--lang", "en"])
    #expect(result.status == 1)
    #expect(result.stdout == "imported: 1, unchanged: 0, skipped: 1, files failed: 0\n")
    #expect(
      result.stderr
        == box.newJournalNote()
        + "\(file):3: unreadable date '02/03/2024 10:00': entry skipped; it does not match --date-format '%d.%m.%Y %H:%M': write it so, or give the right format, then import again\n"
    )
    #expect(try box.run(["list"]).stdout.contains("2024-02-01"))
    let bad = try box.run(["import", "--from", "jrnl", file, "--date-format", "%d.%Q", "--lang", "en"])
    #expect(bad.status != 0 && bad.stderr.contains("'%Q' is not a known directive"))
    let help = try box.run(["import", "--help"])
    let words = help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(words.contains("--date-format <FMT>") && words.contains("with the year last month first (jrnl's default"))
  }

  @Test func a_folder_journal_names_what_it_does_not_read() throws {
    let box = Sandbox()
    let root = box.root + "/journal"
    try FileManager.default.createDirectory(atPath: root + "/2024/03", withIntermediateDirectories: true)
    try "[2024-03-01 09:00] One.\n\n[2024-03-01 18:00] Two.\n".write(
      toFile: root + "/2024/03/01.txt", atomically: true, encoding: .utf8)
    try "stray\n".write(toFile: root + "/todo.txt", atomically: true, encoding: .utf8)
    let result = try box.run(["import", "--from", "jrnl", root, "--lang", "en"])
    #expect(result.status == 1)
    #expect(result.stdout == "imported: 2, unchanged: 0, skipped: 1, files failed: 0\n")
    #expect(
      result.stderr
        == box.newJournalNote()
        + "\(root)/todo.txt:1: not a day file of a jrnl folder journal (YYYY/MM/DD.txt): not read; move it to its day's path to import it\n"
    )
    // A bad byte in a day file fails the whole folder, named by that file and line: nothing is stored.
    try Data([0x5B, 0xFF, 0x0A]).write(to: URL(fileURLWithPath: root + "/2024/03/02.txt"))
    let other = Sandbox()
    let failed = try other.run(["import", "--from", "jrnl", root, "--lang", "en"])
    #expect(failed.stderr == other.newJournalNote() + "\(root)/2024/03/02.txt:1: not UTF-8 text\n")
    #expect(failed.stdout == "imported: 0, unchanged: 0, skipped: 0, files failed: 1\n")
    #expect(try other.run(["list"]).stdout.isEmpty)
  }
}
