import BilanTestSupport
import Foundation
import Testing

/// A full portfolio, as issue 19 asks a site to be good for: 12 skills (one imported with its level in
/// its text and no rating, one imported with none, essays rated again later), 8 projects (three imported,
/// two with a picture: a `cover` key, an image in the text), published with `--init` and built by a real
/// Hugo.
@Suite struct PortfolioSiteTests {
  static let env = SiteThemeTests.env

  /// The author's site: three project pages and two skill pages, written as people write them.
  static func authorSite(_ root: String) throws {
    let svg =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"160\" height=\"90\"><rect width=\"160\" height=\"90\" fill=\"#3a7\"/></svg>\n"
    let files: [String: String] = [
      "content/projets/alpha/index.md":
        "---\ntitle: \"Alpha\"\ndate: 2025-03-01\ncover: \"cover.svg\"\n---\nUn entrepôt de données pour l'équipe achats.\n",
      "content/projets/alpha/cover.svg": svg,
      "content/projets/beta.md":
        "---\ntitle: \"Beta\"\ndate: 2025-05-01\n---\n![Le banc de test](/images/beta.svg)\n\nUn banc de test automatisé.\n",
      "static/images/beta.svg": svg,
      "content/projets/gamma.md": "---\ntitle: \"Gamma\"\ndate: 2025-07-01\n---\nUne migration vers le cloud.\n",
      "content/competences/communication.md": """
      ---
      title: "Communication"
      date: 2025-06-10
      ---
      ## Ma définition

      Transmettre un message clair.

      ## Mes éléments de preuve

      ### Présenter Alpha

      **Situation :** en stage.

      **Projet :** [Alpha](../../projets/alpha/)

      ## Mon autocritique

      **Mon niveau :** 3/5 — Autonome

      ## Mon évolution

      **Objectif :** niveau 4/5 d'ici 2027-06

      """,
      "content/competences/anglais.md":
        "---\ntitle: \"Anglais\"\ndate: 2025-01-10\n---\n## Ma vision de l'anglais\n\nUne langue de travail.\n\n## Contexte d'utilisation\n\n- Réunions.\n\n## Regard critique\n\nDes limites.\n\n## Conclusion\n\nÀ suivre.\n",
    ]
    for (path, text) in files {
      let full = root + "/" + path
      try FileManager.default.createDirectory(
        atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      try text.write(toFile: full, atomically: true, encoding: .utf8)
    }
  }

  /// A long essay, so that its page gets a table of contents.
  static let longEssay: String = {
    let paragraph = Array(repeating: "Une phrase de plus sur la pratique, ses méthodes et ses limites.", count: 25)
      .joined(separator: " ")
    return [paragraph, ".", paragraph, ".", paragraph, ".", paragraph, ".", "Un essai long", "Stage", "3", ""]
      .joined(separator: "\n")
  }()

  static func journal(_ box: Sandbox) throws {
    let run = { (arguments: [String], input: String) in try SiteThemeTests.run(box, arguments, input) }
    // The essays were written in the spring; ratings came after.
    let spring = "2026-03-10T10:00:00+01:00"
    try authorSite(box.root + "/auteur")
    let imported = try box.run(["import", box.root + "/auteur/content"], env: env)
    #expect(imported.status == 0, "\(imported.stderr)")
    try SiteThemeTests.run(box, ["assess", "sql"], longEssay, now: spring)
    for skill in ["python", "rigour"] {
      try SiteThemeTests.run(box, ["assess", skill], SiteThemeTests.essay, now: spring)
    }
    // Rated again after their essays: the pages must show these levels, as the overview does.
    try run(["rate", "sql", "4", "--date", "2026-10-01", "--evidence", "#1"], "")
    try run(["rate", "python", "2", "--date", "2026-04-01", "--evidence", "les scripts du banc"], "")
    let rated = [
      ("teamwork", 3), ("project-management", 2), ("adaptability", 4), ("leadership", 2), ("data-analysis", 3),
      ("version-control", 4), ("software-testing", 3),
    ]
    for (index, (skill, level)) in rated.enumerated() {
      try run(["rate", skill, String(level - 1), "--date", "2026-0\(1 + index)-15"], "")
      try run(
        [
          "rate", skill, String(level), "--date", "2026-0\(2 + index)-20", "--evidence", "https://example.org/\(skill)",
        ], "")
    }
    try run(["target", "sql", "5", "--by", "2027-06"], "")
    try run(["target", "teamwork", "4", "--by", "2027"], "")
    for (name, description) in [
      ("Delta", "Un tableau de bord"), ("Epsilon", "Une appli mobile"), ("Zeta", "Un audit"), ("Eta", "Un atelier"),
      ("Theta", "Une refonte"),
    ] {
      try run(["project", "add", name, "--description", description], "")
    }
    try run(["project", "link", "delta", "sql", "python"], "")
    try run(["project", "link", "beta", "software-testing"], "")
    try run(["project", "link", "alpha", "sql", "data-analysis"], "")
  }

  @Test func a_twelve_skill_eight_project_portfolio_is_a_site_worth_showing() throws {
    let box = Sandbox()
    try Self.journal(box)
    // The imported page's declared level is stored as a rating, dated as the page.
    let skills = try box.run(["skills", "--format", "json"], env: Self.env)
    let list = try #require(try JSONSerialization.jsonObject(with: Data(skills.stdout.utf8)) as? [[String: Any]])
    let communication = try #require(list.first { $0["skill"] as? String == "Communication" })
    #expect(communication["level"] as? Int == 3 && communication["ratedAt"] as? String == "2025-06-10")
    #expect((communication["target"] as? [String: Any])?["by"] as? String == "2027-06")

    let dir = try SiteThemeTests.published(box)
    let overview = try SiteThemeTests.text(dir + "/content/_index.md")
    #expect(overview.contains("| [SQL](competences/sql/) | 4/5 | 5/5 d'ici 2027-06 |"), "\(overview)")
    #expect(overview.contains("| [Communication](competences/communication/) | 3/5 | 4/5 d'ici 2027-06 |"))
    #expect(overview.contains("| [Anglais](competences/anglais/) | – | – |"))
    // The radar: twelve labelled axes; the unrated skill reads "–" on a dashed axis, not a zero.
    let radar = try SiteThemeTests.text(dir + "/static/bilan/skills.svg")
    let labels = SiteChecks.svgTexts(radar).filter { $0.text.hasSuffix("/5") || $0.text.hasSuffix("–") }
    #expect(labels.count == 12, "\(labels.map(\.text))")
    #expect(labels.contains { $0.text == "Anglais –" })
    #expect(radar.components(separatedBy: "stroke-dasharray=\"4 5\"").count - 1 == 1)
    // Every label stays inside the picture (about 0.6 em a character, at 26 px).
    let width = try #require(SiteChecks.svgWidth(radar))
    for label in SiteChecks.svgTexts(radar) {
      let longest = Double(label.lines.map(\.count).max() ?? 0) * 26 * 0.6
      let left = label.anchor == "end" ? label.x - longest : label.anchor == "middle" ? label.x - longest / 2 : label.x
      #expect(left >= 0 && left + longest <= width, "\(label.text) runs out of the picture")
    }
    // The heat map: French months, the last one labelled inside the picture, a legend.
    let history = try SiteThemeTests.text(dir + "/static/bilan/skills-history.svg")
    let months = SiteChecks.svgTexts(history).filter { $0.anchor == "middle" }
    let last = try #require(months.first)
    #expect(last.text == "nov. 2026", "\(months.map(\.text))")
    #expect(last.x + Double(last.text.count) * 14 * 0.35 <= (SiteChecks.svgWidth(history) ?? 0))
    #expect(!history.contains("Jan") && !history.contains("Nov") && history.contains(">Niveau</text>"))

    try SiteThemeTests.eachBuild(dir) { public_ in
      try SiteThemeTests.checkEveryPage(public_)
      // A skill's page shows the level the overview shows (the later rating, not the essay's 3), its
      // target, its history and its evidence, above the essay; a long essay gets a table of contents.
      let sql = try SiteThemeTests.text(public_ + "/competences/sql/index.html")
      let card = try #require(SiteChecks.element(sql, "section", class: "skill-card"))
      let facts = try #require(SiteChecks.element(card, "dl", class: "facts"))
      #expect(facts.contains("<b>4/5</b>") && !facts.contains("3/5"), "\(facts)")
      #expect(card.contains("<dt>Objectif</dt><dd><b>5/5</b> d&#39;ici 2027-06</dd>"), "\(card)")
      #expect(card.contains("bilan/history/sql.svg") && card.contains("<h2>Preuves</h2>"))
      #expect(sql.contains("<nav class=\"toc\""), "no table of contents on a long essay")
      #expect(sql.contains("<nav class=\"crumbs\"") && sql.contains(">Compétences</a></li>"))
      #expect(sql.contains("<meta property=\"og:title\" content=\"SQL\">"))
      // Project cards: eight, the two pictures shown, the others an initial.
      let projects = try SiteThemeTests.text(public_ + "/projets/index.html")
      #expect(projects.components(separatedBy: "class=\"card card-project\"").count - 1 == 8)
      #expect(projects.contains("src=\"../projets/alpha/cover.svg\""), "\(projects)")
      #expect(projects.contains("src=\"../images/beta.svg\""))
      #expect(projects.contains("<span class=\"initials\">D</span>"))
      #expect(projects.contains("SQL <span class=\"count\">4/5</span>"), "no skill chip with its level")
      // The menu: the overview, the skills, the projects.
      let menu = try #require(SiteChecks.element(sql, "nav", class: "menu"))
      #expect(menu.ranges(of: "<li>").count == 3, "\(menu)")
      #expect(menu.contains(">Accueil</a>") && menu.contains(">Compétences</a>") && menu.contains(">Projets</a>"))
      // What themes give: tag pages, a feed, a search index, the whole portfolio on one page for a PDF.
      #expect(FileManager.default.fileExists(atPath: public_ + "/tags/stage/index.html"))
      #expect(try SiteThemeTests.text(public_ + "/index.xml").contains("<rss"))
      let index = try JSONSerialization.jsonObject(
        with: Data(contentsOf: URL(fileURLWithPath: public_ + "/index.json")))
      #expect((index as? [[String: Any]])?.count == 13)  // every skill's and project's page
      #expect(FileManager.default.fileExists(atPath: public_ + "/print.html"))
    }
  }
}
