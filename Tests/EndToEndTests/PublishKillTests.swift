import BilanTestSupport
import Foundation
import GRDB
import Testing

/// SIGKILL in the middle of `publish`: every page in the site is whole (the one before or the one after),
/// and the next publish goes through, even after the journal changed, and leaves no temporary file.
@Suite struct PublishKillTests {
  static let projects = 1000

  /// The site's content and diagrams: what publish writes.
  static func pages(_ site: String, hidden: Bool = false) -> [String: Data] {
    files(under: site, hidden: hidden).filter { $0.key.hasPrefix("content/") || $0.key.hasPrefix("static/bilan/") }
  }

  @Test func sigkill_mid_publish_leaves_whole_pages_and_the_next_publish_goes_through() throws {
    let box = Sandbox()
    defer { try? FileManager.default.removeItem(atPath: box.root) }
    let site = box.root + "/site"
    let reference = box.root + "/reference"
    #expect(try box.run(["project", "add", "Seed"]).status == 0)
    #expect(try box.run(["publish", site, "--init"]).status == 0)
    let before = Self.pages(site)
    // A thousand projects, a page each, stored at once (one command each would take a minute).
    try database(box.journal).write { db in
      for n in 0..<Self.projects {
        try db.execute(
          sql: "INSERT INTO project (name, key, description, createdAt) VALUES (?, ?, ?, ?)",
          arguments: [
            "Project \(n)", "project \(n)", String(repeating: "Described at length. ", count: 40),
            "2026-11-28 10:00:00.000",
          ])
      }
    }
    #expect(try box.run(["publish", reference, "--init"]).status == 0)
    let after = Self.pages(reference)
    #expect(after.count == before.count + Self.projects)
    // The plan is built in memory first, then written file by file, content/_index.md first.
    let projets = site + "/content/projets"
    let moments: [Moment] = [
      .after(milliseconds: 50), .after(milliseconds: 200),
      .when("the first new page is written") { _ in countNames(projets) > 1 },
      .when("half the pages are written") { _ in countNames(projets) > Self.projects / 2 },
    ]
    var interrupted = 0
    for moment in moments {
      let killed = try killBilan(["publish", site], box, at: moment)
      let pages = Self.pages(site)
      let torn = pages.keys.filter { pages[$0] != before[$0] && pages[$0] != after[$0] }
      #expect(torn.isEmpty, "killed \(moment): \(torn.sorted().prefix(5)) neither the page before nor after")
      if killed, pages.count < after.count { interrupted += 1 }
    }
    #expect(interrupted > 0)
    // The journal changes before the next publish: a page written by a killed run is still bilan's to
    // replace, not a file of the user's in the way.
    #expect(Self.pages(site)["content/projets/project-0.md"] == after["content/projets/project-0.md"])
    #expect(try box.run(["project", "link", "Project 0", "sql"]).status == 0)
    #expect(try box.run(["rate", "sql", "3", "--note", "Joins."]).status == 0)
    #expect(try box.run(["publish", reference]).status == 0)
    let again = try box.run(["publish", site])
    #expect(again.status == 0, "\(again.stderr)")
    #expect(differences(Self.pages(site), Self.pages(reference)) == [])
    // No temporary file is left in the site, hidden or not.
    let hidden = files(under: site, hidden: true).keys.filter {
      $0.split(separator: "/").contains { $0.hasPrefix(".") }
    }
    #expect(hidden == [".bilan/manifest.json"])
    // A publish with nothing new says so.
    #expect(try box.run(["publish", site]).stdout.hasPrefix("Nothing changed"))
  }
}
