import ArgumentParser
import BilanCore
import Foundation

struct Import: BilanCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "import",
      abstract: HelpMessage.importFiles.local,
      discussion: HelpMessage.importFilesMore.local)
  }

  @Argument(help: ArgumentHelp(HelpMessage.importFilesPaths.local))
  var paths: [String] = []

  @Option(help: ArgumentHelp(Formats.importHelp, valueName: Formats.importers.map(\.id).joined(separator: "|")))
  var from = FormatName(MarkdownImporter())

  @Option(
    help: ArgumentHelp(
      HelpMessage.importFilesDateFormat.local,
      discussion:
        HelpMessage.importFilesDateFormatMore.local,
      valueName: "FMT"))
  var dateFormat: String?

  @Flag(help: ArgumentHelp(HelpMessage.importFilesProjects.local))
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
