import Foundation
import GRDB

/// A page imported from a Markdown file, as `publish` needs to place it back.
public struct ImportedPage: Sendable, Equatable {
  public var entryID: Int64
  public var path: String
  public var kind: Entry.Kind
  public var skillID: Int64?
  public var title: String
}

extension Journal {
  /// The language the journal's site is in: an imported site's (`skills/`, `projects/` are English,
  /// `competences/`, `projets/` French), else the one most of its finished essays and project pages are
  /// written in; nil for a journal with neither.
  public func siteLanguage() throws -> Language? {
    try read { db in
      let imported = try Row.fetchOne(
        db,
        sql: """
          SELECT EXISTS (SELECT 1 FROM source WHERE kind = 'markdown'
                         AND (path LIKE '%/skills/%' OR path LIKE '%/projects/%')),
                 EXISTS (SELECT 1 FROM source WHERE kind = 'markdown'
                         AND (path LIKE '%/competences/%' OR path LIKE '%/projets/%'))
          """)
      if let imported, imported[0] as Bool { return .en }
      if let imported, imported[1] as Bool { return .fr }
      let counts = try Row.fetchAll(
        db,
        sql: """
          SELECT lang, COUNT(*) FROM entry WHERE status = 'done' AND deletedAt IS NULL
          AND kind IN ('assessment', 'project') GROUP BY lang ORDER BY COUNT(*) DESC, lang DESC
          """)
      return counts.first.flatMap { Language(rawValue: $0[0] as String) }
    }
  }

  /// Every page imported from a Markdown file that is not in the trash, oldest first.
  public func importedPages() throws -> [ImportedPage] {
    try read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT e.id, s.path, e.kind, e.skillId, e.title FROM source s JOIN entry e ON e.id = s.entryId
          WHERE s.kind = 'markdown' AND s.path IS NOT NULL AND e.deletedAt IS NULL ORDER BY e.id
          """
      ).map { row in
        let kind: String = row[2]
        return ImportedPage(
          entryID: row[0], path: row[1], kind: Entry.Kind(rawValue: kind) ?? .journal, skillID: row[3], title: row[4])
      }
    }
  }
}

/// Where an imported page stands in its site, as its path tells.
public enum SitePlace {
  /// Folders that hold a site's skill and project pages, in French and English.
  static let sectionFolders = ["competences", "compétences", "skills", "projets", "projects"]

  /// The page's path inside its site's `content/` folder (`references.md`, `projets/_index.md`), when
  /// the path shows the site: a `content/` folder, or a skills or projects folder among `siblings`'
  /// paths (the other pages imported) whose parent is the page's root.
  public static func contentPath(of path: String, roots: Set<String>) -> String? {
    if let range = path.range(of: "/content/", options: .backwards) { return String(path[range.upperBound...]) }
    let root = roots.filter { path.hasPrefix($0 + "/") }.max { $0.count < $1.count }
    return root.map { String(path.dropFirst($0.count + 1)) }
  }

  /// The roots of the sites the paths come from that have no `content/` folder: the folder above each
  /// skills or projects folder.
  public static func roots(of paths: [String]) -> Set<String> {
    var roots = Set<String>()
    for path in paths where !path.contains("/content/") {
      let parts = path.split(separator: "/", omittingEmptySubsequences: false)
      if let index = parts.dropLast().lastIndex(where: { sectionFolders.contains($0.lowercased()) }) {
        roots.insert(parts[..<index].joined(separator: "/"))
      }
    }
    return roots
  }
}

/// What an imported page is to its site, as the folders it was found in say.
public enum PageRole: Sendable, Equatable {
  case skill, project, free

  /// `root` is the folder named on the command line: only the folders from it down count (a `Skills`
  /// folder above a notes vault says nothing of the notes). A file named alone is judged by its parent
  /// and grandparent (`projets/citi/index.md`). A section's list page (`_index.md`) is a free page.
  public static func of(_ path: String, importedFrom root: String?) -> PageRole {
    let name = (path as NSString).lastPathComponent.lowercased()
    if name.hasPrefix("_index.") { return .free }
    var folders = path.split(separator: "/").dropLast().map(String.init)
    if let root, path.hasPrefix(root + "/") {
      let inside = path.dropFirst(root.count + 1).split(separator: "/").dropLast().map(String.init)
      folders = [(root as NSString).lastPathComponent] + inside
    } else {
      folders = Array(folders.suffix(2))
    }
    let keys = Set(folders.map(HeadingText.looseKey))
    if !keys.isDisjoint(with: ["projet", "project"]) { return .project }
    if !keys.isDisjoint(with: ["competence", "skill"]) { return .skill }
    return .free
  }
}
