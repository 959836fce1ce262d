import BilanTestSupport
import Foundation
import Testing

/// The built portfolio in a real headless Chromium (Debian's `chromium`), opened from disk as a user
/// double-clicks `public/index.html`: the overview, a skill's page and a project's page at 1280 and 390
/// px, light and dark, and words typed in its search box there. Everything is read from the rendered
/// page (`Tests/Browser/inspect.py`), not from the HTML source. The screenshots stay in
/// `.build/site-screenshots/` for a person to look at.
@Suite(
  .enabled(
    if: Chromium.binary != nil || Chromium.required,
    "Chromium is not installed (apt-get install chromium; scripts/test does it): the browser checks are skipped"))
struct BrowserTests {
  static let pages = ["index.html", "competences/sql/index.html", "projets/alpha/index.html"]

  /// The site's other language's theme words that `text` shows, as whole words.
  static func foreign(_ text: String, site language: String) throws -> [String] {
    let own = try SiteChecks.words(language)
    return try SiteChecks.words(language == "fr" ? "en" : "fr").compactMap { key, word in
      guard word != own[key], word.count > 2 else { return nil }
      let pattern = "(^|[^\\p{L}])" + NSRegularExpression.escapedPattern(for: word) + "($|[^\\p{L}])"
      return text.range(of: pattern, options: .regularExpression) != nil ? word : nil
    }.sorted()
  }

  /// Publishes, builds with the first Hugo and opens the pages: the browser's report, or nil without Hugo.
  static func inspected(
    _ box: Sandbox, pages: [String], name: String, search: String = "sql", extra: [String] = []
  ) throws -> [String: Any]? {
    let dir = try SiteThemeTests.published(box, extra)
    guard let hugo = Hugo.binary else {
      if Hugo.required { Issue.record("BILAN_HUGO is not set") }
      return nil
    }
    let (status, log) = try Hugo.build(dir, with: hugo)
    try #require(status == 0, "\(log)")
    return try Chromium.inspect(dir + "/public", pages: pages, name: name, search: search)
  }

