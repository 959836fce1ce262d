import BilanCore
import Foundation

/// `publish DIR --pdf FILE`: the whole portfolio in one PDF. Hugo builds the site into a private
/// temporary folder (never DIR/public), headless Chromium prints its `print.html` (every page on one,
/// with the print stylesheet), and the PDF takes FILE's place only once it is whole (`AtomicFile`).
enum PortfolioPDF {
  struct Tools {
    var hugo: String
    var chromium: String
  }

  /// Hugo and Chromium (`BILAN_HUGO`, `BILAN_CHROMIUM`, else on the PATH) and FILE's folder, checked
  /// before anything is written.
  static func tools(for file: String, _ context: Context) throws -> Tools {
    func find(_ variable: String, _ names: [String]) -> String? {
      if let named = context.environment[variable], !named.isEmpty {
        return FileManager.default.isExecutableFile(atPath: named) ? named : nil
      }
      for folder in (context.environment["PATH"] ?? "").split(separator: ":") {
        for name in names where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
          return "\(folder)/\(name)"
        }
      }
      return nil
    }
    guard let hugo = find("BILAN_HUGO", ["hugo"]) else {
      throw BilanError(
        context.say(PublishMessage.pdfToolMissing(tool: "hugo", package: "hugo", variable: "BILAN_HUGO")))
    }
    guard let chromium = find("BILAN_CHROMIUM", ["chromium", "chromium-browser", "google-chrome"]) else {
      throw BilanError(
        context.say(PublishMessage.pdfToolMissing(tool: "chromium", package: "chromium", variable: "BILAN_CHROMIUM")))
    }
    var isFolder: ObjCBool = false
    let folder = (file as NSString).deletingLastPathComponent
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
      throw BilanError(context.say(PublishMessage.pdfFolderMissing(folder)))
    }
    return Tools(hugo: hugo, chromium: chromium)
  }

  static func print(site root: String, to file: String, drafts: Bool, tools: Tools, _ context: Context) throws {
    let work = NSTemporaryDirectory() + "bilan-pdf-\(getpid())-\(UUID().uuidString)"
    try FileManager.default.createDirectory(
      atPath: work, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    defer { try? FileManager.default.removeItem(atPath: work) }
    let built = try run(
      tools.hugo,
      ["-s", root, "-d", work + "/public", "--cacheDir", work + "/cache", "--noBuildLock", "--quiet"]
        + (drafts ? ["--buildDrafts"] : []), in: work, timeout: 300)
    guard built.status == 0 else {
      throw BilanError(context.say(PublishMessage.pdfBuildFailed(String(built.output.suffix(2000)))))
    }
    let page = work + "/public/print.html"
    guard FileManager.default.fileExists(atPath: page) else {
      throw BilanError(context.say(PublishMessage.pdfNoPrintPage(root)))
    }
    let pdf = work + "/portfolio.pdf"
    var arguments = [
      "--headless=new", "--disable-gpu", "--user-data-dir=" + work + "/profile", "--no-first-run",
      "--no-default-browser-check", "--no-pdf-header-footer", "--print-to-pdf-no-header", "--print-to-pdf=" + pdf,
      URL(fileURLWithPath: page).absoluteString,
    ]
    // Chromium will not start its sandbox as root.
    if geteuid() == 0 { arguments.insert("--no-sandbox", at: 0) }
    let printed = try run(tools.chromium, arguments, in: work, timeout: 180)
    guard printed.status == 0, let data = FileManager.default.contents(atPath: pdf),
      data.starts(with: Data("%PDF".utf8))
    else {
      let detail = printed.status == 0 ? "no PDF" : "exit \(printed.status)"
      throw BilanError(context.say(PublishMessage.pdfPrintFailed(detail)))
    }
    try AtomicFile.write(data, to: file)
    context.out(context.say(PublishMessage.pdfWritten(file, pages: pages(in: data))))
  }

  /// How many pages a PDF has: its page objects (`/Type /Page`, not `/Pages`).
  static func pages(in data: Data) -> Int {
    String(decoding: data, as: Unicode.ASCII.self).matches(of: /\/Type\s*\/Page(?![a-zA-Z])/).count
  }

  /// Runs a tool with its output in a file (read at the end: a pipe nobody reads could fill and block
  /// it), stopped if it runs longer than `timeout` seconds.
  static func run(_ tool: String, _ arguments: [String], in work: String, timeout: Double) throws -> (
    status: Int32, output: String
  ) {
    let log = work + "/\(UUID().uuidString).log"
    _ = FileManager.default.createFile(atPath: log, contents: nil)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tool)
    process.arguments = arguments
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = FileHandle(forWritingAtPath: log)
    process.standardError = FileHandle(forWritingAtPath: log)
    try process.run()
    let deadline = Date().addingTimeInterval(timeout)
    while process.isRunning, Date() < deadline { usleep(20_000) }
    if process.isRunning {
      process.terminate()
      process.waitUntilExit()
      return (-1, "timeout")
    }
    return (process.terminationStatus, (try? String(contentsOfFile: log, encoding: .utf8)) ?? "")
  }
}
