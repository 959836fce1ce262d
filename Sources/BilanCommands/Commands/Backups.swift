import BilanCore
import Foundation

/// The JSON backup: `export --all --format json` writes it, `import --from json` restores it.
enum Backups {
  static func write(_ out: String?, _ context: Context) throws {
    let backup = try context.journal(writing: false).backup()
    let data = try JournalBackup.encoder.encode(backup) + Data("\n".utf8)
    guard let out else {
      let json = String(decoding: data, as: UTF8.self)
      context.writeExported(context.host.output.isTerminal ? Terminal.safeJSON(json) : json)
      return
    }
    AtomicFile.removeStaleTemporaries(of: out)
    try AtomicFile.write(data, to: out, mode: 0o600)
    context.out(out, wrap: .none)
  }

  static func restore(_ paths: [String], _ context: Context) throws {
    let journal = try context.journal(starting: true)
    var failed = false
    for path in paths {
      guard let data = FileManager.default.contents(atPath: path) else {
        context.warn(context.say(SafetyMessage.unreadable(path)))
        failed = true
        continue
      }
      // Format and version first: a newer backup is named as such, not as a broken one.
      struct Header: Decodable {
        var format: String?
        var version: Int?
      }
      if let header = try? JSONDecoder().decode(Header.self, from: data), header.format == JournalBackup.formatName,
        let version = header.version, version > JournalBackup.currentVersion
      {
        context.warn(
          context.say(SafetyMessage.newerBackup(path, version: version)))
        failed = true
        continue
      }
      let backup: JournalBackup
      do {
        backup = try JournalBackup.decoder.decode(JournalBackup.self, from: data)
      } catch let error as DecodingError {
        context.warn(
          "\(path): " + context.say(SafetyMessage.notABackup) + " (\(describe(error)))")
        failed = true
        continue
      }
      guard backup.format == JournalBackup.formatName else {
        context.warn(
          "\(path): " + context.say(SafetyMessage.notABackup) + " (format '\(backup.format)')")
        failed = true
        continue
      }
      guard backup.version <= JournalBackup.currentVersion else {
        context.warn(
          context.say(SafetyMessage.newerBackup(path, version: backup.version)))
        failed = true
        continue
      }
      let report = try journal.restore(backup)
      context.out(
        context.say(
          SafetyMessage.restoredFromBackup(path, added: report.added, sameIDs: report.sameIDs, skipped: report.skipped))
      )
    }
    if failed { throw CommandFailed() }
  }

  /// Where a JSON backup went wrong, in a line.
  static func describe(_ error: DecodingError) -> String {
    func path(_ context: DecodingError.Context) -> String {
      context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
    }
    switch error {
    case .keyNotFound(let key, let context): return "missing '\(key.stringValue)' at \(path(context))"
    case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
      return "\(context.debugDescription) at \(path(context))"
    @unknown default: return "\(error)"
    }
  }
}
