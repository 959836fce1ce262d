import ArgumentParser
import BilanCore
import Foundation

struct Import: BilanCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Take in Markdown essays (files or folders) or a JSON backup, without losing a character.",
    discussion: """
      Folders are read recursively for *.md and *.markdown; a file named on the command line is read \
      whatever its extension. Front matter in YAML (---), TOML (+++) or JSON ({…}); a UTF-8 byte-order \
      mark is dropped and CRLF endings are kept for the export. A page whose headings are a question \
      set's (any article, case or typo) is stored as that set's; one that almost is says which heading \
      kept it out. Importing a file again updates the entry it made, or reports it unchanged. Each file \
      is read whole before anything of it is stored; one failing file never stops the others, and the \
      exit code is 1 when any failed.

      --from jrnl reads jrnl's file ([2024-03-01 09:15] Title. Body), jrnl 1.x's (2013-06-10 15:40 Title. \
      Body, no brackets, mixed with bracketed entries or not), a folder journal (YYYY/MM/DD.txt) or jrnl's \
      --export json, each file or folder in one transaction. Text before the first entry is imported as an \
      entry of its own; an entry whose date cannot exist or cannot be read is skipped; each is reported as \
      FILE:LINE with the fix, the summary counts the skipped, and the exit code is 1 when any was skipped.
      """)

  @Argument(help: "Files and folders.")
  var paths: [String] = []

  @Option(help: ArgumentHelp(Formats.importHelp, valueName: Formats.importers.map(\.id).joined(separator: "|")))
  var from = FormatName(MarkdownImporter())

  @Option(
    help: ArgumentHelp(
      "With --from jrnl: the journal's date format, jrnl's timeformat (Python strftime: '%Y-%m-%d %H:%M', '%d.%m.%Y %H:%M', '%d/%m/%Y %I:%M %p', '%b %d, %Y').",
      discussion:
        "Without it, dates are read as jrnl writes them (2024-03-01 09:15, with seconds, AM/PM or T), with the year first, or with the year last month first (jrnl's default, 03/01/2024), except when the first number cannot be a month (13.06.2013 is 13 June) or the file's other dates show it writes the day first.",
      valueName: "FMT"))
  var dateFormat: String?

  @Flag(help: "The files are project pages (as files under a projets/ or projects/ folder are).")
  var projects = false

  @OptionGroup var global: GlobalOptions

  func run(in context: Context) throws {
    guard !paths.isEmpty else {
      throw BilanUsageError(context.say(ImportMessage.missingPath))
    }
    let importer = from.importer
    // An option another format reads is a mistake here: said, rather than ignored.
    let given: [(ImportOption, Bool)] = [(.dateFormat, dateFormat != nil), (.projects, projects)]
    for (option, isGiven) in given where isGiven && !importer.options.contains(option) {
      let users = Formats.importers.filter { $0.options.contains(option) }.map(\.id).joined(separator: ", ")
      throw BilanUsageError(
        context.say(ImportMessage.onlyWith(flag: option.flag, formats: users)))
    }
    try importer.run(ImportRequest(paths: paths, dateFormat: dateFormat, projects: projects), context)
  }

  static func isFolder(_ path: String) -> Bool {
    var folder: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &folder) && folder.boolValue
  }

  /// Whether the file's first character that is not a space is `{`: jrnl's JSON export.
  static func startsWithBrace(_ path: String) throws -> Bool {
    guard let handle = FileHandle(forReadingAtPath: path) else { return false }
    defer { try? handle.close() }
    while let block = try handle.read(upToCount: 4096), !block.isEmpty {
      if let first = block.first(where: { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }) {
        return first == UInt8(ascii: "{")
      }
    }
    return false
  }

}
