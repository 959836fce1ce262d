import BilanTestSupport
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

  /// A killed publish leaves its temporary files: the next one removes those of processes that are gone,
  /// and leaves a running publish's, and a link named like one, alone.
  @Test func temporary_files_of_a_killed_publish_are_removed_by_the_next() throws {
    let gone = try goneProcessID()
    let folder = site + "/content"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try Data("half".utf8).write(to: URL(fileURLWithPath: folder + "/.bilan-\(gone)-A.tmp"))
    try Data("running".utf8).write(to: URL(fileURLWithPath: folder + "/.bilan-\(getpid())-B.tmp"))
    try Data("secret".utf8).write(to: URL(fileURLWithPath: outside + "/secret.txt"))
    try FileManager.default.createSymbolicLink(
      atPath: folder + "/.bilan-\(gone)-C.tmp", withDestinationPath: outside + "/secret.txt")
    _ = try SiteWriter(root: site).write(["content/a.md": Data("a".utf8)], force: false)
    let left = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    #expect(left == [".bilan-\(gone)-C.tmp", ".bilan-\(getpid())-B.tmp", "a.md"].sorted())
    #expect(try String(contentsOfFile: outside + "/secret.txt", encoding: .utf8) == "secret")
  }

  /// A manifest that a stopped publish left with the files it was writing: those are still bilan's.
  @Test func files_a_stopped_publish_was_writing_are_bilans_to_replace() throws {
    try FileManager.default.createDirectory(atPath: site + "/content", withIntermediateDirectories: true)
    try FileManager.default.createDirectory(atPath: site + "/.bilan", withIntermediateDirectories: true)
    try Data("new".utf8).write(to: URL(fileURLWithPath: site + "/content/a.md"))
    try Data("gone".utf8).write(to: URL(fileURLWithPath: site + "/content/b.md"))
    let manifest: [String: Any] = [
      "files": ["content/a.md": ContentHash.of(Data("old".utf8))],
      "pending": [
        "content/a.md": [ContentHash.of(Data("new".utf8))], "content/b.md": [ContentHash.of(Data("gone".utf8))],
      ],
    ]
    try JSONSerialization.data(withJSONObject: manifest).write(to: URL(fileURLWithPath: site + "/.bilan/manifest.json"))
    let report = try SiteWriter(root: site).write(["content/a.md": Data("newer".utf8)], force: false)
    #expect(report.updated == ["content/a.md"] && report.removed == ["content/b.md"])
    let written = try JSONSerialization.jsonObject(
      with: Data(contentsOf: URL(fileURLWithPath: site + "/.bilan/manifest.json")))
    #expect((written as? [String: Any])?["pending"] == nil)
  }

  /// A slug may hold dots (`transition-4.0`, `v1.2`): only an extension with a letter names a file.
  @Test func links_resolve_to_pages_even_with_dots_in_their_slug() {
    let from = "/competences/python/"
    #expect(HugoText.resolve("../../projets/transition-4.0", from: from) == "/projets/transition-4.0/")
    #expect(HugoText.resolve("../../projets/v1.2/", from: from) == "/projets/v1.2/")
    #expect(HugoText.resolve("/images/photo.JPEG", from: from) == "/images/photo.JPEG")
    #expect(HugoText.resolve("schema.svg", from: from) == "/competences/python/schema.svg")
    #expect(HugoText.resolve("../../projets/Citi#haut", from: from) == "/projets/Citi/")
    #expect(HugoText.urlized("/competences/Gestion de projet/") == "/competences/gestion-de-projet/")
    #expect(
      HugoText.listedLinks("Voir [A](../a/).\n- [B](../../projets/b)\n  * [C](/c/)\n", from: from) == [
        "/projets/b/", "/c/",
      ])
  }
}
