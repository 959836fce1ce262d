import Foundation

/// Where a site puts each project's page, decided once so that an exported essay links to the very page
/// `publish` writes: an imported page keeps its file name (the links its author wrote still work), any
/// other is named by the project's slug; two that would share one get `-2`, `-3`, in the order projects
/// were made.
public struct ProjectPages: Sendable, Equatable {
  /// The page's name in the projects folder, by project id.
  public var slugs: [Int64: String]
  /// The folder, when a site decides it (publish: the site's sections); nil for an essay on its own,
  /// which follows its own language.
  public var folder: String?
  /// Pages that could not take their own name: (project, the name given, the name wanted).
  public var renamed: [(what: String, slug: String, base: String)] = []

  /// `rows`: every project that gets a page, with the file name of its imported page if any.
  public init(_ rows: [(id: Int64, name: String, stem: String?)], folder: String? = nil) {
    self.folder = folder
    var used = Set<String>()
    var slugs: [Int64: String] = [:]
    for row in rows.sorted(by: { $0.id < $1.id }) {
      let base = row.stem ?? Slug.make(row.name)
      var slug = base
      var n = 2
      while used.contains(slug) {
        slug = "\(base)-\(n)"
        n += 1
      }
      if slug != base { renamed.append((row.name, slug, base)) }
      used.insert(slug)
      slugs[row.id] = slug
    }
    self.slugs = slugs
  }

  public static func == (a: ProjectPages, b: ProjectPages) -> Bool { a.slugs == b.slugs && a.folder == b.folder }

  /// The projects folder of a site in that language, as publish names it.
  public static func folder(_ language: Language) -> String { language.pick("projets", "projects") }

  /// The site URL of a project's page (`/projets/citi/`), for an essay in `language`.
  public func url(of project: Project, language: Language) -> String {
    "/\(folder ?? Self.folder(language))/\(slugs[project.id ?? 0] ?? Slug.make(project.name))/"
  }

  /// The slug of the project page an address leads to (`../../projets/citi`, `/projects/citi/`), or nil
  /// for an address elsewhere: another site, another section, a file.
  public static func slug(ofAddress address: String) -> String? {
    guard !address.contains("://") else { return nil }
    let path = address.prefix { $0 != "#" && $0 != "?" }
    let parts = path.split(separator: "/").filter { $0 != "." && $0 != ".." }
    guard parts.count >= 2, ["projets", "projects"].contains(parts[parts.count - 2].lowercased()) else { return nil }
    return parts.last!.lowercased()
  }
}
