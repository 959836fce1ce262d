import ArgumentParser
import BilanCore
import Foundation

/// What `import` hands a format: the paths, and the options only some formats read.
struct ImportRequest {
  var paths: [String]
  var dateFormat: String?
  var projects: Bool
}

/// An option of `import` that only some formats read.
enum ImportOption: Hashable {
  case dateFormat, projects

  var flag: String {
    switch self {
    case .dateFormat: "--date-format"
    case .projects: "--projects"
    }
  }
}

/// One format `import --from ID` reads: one small type per format, in `Formats/`.
protocol Importer: Sendable {
  /// The word after `--from`.
  var id: String { get }
  /// What it reads, for `--help`.
  var summary: LocalizedText { get }
  /// The options of `import` it reads besides the paths.
  var options: Set<ImportOption> { get }
  /// Reads the paths into the journal, says what it did, and throws `CommandFailed` when anything was
  /// skipped or failed.
  func run(_ request: ImportRequest, _ context: Context) throws
}

/// Every format bilan reads or writes, in one place: `--from` and its help come from here, so a new
/// format (Day One, Obsidian, another site generator) is one file and one line.
enum Formats {
  static let importers: [any Importer] = [MarkdownImporter(), JrnlImporter(), BackupImporter()]

  static func importer(_ id: String) -> (any Importer)? {
    importers.first { $0.id == id }
  }

  /// `--from`'s help: each format with what it reads, in the language the line is parsed in.
  static var importHelp: String {
    importers.map { "\($0.id): \($0.summary[ParsingLanguage.current])" }.joined(separator: ". ") + "."
  }
}

/// What `export` hands a format.
struct ExportRequest {
  var ids: [Int64]
  var out: String?
  var all: Bool
  var filtered: Bool
  var filters: FilterOptions
}

/// One format `export --format ID` writes.
protocol Exporter: Sendable {
  var id: String { get }
  var summary: LocalizedText { get }
  /// It writes the whole journal at once (a backup): it takes `--all` and no filter.
  var wholeJournal: Bool { get }
  func run(_ request: ExportRequest, _ context: Context) throws
}

extension Formats {
  static let exporters: [any Exporter] = [MarkdownExporter(), BackupExporter()]

  static func exporter(_ id: String) -> (any Exporter)? {
    exporters.first { $0.id == id }
  }

  static var exportHelp: String {
    exporters.map { "\($0.id): \($0.summary[ParsingLanguage.current])" }.joined(separator: ". ") + "."
  }
}

/// An export format's name on the command line, checked against the registry.
struct ExportFormatName: ExpressibleByArgument {
  let exporter: any Exporter

  init(_ exporter: any Exporter) { self.exporter = exporter }

  init?(argument: String) {
    guard let exporter = Formats.exporter(argument) else { return nil }
    self.exporter = exporter
  }

  static var allValueStrings: [String] { Formats.exporters.map(\.id) }
  var defaultValueDescription: String { exporter.id }
}

/// `export --all --format json`: the whole journal in one versioned JSON document (BACKUP.md).
struct BackupExporter: Exporter {
  let id = "json"
  let summary = LocalizedText(
    fr: "tout le journal en un fichier, pour « import --from json »",
    en: "the whole journal in one file, for 'import --from json'")
  let wholeJournal = true

  func run(_ request: ExportRequest, _ context: Context) throws {
    try Backups.write(request.out, context)
  }
}

/// A format's name on the command line, checked against the registry.
struct FormatName: ExpressibleByArgument {
  let importer: any Importer

  init(_ importer: any Importer) { self.importer = importer }

  init?(argument: String) {
    guard let importer = Formats.importer(argument) else { return nil }
    self.importer = importer
  }

  static var allValueStrings: [String] { Formats.importers.map(\.id) }
  var defaultValueDescription: String { importer.id }
}

/// `import --from json`: a backup made by `export --all --format json`, restored or merged.
struct BackupImporter: Importer {
  let id = "json"
  let summary = LocalizedText(
    fr: "une sauvegarde faite par « export --all --format json »", en: "a backup from 'export --all --format json'")
  let options: Set<ImportOption> = []

  func run(_ request: ImportRequest, _ context: Context) throws {
    try Backups.restore(request.paths, context)
  }
}
