import BilanTestSupport
import Foundation
import Testing

/// The site's language (its folders, its overview, its chrome) is `--sections`, else the journal's (an
/// imported site's folders, else what its essays are written in), else the existing site's
/// configuration, else the session's `--lang`: a journal that says nothing of a language takes the
/// session's once, and `--sections` wins over everything. Each
/// site is built by every Hugo the tests have and read in its language only.
@Suite struct SiteLanguageTests {
  static let other = ["en": "fr", "fr": "en"]

  /// `publish DIR --init --lang LANG`, the environment saying the other language (so only `--lang`
  /// decides): the site's folder.
  static func published(_ box: Sandbox, _ language: String, _ extra: [String] = []) throws -> String {
    let dir = box.root + "/site"
    let env = SiteThemeTests.env.merging(["BILAN_LANG": other[language]!]) { $1 }
    let result = try box.run(["publish", dir, "--init", "--lang", language] + extra, env: env)
    #expect(result.status == 0, "\(result.stderr)")
    return dir
  }

  @Test(arguments: ["en", "fr"])
  func an_empty_journal_is_published_in_the_sessions_language(_ language: String) throws {
    let box = Sandbox()
    try box.startJournal(env: SiteThemeTests.env.merging(["BILAN_LANG": Self.other[language]!]) { $1 })
    let dir = try Self.published(box, language)
    let english = language == "en"
    #expect(try SiteThemeTests.text(dir + "/hugo.toml").contains("defaultContentLanguage = \"\(language)\""))
    let overview = try SiteThemeTests.text(dir + "/content/_index.md")
    #expect(
      overview.contains(english ? "title: \"Skills portfolio\"" : "title: \"Portfolio de compétences\"")
        && overview.contains(english ? "No skill here yet" : "Pas encore de compétence ici"), "\(overview)")
    try SiteThemeTests.eachBuild(dir) { public_ in
      try SiteThemeTests.checkEveryPage(public_, language: language)
      let home = try SiteThemeTests.text(public_ + "/index.html")
      #expect(home.contains(english ? ">Skills portfolio</a>" : ">Portfolio de compétences</a>"), "\(home)")
      #expect(home.contains(english ? "aria-current=\"page\">Home</a>" : "aria-current=\"page\">Accueil</a>"))
    }
  }

  /// A project and a rating are no essay: the journal names no language, and its folders are the session's.
  @Test(arguments: ["en", "fr"])
  func a_journal_with_no_essay_takes_its_folders_from_the_sessions_language(_ language: String) throws {
    let box = Sandbox()
    let env = SiteThemeTests.env.merging(["BILAN_LANG": Self.other[language]!]) { $1 }
    for arguments in [["project", "add", "Delta", "--description", "A dashboard"], ["rate", "sql", "3"]] {
      let result = try box.run(arguments, env: env)
      #expect(result.status == 0, "\(arguments): \(result.stderr)")
    }
    let dir = try Self.published(box, language)
    let english = language == "en"
    let projects = english ? "projects" : "projets"
    #expect(FileManager.default.fileExists(atPath: dir + "/content/\(projects)/delta.md"))
    #expect(!FileManager.default.fileExists(atPath: dir + "/content/\(english ? "projets" : "projects")"))
    // Published again from a session in the other language: the site's configuration names its
    // language, and nothing changes.
    let other = Self.other[language]!
    let again = try box.run(["publish", dir, "--lang", other], env: env)
    #expect(again.status == 0, "\(again.stderr)")
    #expect(again.stdout.hasPrefix(other == "en" ? "Nothing changed" : "Rien n'a changé"), "\(again.stdout)")
    #expect(!FileManager.default.fileExists(atPath: dir + "/content/\(english ? "projets" : "projects")"))
    try SiteThemeTests.eachBuild(dir) { public_ in
      try SiteThemeTests.checkEveryPage(public_, language: language)
      let home = try SiteThemeTests.text(public_ + "/index.html")
      #expect(home.contains(english ? ">Projects</a>" : ">Projets</a>"), "\(home)")
    }
  }

  @Test func sections_en_gives_a_french_journal_english_folders_and_chrome() throws {
    let box = Sandbox()
    for skill in ["sql", "python"] { try SiteThemeTests.run(box, ["assess", skill], SiteThemeTests.essay) }
    // The French essays make a French site, whatever the session says…
    let french = try Self.published(box, "en")
    #expect(try SiteThemeTests.text(french + "/hugo.toml").contains("defaultContentLanguage = \"fr\""))
    #expect(FileManager.default.fileExists(atPath: french + "/content/competences/sql.md"))
    try FileManager.default.removeItem(atPath: french)
    // …and --sections en an English one.
    let dir = try Self.published(box, "fr", ["--sections", "en"])
    #expect(try SiteThemeTests.text(dir + "/hugo.toml").contains("defaultContentLanguage = \"en\""))
    #expect(FileManager.default.fileExists(atPath: dir + "/content/skills/sql.md"))
    #expect(!FileManager.default.fileExists(atPath: dir + "/content/competences"))
    try SiteThemeTests.eachBuild(dir) { public_ in
      try SiteThemeTests.checkEveryPage(public_, language: "en")
      let home = try SiteThemeTests.text(public_ + "/index.html")
      #expect(home.contains(">Skills portfolio</a>") && home.contains(">Skills</a>"), "\(home)")
      let card = try #require(
        SiteChecks.element(try SiteThemeTests.text(public_ + "/skills/sql/index.html"), "section", class: "skill-card"))
      #expect(card.contains("<dt>Level</dt>") && card.contains("<b>3/5</b>"), "\(card)")
    }
  }
}