  /// Each menu link of the first page, followed from disk, leads to a page of the site (not a folder's
  /// listing): `count` of them.
  static func checkVisits(_ report: [String: Any], count: Int) throws {
    let visits = try #require(report["visits"] as? [[String: Any]])
    #expect(visits.count == count, "\(visits)")
    for visit in visits {
      let reached = visit["reached"] as? [String: Any]
      #expect(
        reached?["menu"] as? Bool == true && reached?["h1"] as? String != nil
          && (reached?["url"] as? String)?.hasSuffix("index.html") == true, "\(visit)")
    }
  }

  /// The diagrams the site has (`bilan/*.svg`), each label inside its picture: the report's diagrams.
  static func checkDiagrams(_ report: [String: Any]) throws -> [[String: Any]] {
    let diagrams = try #require(report["diagrams"] as? [[String: Any]])
    for diagram in diagrams {
      let (width, height) = (diagram["width"] as? Double ?? 0, diagram["height"] as? Double ?? 0)
      for label in diagram["labels"] as? [[String: Any]] ?? [] {
        let (x, y) = (label["x"] as? Double ?? -1, label["y"] as? Double ?? -1)
        let (w, h) = (label["width"] as? Double ?? 0, label["height"] as? Double ?? 0)
        #expect(
          x >= -0.5 && y >= -0.5 && x + w <= width + 0.5 && y + h <= height + 0.5, "\(diagram["file"] ?? ""): \(label)")
      }
    }
    return diagrams
  }

  /// The search of the first page opened from disk (file://, where a page may not fetch a file), words
  /// typed into its box: the first result, `titled`, links to the page at `path` (nil: nothing matches),
  /// and a word that matches nothing gets `none`, the site's "no result" sentence.
  static func checkSearch(_ report: [String: Any], finds path: String?, titled: String = "", none: String) throws {
    let disk = try #require(report["diskSearch"] as? [String: [String: Any]])
    let found = disk["found"]?["items"] as? [[String: Any]] ?? []
    #expect(disk["found"]?["where"] as? String == "file:")
    if let path {
      #expect(found.first?["text"] as? String == titled, "\(found)")
      #expect((found.first?["href"] as? String)?.hasSuffix("/\(path)index.html") == true, "\(found)")
      #expect((found.first?["href"] as? String)?.hasPrefix("file://") == true, "\(found)")
    } else {
      #expect(found.map { $0["text"] as? String } == [none], "\(found)")
    }
    let nonsense = disk["nonsense"]?["items"] as? [[String: Any]] ?? []
    #expect(nonsense.map { $0["text"] as? String } == [none] && nonsense.first?["href"] is NSNull, "\(nonsense)")
  }

  /// What every rendered page must be, whatever its width and scheme: in `language`, no broken image,
  /// nothing wider than the window, a menu of at least `menu` links inside it, contrast, focus, no
  /// empty box, the dark scheme's background.
  static func checkRendered(_ facts: [[String: Any]], language: String, menu least: Int = 3) throws {
    for page in facts {
      let place = "\(page["page"] ?? "") at \(page["widthAsked"] ?? "") px, \(page["scheme"] ?? "")"
      #expect(page["lang"] as? String == language, "\(place)")
      #expect((page["broken"] as? [String])?.isEmpty == true, "\(place): broken images \(page["broken"] ?? "")")
      #expect(
        (page["scrollWidth"] as? Int ?? .max) <= (page["width"] as? Int ?? 0),
        "\(place): wider than the window, by \(page["wide"] ?? "")")
      let menu = page["menu"] as? [[String: Any]] ?? []
      #expect((page["hollow"] as? [String])?.isEmpty == true, "\(place): empty boxes \(page["hollow"] ?? "")")
      #expect(menu.count >= least && menu.allSatisfy { $0["inside"] as? Bool == true }, "\(place): menu \(menu)")
      for item in page["contrast"] as? [[String: Any]] ?? [] {
        #expect((item["ratio"] as? Double ?? 0) >= 4.5, "\(place): \(item) is below WCAG AA")
      }
      let focus = page["focus"] as? [String: Any]
      #expect(
        focus?["visible"] as? Bool == true && focus?["outline"] as? String != "none"
          && (focus?["width"] as? Double ?? 0) >= 2, "\(place): focus \(focus ?? [:])")
      let foreign = try foreign(page["words"] as? String ?? "", site: language)
      #expect(foreign.isEmpty, "\(place): \(foreign)")
    }
    // The dark scheme changes the background, on every page and width.
    for light in facts where light["scheme"] as? String == "light" {
      let dark = facts.first {
        $0["scheme"] as? String == "dark" && $0["page"] as? String == light["page"] as? String
          && $0["widthAsked"] as? Int == light["widthAsked"] as? Int
      }
      #expect(light["background"] as? String == "rgb(251, 250, 247)", "the stylesheet is not applied: \(light)")
      #expect(dark?["background"] as? String == "rgb(18, 22, 27)", "\(dark ?? [:])")
    }
  }

  @Test func the_portfolio_opened_from_disk_is_styled_readable_and_french_at_every_width() throws {
    let box = Sandbox()
    try PortfolioSiteTests.journal(box)
    guard let report = try Self.inspected(box, pages: Self.pages, name: "portfolio", search: "entrepôt") else {
      return
    }
    let facts = try #require(report["pages"] as? [[String: Any]])
    #expect(facts.count == Self.pages.count * 4)
    try Self.checkRendered(facts, language: "fr")
    // The project's picture and the diagrams are shown, not broken.
    for page in facts where page["page"] as? String != "competences/sql/index.html" {
      #expect((page["images"] as? Int ?? 0) >= 1, "\(page["page"] ?? "")")
    }
    // The skill's card shows the overview's level, in French.
    let card = try #require(facts.first { $0["page"] as? String == Self.pages[1] }?["skillCard"] as? String)
    #expect(card.contains("Niveau") && card.contains("4/5") && card.contains("Objectif"), "\(card)")
    // Each menu link, followed from disk, leads to a page of the site (not a folder's listing).
    try Self.checkVisits(report, count: 3)
    // Every label of every diagram is inside its picture: the radar's, the bars', the heat map's last month.
    let diagrams = try Self.checkDiagrams(report)
    #expect(
      Set(diagrams.compactMap { $0["file"] as? String }).isSuperset(of: [
        "skills.svg", "skills-bars.svg", "skills-history.svg",
      ]))
    let radar = diagrams.first { $0["file"] as? String == "skills.svg" }?["labels"] as? [[String: Any]] ?? []
    #expect(radar.contains { ($0["text"] as? String) == "SQL4/5" }, "\(radar.map { $0["text"] ?? "" })")
    let history = diagrams.first { $0["file"] as? String == "skills-history.svg" }?["labels"] as? [[String: Any]] ?? []
    #expect(history.contains { $0["text"] as? String == "nov. 2026" })
    // Printed, the overview leaves the site's chrome out.
    #expect((report["print"] as? [String: Any])?["header"] as? String == "none")
    // A word of a project's text, typed in the search box: found from disk as when served.
    try Self.checkSearch(report, finds: "projets/alpha/", titled: "Alpha\nProjets", none: "Aucun résultat.")
    let found = try #require(report["search"] as? [[String: Any]])
    #expect(found.first?["text"] as? String == "Alpha\nProjets", "\(found)")
    #expect((found.first?["href"] as? String)?.hasSuffix("/projets/alpha/") == true)
    // The screenshots are there for a person to look at.
    let shots = try FileManager.default.contentsOfDirectory(atPath: Chromium.screenshots + "/portfolio")
    #expect(shots.filter { $0.hasSuffix(".png") }.count >= 12)
  }

  @Test func an_english_site_shows_english_only() throws {
    let box = Sandbox()
    for skill in ["sql", "python", "rigour"] { try SiteThemeTests.run(box, ["assess", skill], SiteThemeTests.essay) }
    try SiteThemeTests.run(box, ["project", "add", "Delta", "--description", "A dashboard"])
    try SiteThemeTests.run(box, ["project", "link", "delta", "sql"])
    guard
      let report = try Self.inspected(
        box, pages: ["index.html", "skills/sql/index.html"], name: "english", extra: ["--sections", "en"])
    else { return }
    let facts = try #require(report["pages"] as? [[String: Any]])
    try Self.checkRendered(facts, language: "en")
    let card = try #require(facts.first { $0["page"] as? String == "skills/sql/index.html" }?["skillCard"] as? String)
    #expect(card.contains("Level") && card.contains("3/5"), "\(card)")
    try Self.checkSearch(report, finds: "skills/sql/", titled: "SQL\nSkills", none: "No results.")
  }
}
