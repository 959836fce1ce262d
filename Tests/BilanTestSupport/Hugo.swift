import Foundation

/// The real Hugo the tests build sites with (`BILAN_HUGO`, set by scripts/test).
public enum Hugo {
  /// The binary, or nil when the tests run without one (`BILAN_REQUIRE_HUGO` makes that a failure,
  /// which the caller records).
  public static var binary: String? { ProcessInfo.processInfo.environment["BILAN_HUGO"] }
  public static var required: Bool { ProcessInfo.processInfo.environment["BILAN_REQUIRE_HUGO"] != nil }

  /// Builds the site in `dir` (into `dir/public`): its exit status and everything it printed.
  public static func build(_ dir: String, with hugo: String) throws -> (status: Int32, log: String) {
    let build = Process()
    build.executableURL = URL(fileURLWithPath: hugo)
    build.arguments = ["-s", dir, "--logLevel", "warn"]
    let output = Pipe()
    build.standardOutput = output
    build.standardError = output
    try build.run()
    let log = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    build.waitUntilExit()
    return (build.terminationStatus, log)
  }
}
