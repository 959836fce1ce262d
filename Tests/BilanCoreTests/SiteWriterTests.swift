import Foundation
import Testing

@testable import BilanCore

/// publish never writes or removes outside its folder, whatever the paths and links say.
@Suite struct SiteWriterTests {
  let base = temporaryFolder()
  var site: String { base + "/site" }
  var outside: String { base + "/outside" }

  init() throws {
    try FileManager.default.createDirectory(atPath: base + "/site", withIntermediateDirectories: true)
    try FileManager.default.createDirectory(atPath: base + "/outside", withIntermediateDirectories: true)
  }

  @Test func paths_that_climb_out_are_refused_before_anything_is_written() throws {
    for path in ["../outside/x.md", "/tmp/x.md", "content/../../outside/x.md", "content//x.md"] {
      #expect(throws: SiteWriter.Outside(path: path)) {
        try SiteWriter(root: site).write([path: Data("x".utf8), "content/ok.md": Data("ok".utf8)], force: false)
      }
    }
    #expect(!FileManager.default.fileExists(atPath: site + "/content/ok.md"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: outside).isEmpty)
  }

  @Test func a_symbolic_link_in_the_site_leading_out_is_not_followed() throws {
    try FileManager.default.createSymbolicLink(atPath: site + "/content", withDestinationPath: outside)
    #expect(throws: SiteWriter.Outside(path: "content/a.md")) {
      try SiteWriter(root: site).write(["content/a.md": Data("a".utf8)], force: true)
    }
    // A link to a file outside, named like a page.
    try FileManager.default.removeItem(atPath: site + "/content")
    try FileManager.default.createDirectory(atPath: site + "/content", withIntermediateDirectories: true)
    try Data("secret".utf8).write(to: URL(fileURLWithPath: outside + "/secret.txt"))
    try FileManager.default.createSymbolicLink(
      atPath: site + "/content/b.md", withDestinationPath: outside + "/secret.txt")
    #expect(throws: SiteWriter.Outside(path: "content/b.md")) {
      try SiteWriter(root: site).write(["content/b.md": Data("b".utf8)], force: true)
    }
    #expect(try String(contentsOfFile: outside + "/secret.txt", encoding: .utf8) == "secret")
  }

  @Test func a_manifest_naming_files_elsewhere_removes_nothing_there() throws {
    let victim = outside + "/victim.txt"
    try Data("mine".utf8).write(to: URL(fileURLWithPath: victim))
    try FileManager.default.createDirectory(atPath: site + "/.bilan", withIntermediateDirectories: true)
    let manifest = ["files": ["../outside/victim.txt": ContentHash.of(Data("mine".utf8))]]
    try JSONSerialization.data(withJSONObject: manifest).write(to: URL(fileURLWithPath: site + "/.bilan/manifest.json"))
    let report = try SiteWriter(root: site).write(["content/a.md": Data("a".utf8)], force: false)
    #expect(report.removed.isEmpty && FileManager.default.fileExists(atPath: victim))
  }
}
