import BilanCore
import Foundation

/// Runs the user's editor ($VISUAL, then $EDITOR, then vi) on a file in a private temporary folder,
/// which is removed afterwards whatever the editor did.
enum Editor {
  /// `inMemory` for an encrypted journal's text: the file is in a tmpfs, never on a disk.
  static func edit(_ text: String, fileName: String, environment: [String: String], inMemory: Bool) throws -> String {
    let folder = try Files.privateTemporaryFolder(environment, inMemory: inMemory)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = "\(folder)/\(fileName)"
    try AtomicFile.write(Data(text.utf8), to: path, mode: 0o600)
    let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    // The editor may carry its own arguments ("code --wait"): let the shell split it.
    process.arguments = ["-c", "\(editor) \"$1\"", "sh", path]
    process.environment = environment
    fflush(nil)
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw BilanError(UsageMessage.editorFailed(editor: editor, status: process.terminationStatus).local)
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw BilanError(UsageMessage.editedFileRemoved.local)
    }
    return String(decoding: data, as: UTF8.self)
  }
}
