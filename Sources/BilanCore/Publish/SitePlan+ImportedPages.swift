import Foundation

/// The imported pages that are neither a skill's page nor a project's: a site's free pages
/// (`references.md`, a section's `_index.md`), and the pages of a skill that has another. Each goes
/// back to its place in the site, or is named with the reason it stays out: never left out silently.
extension SitePlan {
  struct OtherPage {
    var entryID: Int64
    /// Where it is written (`content/references.md`) and the URL Hugo serves it at (`/references/`).
    var path: String
    var url: String
    var original: String
  }

  mutating func otherImportedPages(placed: Set<Int64>, skillPages: [(skill: Int64, entry: Int64)]) throws -> [OtherPage]
  {
    let pages = try journal.importedPages()
    let roots = SitePlace.roots(of: pages.map(\.path))
    let pageOfSkill = Dictionary(skillPages, uniquingKeysWith: { first, _ in first })
    let importedIDs = Set(pages.map(\.entryID))
    var others: [OtherPage] = []
    for page in pages where !placed.contains(page.entryID) {
      let source = try journal.source(of: page.entryID)
      if !drafts, source.map(SitePlan.isDraft) == true {
        warnings.append(.leftOut(path: page.path, reason: .draft))
        continue
      }
      // A page of a skill whose essay is newer and bilan's own: that essay is the skill's page now.
      if page.kind == .assessment, let skill = page.skillID, let newest = pageOfSkill[skill],
        !importedIDs.contains(newest)
      {
        warnings.append(.leftOut(path: page.path, reason: .replaced(by: newest)))
        continue
      }
      guard let relative = SitePlace.contentPath(of: page.path, roots: roots) else {
        warnings.append(.leftOut(path: page.path, reason: .notInASite))
        continue
      }
      others.append(
        OtherPage(
          entryID: page.entryID, path: "content/" + relative, url: SitePlan.url(ofContentPath: relative),
          original: page.path))
    }
    return others
  }

  /// `references.md` → `/references/`, `projets/_index.md` → `/projets/`, `a/index.md` → `/a/`.
  static func url(ofContentPath relative: String) -> String {
    var parts = relative.split(separator: "/").map(String.init)
    if let last = parts.popLast() {
      let stem = (last as NSString).deletingPathExtension
      if stem != "index" && stem != "_index" { parts.append(stem) }
    }
    return "/" + parts.map { $0 + "/" }.joined()
  }

  /// Writes the other pages where nothing of bilan's stands.
  mutating func add(_ others: [OtherPage], urls: Set<String>) throws {
    for page in others {
      guard files[page.path] == nil else {
        warnings.append(.leftOut(path: page.original, reason: .placeTaken(page.path)))
        continue
      }
      guard let entry = try journal.entry(page.entryID) else { continue }
      let loaded = try EssayLoader.essay(entry, journal, prompts)
      add(
        page.path, markdown(loaded), page: page.url, urls: urls, lineEnding: loaded.imported?.source.lineEnding)
      importedPaths[page.path] = page.original
      try addAssets(of: page.entryID, page: page.url)
    }
  }
}
