import BilanTestSupport
import Foundation
import Testing

/// `export --out DIR` never writes outside DIR, whatever links DIR holds.
@Suite struct ExportLinkTests {
  let box = Sandbox()
  var out: String { box.root + "/out" }
  var outside: String { box.root + "/outside" }

  init() throws {
    #expect(try box.run(["write", "Autonomy. First entry."]).status == 0)
    #expect(try box.run(["write", "Rigour. Second entry."]).status == 0)
    for folder in [out, outside] {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }
    try Data("secret".utf8).write(to: URL(fileURLWithPath: outside + "/secret.txt"))
    try Data("mine".utf8).write(to: URL(fileURLWithPath: out + "/notes.txt"))
    // A folder link export has no reason to write into.
    try FileManager.default.createSymbolicLink(atPath: out + "/sub", withDestinationPath: outside)
  }

  func link(_ name: String, to destination: String) throws {
    try FileManager.default.createSymbolicLink(atPath: out + "/" + name, withDestinationPath: destination)
  }

  @Test func a_link_where_a_file_would_go_is_refused_and_nothing_is_written() throws {
    try link("autonomy.md", to: outside + "/secret.txt")
    // A link to a file that does not exist yet: following it would create it.
    try link("rigour.md", to: outside + "/new.md")
    for arguments in [["export", "--all", "--out", out], ["export", "1", "--out", out]] {
      let result = try box.run(arguments)
      #expect(result.status == 1)
      #expect(result.stderr.contains("\(out)/autonomy.md: a symbolic link to \(outside)/secret.txt, not a file\n"))
      #expect(
        result.stderr.hasSuffix(
          "nothing was written: export writes neither through a link nor over a folder; remove them or export elsewhere.\n"
        ))
      #expect(result.stdout.isEmpty)
    }
    #expect(try box.run(["export", "--all", "--out", out]).stderr.contains("\(out)/rigour.md: a symbolic link"))
    #expect(files(under: outside) == ["secret.txt": Data("secret".utf8)])
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: out).sorted() == [
        "autonomy.md", "notes.txt", "rigour.md", "sub",
      ])
    // Once the links are gone, the export writes its files, and still nothing through `sub`.
    try FileManager.default.removeItem(atPath: out + "/autonomy.md")
    try FileManager.default.removeItem(atPath: out + "/rigour.md")
    let result = try box.run(["export", "--all", "--out", out])
    #expect(result.status == 0)
    #expect(result.stdout == "\(out)/autonomy.md\n\(out)/rigour.md\n")
    #expect(try String(contentsOfFile: out + "/autonomy.md", encoding: .utf8).contains("First entry."))
    #expect(!isSymbolicLink(out + "/autonomy.md"))
    #expect(files(under: outside) == ["secret.txt": Data("secret".utf8)])
  }

  @Test func a_folder_where_a_file_would_go_is_refused() throws {
    try FileManager.default.createDirectory(atPath: out + "/rigour.md", withIntermediateDirectories: true)
    let result = try box.run(["export", "--all", "--out", out])
    #expect(result.status == 1)
    #expect(result.stderr.contains("\(out)/rigour.md: a folder, not a file\n"))
    #expect(!FileManager.default.fileExists(atPath: out + "/autonomy.md"))
  }

  @Test func links_whose_names_export_does_not_write_are_left_alone() throws {
    try link("other.md", to: outside + "/secret.txt")
    let result = try box.run(["export", "--all", "--out", out])
    #expect(result.status == 0)
    #expect(files(under: outside) == ["secret.txt": Data("secret".utf8)])
    #expect(isSymbolicLink(out + "/other.md") && isSymbolicLink(out + "/sub"))
  }

  /// What killed exports leave is removed by the next one, without following a link inside it: a
  /// staging folder holding a link to a folder outside, and a temporary file.
  @Test func leftovers_of_killed_exports_are_removed_without_following_links() throws {
    let gone = try goneProcessID()
    let staging = box.root + "/.fresh.partial-\(gone)"
    try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: true)
    try Data("half".utf8).write(to: URL(fileURLWithPath: staging + "/autonomy.md"))
    try FileManager.default.createSymbolicLink(atPath: staging + "/away", withDestinationPath: outside)
    try Data("half".utf8).write(to: URL(fileURLWithPath: out + "/.autonomy.md.\(gone).tmp"))
    // A running export's temporary file (this process's id) stays.
    try Data("running".utf8).write(to: URL(fileURLWithPath: out + "/.rigour.md.\(getpid()).tmp"))
    // As processes: "a running export" is this test's process, whose files the commands must not touch.
    #expect(try box.runProcess(["export", "--all", "--out", box.root + "/fresh"]).status == 0)
    #expect(try box.runProcess(["export", "--all", "--out", out]).status == 0)
    #expect(!FileManager.default.fileExists(atPath: staging))
    #expect(files(under: box.root + "/fresh").keys.sorted() == ["autonomy.md", "rigour.md"])
    #expect(files(under: outside) == ["secret.txt": Data("secret".utf8)])
    #expect(
      files(under: out, hidden: true).keys.sorted() == [
        ".rigour.md.\(getpid()).tmp", "autonomy.md", "notes.txt", "rigour.md",
      ])
  }
}

func isSymbolicLink(_ path: String) -> Bool {
  var info = stat()
  return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK
}
