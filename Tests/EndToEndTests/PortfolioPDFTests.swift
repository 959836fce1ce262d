import BilanTestSupport
import Foundation
import Testing

/// `publish DIR --pdf FILE`: the whole portfolio printed to one PDF by headless Chromium, or a message
/// in the session's language, exit 1 and no file when it cannot be.
@Suite struct PortfolioPDFTests {
  static let env = SiteThemeTests.env

  @Test func without_hugo_or_chromium_nothing_is_written_and_the_message_says_what_to_install() throws {
    let box = Sandbox()
    try SiteThemeTests.run(box, ["assess", "sql"], SiteThemeTests.essay)
    let dir = box.root + "/site"
    let pdf = box.root + "/portfolio.pdf"
    let noHugo = try box.run(
      ["publish", dir, "--init", "--pdf", pdf], env: Self.env.merging(["PATH": "/nowhere"]) { $1 })
    #expect(noHugo.status == 1)
    #expect(noHugo.stderr.contains("--pdf a besoin de hugo, qui n'est pas installé"), "\(noHugo.stderr)")
    #expect(noHugo.stderr.contains("apt-get install hugo"))
    let noChromium = try box.run(
      ["publish", dir, "--init", "--pdf", pdf, "--lang", "en"],
      env: Self.env.merging(["PATH": "/nowhere", "BILAN_HUGO": "/bin/true"]) { $1 })
    #expect(noChromium.status == 1)
    #expect(noChromium.stderr.contains("--pdf needs chromium, which is not installed"), "\(noChromium.stderr)")
    // Checked before anything else: no site, no PDF.
    #expect(!FileManager.default.fileExists(atPath: dir) && !FileManager.default.fileExists(atPath: pdf))
    let noFolder = try box.run(
      ["publish", dir, "--pdf", box.root + "/absent/portfolio.pdf"],
      env: Self.env.merging(["BILAN_HUGO": "/bin/true", "BILAN_CHROMIUM": "/bin/true"]) { $1 })
    #expect(noFolder.status == 1 && noFolder.stderr.contains("le dossier \(box.root)/absent n'existe pas"))
  }

  @Test func a_site_without_a_print_page_or_a_failed_print_leaves_no_file() throws {
    guard let hugo = Hugo.binary else {
      if Hugo.required { Issue.record("BILAN_HUGO is not set") }
      return
    }
    let box = Sandbox()
    try SiteThemeTests.run(box, ["assess", "sql"], SiteThemeTests.essay)
    let dir = box.root + "/site"
    let pdf = box.root + "/portfolio.pdf"
    // Chromium fails (here, a program that exits 1): no PDF, and what was there stays.
    try "old".write(toFile: pdf, atomically: true, encoding: .utf8)
    let failed = try box.run(
      ["publish", dir, "--init", "--pdf", pdf],
      env: Self.env.merging(["BILAN_HUGO": hugo, "BILAN_CHROMIUM": "/bin/false"]) { $1 })
    #expect(failed.status == 1)
    #expect(failed.stderr.contains("Chromium n'a pas pu imprimer le portfolio (exit 1)"), "\(failed.stderr)")
    #expect(try String(contentsOfFile: pdf, encoding: .utf8) == "old")
    // A site of the user's own whose configuration has no print page.
    try "baseURL = \"/\"\n".write(toFile: dir + "/hugo.toml", atomically: true, encoding: .utf8)
    try FileManager.default.removeItem(atPath: pdf)
    let unprintable = try box.run(
      ["publish", dir, "--pdf", pdf], env: Self.env.merging(["BILAN_HUGO": hugo, "BILAN_CHROMIUM": "/bin/true"]) { $1 })
    #expect(unprintable.status == 1)
    #expect(unprintable.stderr.contains("n'a pas de page d'impression"), "\(unprintable.stderr)")
    #expect(!FileManager.default.fileExists(atPath: pdf))
    // Hugo's build never goes into the site's own public/.
    #expect(!FileManager.default.fileExists(atPath: dir + "/public"))
  }

  @Test(
    .enabled(
      if: Chromium.binary != nil || Chromium.required,
      "Chromium is not installed (apt-get install chromium; scripts/test does it): publish --pdf is not tried"))
  func the_whole_portfolio_prints_to_one_pdf() throws {
    guard let hugo = Hugo.binary, let chromium = Chromium.binary else {
      if Hugo.required || Chromium.required { Issue.record("BILAN_HUGO or Chromium is missing") }
      return
    }
    let box = Sandbox()
    try PortfolioSiteTests.journal(box)
    let pdf = box.root + "/portfolio.pdf"
    let result = try box.run(
      ["publish", box.root + "/site", "--init", "--pdf", pdf],
      env: Self.env.merging(["BILAN_HUGO": hugo, "BILAN_CHROMIUM": chromium]) { $1 })
    #expect(result.status == 0, "\(result.stderr)")
    let data = try Data(contentsOf: URL(fileURLWithPath: pdf))
    #expect(data.starts(with: Data("%PDF".utf8)))
    // The overview, then each of the 5 skills' and 8 projects' pages from a new sheet.
    let pages = try #require(result.stdout.firstMatch(of: /\((\d+) pages\)/).flatMap { Int($0.1) }, "\(result.stdout)")
    #expect(pages >= 14, "\(result.stdout)")
    #expect(result.stdout.contains("Le portfolio en un seul PDF : \(pdf) ("))
    // Kept beside the screenshots, for a person to look at.
    try? FileManager.default.createDirectory(atPath: Chromium.screenshots, withIntermediateDirectories: true)
    try? FileManager.default.removeItem(atPath: Chromium.screenshots + "/portfolio.pdf")
    try FileManager.default.copyItem(atPath: pdf, toPath: Chromium.screenshots + "/portfolio.pdf")
  }
}
