import BilanTestSupport
import Foundation
import Testing

/// What issue 21 adds to a published site: the reviews' pages, linked to the entries' pages; the
/// evidence map on the overview; the framework's expected levels on the radar. Built by every Hugo the
/// tests have, with no warning, every link resolving.
@Suite struct ReviewSiteTests {
  /// A past clock: Hugo leaves out pages dated in the future.
  static let before = ["BILAN_NOW": "2026-11-01T10:00:00+01:00", "BILAN_LANG": "fr"]
  static let after = ["BILAN_NOW": "2026-11-02T10:00:00+01:00", "BILAN_LANG": "fr"]

  static func read(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

  /// SQL rated then assessed (#1, its page), a daily note naming it (#2, no page), then a review (#3).
  static func journal(_ box: Sandbox) throws {
    for (arguments, input) in [
      (["rate", "sql", "2", "--date", "2026-06-01"], ""),
      (["assess", "sql"], "Des jointures.\n.\n.\n.\n.\n\n\n3\n"),
      (["write", "Jointures. Une requête de fenêtrage.", "--skill", "sql", "--date", "2026-10-02"], ""),
    ] {
      let result = try box.run(arguments, input: input, env: before)
      #expect(result.status == 0, "\(arguments): \(result.stderr)")
    }
    let review = try box.run(["review"], env: after)
    #expect(review.status == 0, "\(review.stderr)")
    #expect(review.stdout.contains("« SQL » (#1)"), "\(review.stdout)")
    #expect(review.stdout.contains("« Jointures. » (#2)"), "\(review.stdout)")
  }

  @Test func a_review_is_a_page_of_the_site_linked_to_the_entries_that_have_one() throws {
    let box = Sandbox()
    try Self.journal(box)
    let dir = box.root + "/site"
    let published = try box.run(["publish", dir, "--init"], env: Self.after)
    #expect(published.status == 0, "\(published.stderr)")
    // Nothing is said, but on an encrypted journal that a site is plain text.
    let said = published.stderr.split(separator: "\n").filter {
      !(testsEncrypted && ($0.hasPrefix("note : ") || $0.hasPrefix("note: ")))
    }
    #expect(said.isEmpty, "\(published.stderr)")
    let reviews = try FileManager.default.contentsOfDirectory(atPath: dir + "/content/bilans")
    #expect(reviews == ["bilan-du-2026-08-04-au-2026-11-02.md"])
    let slug = String(try #require(reviews.first).dropLast(3))
    let page = try Self.read(dir + "/content/bilans/" + slug + ".md")
    #expect(page.hasPrefix("---\ntitle: \"Bilan du 2026-08-04 au 2026-11-02\"\ndate: 2026-11-02T10:00:00+01:00\n"))
    // Hugo's own `kind` stays out; the essay (#1) has a page, the daily note (#2) has none.
    #expect(!page.contains("kind:"))
    #expect(page.contains("« SQL » ([#1](../../competences/sql/))"), "\(page)")
    #expect(page.contains("« Jointures. » (#2)"), "\(page)")
    // No framework chosen: the radar has no expected outline.
    if let radar = try? Self.read(dir + "/static/bilan/skills.svg") { #expect(!radar.contains("class=\"expected\"")) }
    // The review as stored is unchanged: its links are the site's.
    #expect(!(try box.run(["export", "3"], env: Self.after).stdout.contains("](")))

    let built = try Hugo.eachBuild(dir) { version, status, log in
      #expect(status == 0, "\(version): \(log)")
      #expect(!log.contains("WARN") && !log.contains("ERROR"), "\(version): \(log)")
      let public_ = dir + "/public"
      let links = try SiteChecks.links(public_)
      #expect(links.problems.isEmpty, "\(version): \(links.problems)")
      let html = try Self.read(public_ + "/bilans/\(slug)/index.html")
      #expect(html.contains("<h1>Bilan du 2026-08-04 au 2026-11-02</h1>"), "\(version)")
      #expect(html.contains("<a href=\"../../competences/sql/\">#1</a>"), "\(version): \(html)")
      #expect(try SiteChecks.foreignWords(html, site: "fr").isEmpty, "\(version)")
      // The overview's latest entries lead to it; the menu names its section in the site's language.
      let home = try Self.read(public_ + "/index.html")
      let latest = try #require(SiteChecks.element(home, "section", class: "latest"), "\(version)")
      #expect(latest.contains("bilans/\(slug)/\""), "\(version): \(latest)")
      #expect(home.contains(">Bilans</a>"), "\(version)")
    }
    if built == 0, Hugo.required { Issue.record("BILAN_HUGO is not set") }
    // An English site's folder, TOML front matter if asked.
    let english = box.root + "/english"
    let toml = try box.run(["publish", english, "--sections", "en", "--front-matter", "toml"], env: Self.after)
    #expect(toml.status == 0, "\(toml.stderr)")
    let englishPage = try Self.read(english + "/content/reviews/\(slug).md")
    #expect(englishPage.hasPrefix("+++\ntitle = \"Bilan du 2026-08-04 au 2026-11-02\"\n"), "\(englishPage)")
    #expect(englishPage.contains("« SQL » ([#1](../../skills/sql/))"), "\(englishPage)")
  }

  /// `evidence`'s lines as (skill, `✓ requirement`, evidence): `Skill  (#3)`, then `  ✓ text  ← a, b`.
  static func printedMap(_ output: String) -> [[String]] {
    var rows: [[String]] = []
    var skill = ""
    for line in output.split(separator: "\n").map(String.init) {
      if !line.hasPrefix("  ") {
        skill = line.range(of: "  (#", options: .backwards).map { String(line[..<$0.lowerBound]) } ?? line
        continue
      }
      let parts = line.dropFirst(2).components(separatedBy: "  ← ")
      rows.append([skill, parts[0], parts.count > 1 ? parts[1] : ""])
    }
    return rows
  }

  /// The overview's evidence table as (skill, `✓ requirement`, evidence), links and escapes undone.
  static func publishedMap(_ overview: String) -> [[String]] {
    guard let start = overview.range(of: "| --- | --- | --- |\n", options: .backwards) else { return [] }
    return overview[start.upperBound...].split(separator: "\n").prefix { $0.hasPrefix("| ") }.map { line in
      // `\|` is a `|` of the text, not a cell's end.
      String(line.dropFirst(2).dropLast(2)).replacingOccurrences(of: "\\|", with: "\u{1}")
        .components(separatedBy: " | ").map { cell in
          let text = cell.replacing(/\[([^\]]*)\]\([^)]*\)/) { String($0.1) }
            .replacingOccurrences(of: "\u{1}", with: "|")
          return text == "aucune" ? "" : text
        }
    }
  }

  @Test func the_overview_shows_the_evidence_map_evidence_prints() throws {
    let box = Sandbox()
    let imported = box.root + "/imported"
    try FileManager.default.copyItem(atPath: EvidenceCommandTests.fixture, toPath: imported)
    #expect(try box.run(["import", imported + "/content"], env: Self.before).status == 0)
    // Two essays of the journal's own miss parts of their rubric; the framework adds its levels.
    _ = try box.run(["assess", "teamwork"], input: "Care.\n.\n:skip\n:skip\n:skip\n\n\n:skip\n", env: Self.before)
    _ = try box.run(["assess", "rigour"], input: "Care.\n.\n:skip\nSlow.\n.\n:skip\n\n\n2\n", env: Self.before)
    _ = try box.run(
      ["rate", "autonomy", "3", "--date", "2026-10-01", "--evidence", "https://example.org/plan"], env: Self.before)
    #expect(try box.run(["framework", "use", "ecole-ingenieur", "--stage", "year2"], env: Self.before).status == 0)
    let dir = box.root + "/site"
    let published = try box.run(["publish", dir, "--init"], env: Self.before)
    #expect(published.status == 0, "\(published.stderr)")
    let printed = try box.run(["evidence", "--lang", "fr"], env: Self.before)
    #expect(printed.status == 0, "\(printed.stderr)")
    let overview = try Self.read(dir + "/content/_index.md")
    #expect(overview.contains("\n## Carte des preuves\n"))
    let map = Self.printedMap(printed.stdout)
    #expect(map.count > 10 && map.contains { $0[1].hasPrefix("✗ ") } && map.contains { $0[2].contains("#") })
    #expect(Self.publishedMap(overview) == map, "evidence:\n\(printed.stdout)\noverview:\n\(overview)")
    // The evidence that names an essay leads to its page.
    #expect(overview.contains("[#"), "\(overview)")
    // The radar draws the levels the framework's stage expects, and says them.
    let radar = try Self.read(dir + "/static/bilan/skills.svg")
    #expect(radar.contains("class=\"expected\"") && radar.contains(">Attendu : 2e année</text>"), "\(radar)")
    #expect(radar.contains("(attendu 3/5)"), "\(radar)")

    let built = try Hugo.eachBuild(dir) { version, status, log in
      #expect(status == 0, "\(version): \(log)")
      #expect(!log.contains("WARN") && !log.contains("ERROR"), "\(version): \(log)")
      let links = try SiteChecks.links(dir + "/public")
      #expect(links.problems.isEmpty, "\(version): \(links.problems)")
      let home = try Self.read(dir + "/public/index.html")
      #expect(home.contains("<th>Exigence</th>") && home.contains("<td>✗ "), "\(version)")
      #expect(try SiteChecks.foreignWords(home, site: "fr").isEmpty, "\(version)")
    }
    if built == 0, Hugo.required { Issue.record("BILAN_HUGO is not set") }
  }
}
