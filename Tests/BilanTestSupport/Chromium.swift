import Foundation

/// The real headless Chromium the tests look at built sites with (Debian's `chromium`): `BILAN_CHROMIUM`,
/// else `chromium` or `chromium-browser` on the PATH. `BILAN_REQUIRE_CHROMIUM` (scripts/test) makes its
/// absence a failure; without it, the tests that need it are skipped with a note saying so.
public enum Chromium {
  public static var binary: String? {
    let environment = ProcessInfo.processInfo.environment
    if let named = environment["BILAN_CHROMIUM"], !named.isEmpty { return named }
    for folder in (environment["PATH"] ?? "/usr/bin").split(separator: ":") {
      for name in ["chromium", "chromium-browser"]
      where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
        return "\(folder)/\(name)"
      }
    }
    return nil
  }
  public static var required: Bool { ProcessInfo.processInfo.environment["BILAN_REQUIRE_CHROMIUM"] != nil }

  /// The package's folder (this file is `Tests/BilanTestSupport/Chromium.swift`).
  static let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// Where the screenshots of the built sites are kept, for a person to look at (CI keeps the folder).
  public static let screenshots = package.appendingPathComponent(".build/site-screenshots").path

  /// Opens `pages` (paths under `public`) in Chromium through `Tests/Browser/inspect.py` and returns its
  /// report: what each rendered page shows at 1280 and 390 px, light and dark, its menu links followed
  /// from disk, each diagram's labels, the first page printed, and `search` typed into the search box
  /// of the first page from disk (with a word that matches nothing) and on the served site.
  /// Screenshots go in `screenshots/<name>/`.
  public static func inspect(_ site: String, pages: [String], name: String, search: String = "sql") throws
    -> [String: Any]
  {
    guard let binary else { throw Missing() }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments =
      [
        "python3", package.appendingPathComponent("Tests/Browser/inspect.py").path, binary, site,
        screenshots + "/" + name,
      ]
      + pages
    process.environment = ProcessInfo.processInfo.environment.merging(["BILAN_SEARCH": search]) { $1 }
    // Its stderr goes to a file, read at the end: a pipe nobody reads could fill and block it.
    let log = NSTemporaryDirectory() + "bilan-inspect-\(UUID().uuidString).log"
    _ = FileManager.default.createFile(atPath: log, contents: nil)
    defer { try? FileManager.default.removeItem(atPath: log) }
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle(forWritingAtPath: log)
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0, let report = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
    else {
      let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
      throw Failed(status: process.terminationStatus, log: text)
    }
    return report
  }

  public struct Missing: Error {}
  public struct Failed: Error, CustomStringConvertible {
    public var status: Int32
    public var log: String
    public var description: String { "inspect.py exited \(status): \(log)" }
  }
}
