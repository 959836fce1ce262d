import BilanTestSupport
import Foundation
import Testing

/// Issue 19's small journals in the real headless Chromium `BrowserTests` uses: an empty journal, one
/// skill and two skills, each published with `--init`, built by Hugo and opened from disk at 1280 and 390
/// px, light and dark, with the same checks as the full portfolio (menu links that lead to pages, no
/// broken image, nothing wider than the window, no empty box, French only, the dark scheme's background)
/// and what a small site must be besides: a sentence rather than an empty overview, bars rather than a
/// radar below three skills, a search that works from disk. Screenshots in `.build/site-screenshots/`.
@Suite(
  .enabled(
    if: Chromium.binary != nil || Chromium.required,
    "Chromium is not installed (apt-get install chromium; scripts/test does it): the browser checks are skipped"))
struct SmallSiteBrowserTests {
  /// The screenshots of `name` a person can look at: one per page, width and scheme.
  static func screenshots(_ name: String) throws -> Int {
    try FileManager.default.contentsOfDirectory(atPath: Chromium.screenshots + "/" + name)
      .filter { $0.hasSuffix(".png") }.count
  }

  @Test func an_empty_journal_opened_from_disk_says_what_to_do_in_french_with_no_empty_box() throws {
    let box = Sandbox()
    try box.startJournal(env: SiteThemeTests.env)
    let pages = ["index.html", "tags/index.html"]
    guard let report = try BrowserTests.inspected(box, pages: pages, name: "empty") else { return }
    let facts = try #require(report["pages"] as? [[String: Any]])
    #expect(facts.count == pages.count * 4)
    try BrowserTests.checkRendered(facts, language: "fr", menu: 1)
    try BrowserTests.checkVisits(report, count: 1)
    for page in facts where page["page"] as? String == "index.html" {
      let main = page["main"] as? String ?? ""
      #expect(main.contains("Pas encore de compétence ici"), "\(main)")
      #expect(page["images"] as? Int == 0)
    }
    for page in facts where page["page"] as? String == "tags/index.html" {
      #expect((page["main"] as? String ?? "").contains("Pas encore d'étiquette."), "\(page["main"] ?? "")")
    }
    // No diagram at all: nothing to draw.
    #expect(try BrowserTests.checkDiagrams(report).isEmpty)
    try BrowserTests.checkSearch(report, finds: nil, none: "Aucun résultat.")
    #expect(try Self.screenshots("empty") >= pages.count * 4)
  }

  @Test(arguments: [1, 2])
  func one_or_two_skills_opened_from_disk_show_bars_and_no_radar(_ count: Int) throws {
    let box = Sandbox()
    let skills = ["sql", "python"].prefix(count)
    for skill in skills { try SiteThemeTests.run(box, ["assess", skill], SiteThemeTests.essay) }
    let pages = ["index.html", "competences/sql/index.html", "competences/index.html"]
    let name = count == 1 ? "one-skill" : "two-skills"
    guard let report = try BrowserTests.inspected(box, pages: pages, name: name) else { return }
    let facts = try #require(report["pages"] as? [[String: Any]])
    #expect(facts.count == pages.count * 4)
    try BrowserTests.checkRendered(facts, language: "fr", menu: 2)
    try BrowserTests.checkVisits(report, count: 2)
    // Bars, each skill labelled with its level, and no radar: one or two axes draw a point or a line.
    let diagrams = try BrowserTests.checkDiagrams(report)
    #expect(diagrams.compactMap { $0["file"] as? String } == ["skills-bars.svg"], "\(diagrams)")
    let labels = (diagrams.first?["labels"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
    #expect(labels.filter { $0 == "3/5" }.count == count && labels.contains("SQL"), "\(labels)")
    #expect(count == 1 || labels.contains("Python"), "\(labels)")
    for page in facts where page["page"] as? String == "index.html" {
      #expect(page["images"] as? Int == 1, "the bars only")
    }
    // The skill's page shows its level; one rating of today draws no history (a dot under one month twice).
    for page in facts where page["page"] as? String == "competences/sql/index.html" {
      let card = page["skillCard"] as? String ?? ""
      #expect(card.contains("Niveau") && card.contains("3/5") && !card.contains("Évolution du niveau"), "\(card)")
      #expect(page["images"] as? Int == 0)
    }
    try BrowserTests.checkSearch(report, finds: "competences/sql/", titled: "SQL\nCompétences", none: "Aucun résultat.")
    #expect(try Self.screenshots(name) >= pages.count * 4)
  }
}
