import Foundation

/// What `publish` tells about a site it planned (the commands word it: `PublishMessage`).
public enum SiteWarning: Sendable, Equatable {
  /// Two pages wanted one slug: `what` is written as `slug`.
  case renamed(what: String, slug: String, base: String)
  /// An imported page's tag holds `/`, which Hugo turns into nested folders.
  case nestedTag(page: String, tag: String)
  /// A tag with no letter or digit (`🙂`): Hugo would give it the tags list's own address. Left out of
  /// bilan's essays; named on an imported page.
  case tagWithoutAddress(page: String, tag: String)
  /// A link the author wrote into the site leads to no page.
  case missingPage(path: String, link: String)
  /// An imported page that is not published, and why.
  case leftOut(path: String, reason: LeftOut)

  public enum LeftOut: Sendable, Equatable {
    case draft
    case replaced(by: Int64)
    case notInASite
    case placeTaken(String)
  }
}

/// The pages and diagrams of a site, built in memory before anything is written: skill and project
/// pages linked both ways, every other imported page back in its place, the overview and its diagrams.
public struct SitePlan {
  let journal: Journal
  let prompts: PromptLibrary
  let sections: Language
  let drafts: Bool
  let toml: Bool
  let cadence: Cadence
  let zone: TimeZone
  let now: Date
  /// The framework and stage aimed at (`framework use`): the radar draws its expected levels, the
  /// evidence map adds its requirements.
  public var expectation: Expectation?
  public internal(set) var files: [String: Data] = [:]
  public internal(set) var warnings: [SiteWarning] = []
  /// Pages written back to the very file they were imported from: bilan may take those over.
  var importedPaths: [String: String] = [:]
  /// Generated links that point to no page: (file, target).
  public internal(set) var broken: [(String, String)] = []
  /// What the theme shows of each skill's and project's page (`SitePlan+Data`), gathered as they are made.
  var skillFacts: [SkillFacts] = []
  var projectFacts: [ProjectFacts] = []

  public init(
    journal: Journal, prompts: PromptLibrary, sections: Language, drafts: Bool, toml: Bool, cadence: Cadence,
    zone: TimeZone, now: Date
  ) {
    self.journal = journal
    self.prompts = prompts
    self.sections = sections
    self.drafts = drafts
    self.toml = toml
    self.cadence = cadence
    self.zone = zone
    self.now = now
  }

  var skillFolder: String { sections.pick("competences", "skills") }

  /// The generated words follow the site's sections: a French site reads French throughout.
  var lang: Language { sections }

  /// Paths whose current file is the one imported, unchanged since: adopted rather than refused.
  public func adoptable(root: String) -> Set<String> {
    Set(
      importedPaths.compactMap { path, source in
        guard source == root + "/" + path, let data = FileManager.default.contents(atPath: source) else { return nil }
        return (try? journal.source(path: source)).flatMap { $0 }.map { ContentHash.of(data) == $0.hash } == true
          ? path : nil
      })
  }

  /// Where an imported page goes: its own place when it came from under a `content/` folder (a page
  /// bundle stays a bundle), else `<section>/<slug>.md`.
  func place(_ source: Source?, section: String, slug: String) -> String {
    if let path = source?.path, let range = path.range(of: "/content/\(section)/") {
      return "content/\(section)/" + path[range.upperBound...]
    }
    return "content/\(section)/\(slug).md"
  }

  /// Where a skill's page goes: an imported page keeps its place wherever it stood under `content/`
  /// (a post recognised as a skill essay is not written twice); else the skills section.
  func skillPlace(_ source: Source?, slug: String) -> (path: String, url: String) {
    if let path = source?.path, let range = path.range(of: "/content/", options: .backwards) {
      let relative = String(path[range.upperBound...])
      return ("content/" + relative, SitePlan.url(ofContentPath: relative))
    }
    return ("content/\(skillFolder)/\(slug).md", "/\(skillFolder)/\(slug)/")
  }

  /// A link from the page at `page` to the page at `url`, relative as in the model essay (`../../projets/citi/`).
  static func link(from page: String, to url: String) -> String {
    String(repeating: "../", count: page.split(separator: "/").count) + url.dropFirst()
  }

  static func isDraft(_ source: Source) -> Bool {
    source.fields.first { $0.key == "draft" }?.value == .bool(true)
  }

  /// An imported page's slug: its file name, or its folder's for a page bundle (`citi/index.md`).
  static func stem(_ path: String) -> String {
    let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    guard name == "index" || name == "_index" else { return name }
    return ((path as NSString).deletingLastPathComponent as NSString).lastPathComponent
  }
  var projectFolder: String { sections.pick("projets", "projects") }

  public mutating func build() throws {
    let standings = try journal.standings(standard: cadence, zone: zone)
    // A project whose imported page is a draft stays out without --drafts, and no link leads to it.
    // The pages are placed as an exported essay expects them (`ProjectPages`).
    let pages = try journal.projectPages(drafts: drafts, folder: projectFolder)
    let projects = try journal.projectOverview().filter { pages.slugs[$0.project.id!] != nil }
    // Slugs first: every link needs them.
    var used = Set<String>()
    func unique(_ base: String, _ what: String) -> String {
      var slug = base
      var n = 2
      while used.contains(slug) {
        slug = "\(base)-\(n)"
        n += 1
      }
      if slug != base { warnings.append(.renamed(what: what, slug: slug, base: base)) }
      used.insert(slug)
      return slug
    }
    var skillPages: [(skill: Skill, entry: Entry, slug: String)] = []
    for id in try journal.newestEssayPerSkill(drafts: drafts) {
      guard let entry = try journal.entry(id), let skillID = entry.skillID, let skill = try journal.skill(skillID)
      else { continue }
      let source = try journal.source(of: id)
      // An imported page marked draft is left out unless --drafts.
      if !drafts, source.map(SitePlan.isDraft) == true { continue }
      let stem = source?.path.map(SitePlan.stem)
      skillPages.append((skill, entry, unique(stem ?? Slug.make(skill.name(in: entry.lang)), skill.name)))
    }
    // An imported page keeps its file name, so the links its author wrote still work.
    for renamed in pages.renamed {
      warnings.append(.renamed(what: renamed.what, slug: renamed.slug, base: renamed.base))
    }
    let projectSlugs = pages.slugs

    var pageURLs = Set<String>(["/"])
    var skillPlaces: [Int64: (path: String, url: String)] = [:]
    for page in skillPages {
      let place = skillPlace(try journal.source(of: page.entry.id!), slug: page.slug)
      skillPlaces[page.skill.id!] = place
      pageURLs.insert(place.url)
    }
    let skillURLs = skillPlaces.mapValues(\.url)
    for slug in projectSlugs.values { pageURLs.insert("/\(projectFolder)/\(slug)/") }
    // Every other imported page goes back where it was, or is named with the reason it stays out.
    let placed = Set(skillPages.map { $0.entry.id! } + projects.compactMap(\.pageID))
    let others = try otherImportedPages(placed: placed, skillPages: skillPages.map { ($0.skill.id!, $0.entry.id!) })
    for page in others { pageURLs.insert(page.url) }
    let reviews = try reviewPages()
    for review in reviews { pageURLs.insert(review.url) }

    // Skill pages, each ending with links to its projects.
    var tiedSkills: [Int64: [Skill]] = [:]
    // The anecdotes each skill's essay tells of a project: by project, then by skill.
    var stories: [Int64: [Int64: [String]]] = [:]
    for page in skillPages {
      let loaded = try EssayLoader.essay(page.entry, journal, prompts, projectPages: pages)
      let lang = self.lang
      var text = markdown(loaded)
      // Tied by the journal, or by a link the author wrote to the project's page.
      // Hugo serves pages at lowercased URLs: `../../projets/Citi` is the page `citi`.
      let linked = Set(
        HugoText.internalLinks(text).map {
          HugoText.urlized(HugoText.resolve($0, from: skillURLs[page.skill.id!]!))
        })
      // An anecdote's project (a link answer naming it) and a rating whose evidence is a project's page.
      let every: [PromptSet.Question] = loaded.set.questions.flatMap { [$0] + $0.parts }
      let linkIDs = Set(every.filter { $0.kind == .link || $0.kind == .links }.map(\.id))
      var named = Set<String>()
      for (key, text) in loaded.answers {
        let id = key.split(separator: ".").last.map(String.init) ?? key
        guard linkIDs.contains(id) else { continue }
        for line in text.components(separatedBy: "\n") {
          if let name = Link(line)?.name { named.insert(Skill.key(for: name)) }
        }
      }
      let evidence = Set(
        try journal.ratings(of: page.skill.id!).compactMap { Int64($0.evidence.dropFirst()) }.compactMap {
          try journal.entry($0)?.projectID
        })
      let cited = SitePlan.anecdotes(
        of: loaded, language: page.entry.lang, projects: projects.map(\.project), slugs: projectSlugs)
      for (project, headings) in cited { stories[project, default: [:]][page.skill.id!] = headings }
      let tied = projects.filter { row in
        row.skills.contains { $0.id == page.skill.id }
          || linked.contains(HugoText.urlized("/\(projectFolder)/\(projectSlugs[row.project.id!]!)/"))
          || named.contains(row.project.key) || evidence.contains(row.project.id!) || cited[row.project.id!] != nil
      }
      for row in tied { tiedSkills[row.project.id!, default: []].append(page.skill) }
      skillFacts.append(
        SkillFacts(
          skill: page.skill, entryID: page.entry.id!, path: skillPlaces[page.skill.id!]!.path,
          url: skillURLs[page.skill.id!]!, slug: page.slug,
          projects: tied.map { ($0.project.name, "/\(projectFolder)/\(projectSlugs[$0.project.id!]!)/") }))
      // A project the page already lists (its own "Réalisations associées") is not listed twice.
      let url = skillURLs[page.skill.id!]!
      let listed = HugoText.listedLinks(text, from: url)
      let unlisted = tied.filter {
        !listed.contains(HugoText.urlized("/\(projectFolder)/\(projectSlugs[$0.project.id!]!)/"))
      }
      if !unlisted.isEmpty {
        text += "\n## " + SiteWords.relatedProjects.text(lang) + "\n\n"
        text +=
          unlisted.map {
            "- [\($0.project.name)](\(SitePlan.link(from: url, to: "/\(projectFolder)/\(projectSlugs[$0.project.id!]!)/")))"
          }.joined(separator: "\n") + "\n"
      }
      let skillSource = try journal.source(of: page.entry.id!)
      let skillPath = skillPlaces[page.skill.id!]!.path
      if let original = skillSource?.path { importedPaths[skillPath] = original }
      add(skillPath, text, page: url, urls: pageURLs, lineEnding: skillSource?.lineEnding)
      try addAssets(of: page.entry.id!, page: url)
    }
    // Project pages, each ending with links to its skills.
    for row in projects {
      let slug = projectSlugs[row.project.id!]!
      let pageEntry = try row.pageID.flatMap { try journal.entry($0) }
      let lang = self.lang
      var text: String
      if let entry = pageEntry {
        text = markdown(try EssayLoader.essay(entry, journal, prompts, projectPages: pages))
      } else {
        let fields: [(key: String, value: FrontMatter.Value)] = [
          ("title", .string(row.project.name)), ("description", .string(row.project.description)),
          ("draft", .bool(false)),
        ]
        text =
          (toml ? HugoText.toml(fields) : FrontMatter.yaml(fields)) + HugoText.escapeShortcodes(row.project.description)
          + "\n"
      }
      var skills = row.skills
      for skill in tiedSkills[row.project.id!] ?? [] where !skills.contains(where: { $0.id == skill.id }) {
        skills.append(skill)
      }
      let projectSource = try row.pageID.flatMap { try journal.source(of: $0) }
      let projectPath = place(projectSource, section: projectFolder, slug: slug)
      projectFacts.append(
        ProjectFacts(
          project: row.project, path: projectPath, url: "/\(projectFolder)/\(slug)/", text: text,
          fields: projectSource?.fields ?? [], skills: skills.map { ($0, skillURLs[$0.id!]) }))
      let listed = HugoText.listedLinks(text, from: "/\(projectFolder)/\(slug)/")
      skills.removeAll { skill in
        skillURLs[skill.id!].map { listed.contains(HugoText.urlized($0)) } ?? false
      }
      if !skills.isEmpty {
        text += "\n## " + SiteWords.projectSkills.text(lang) + "\n\n"
        text +=
          skills.map { skill in
            let name = skill.name(in: lang)
            let told = SitePlan.anecdoteNote(stories[row.project.id!]?[skill.id!] ?? [], lang)
            return skillURLs[skill.id!].map {
              "- [\(name)](\(SitePlan.link(from: "/\(projectFolder)/\(slug)/", to: $0)))\(told)"
            } ?? "- \(name)\(told)"
          }.joined(separator: "\n") + "\n"
      }
      if let original = projectSource?.path { importedPaths[projectPath] = original }
      add(
        projectPath, text, page: "/\(projectFolder)/\(slug)/", urls: pageURLs, lineEnding: projectSource?.lineEnding)
      if let page = row.pageID { try addAssets(of: page, page: "/\(projectFolder)/\(slug)/") }
    }
    // Every entry that has a page, for the links that name an entry (`#12`).
    let published =
      skillPages.map { ($0.entry.id!, skillURLs[$0.skill.id!]!) }
      + projects.compactMap { row in
        row.pageID.map { ($0, "/\(projectFolder)/\(projectSlugs[row.project.id!]!)/") }
      } + others.map { ($0.entryID, $0.url) } + reviews.map { ($0.entry.id!, $0.url) }
    let links = Dictionary(published) { first, _ in first }
    try addReviews(reviews, links: links, urls: pageURLs)
    try overview(standings, skillURLs, links: links)
    try add(others, urls: pageURLs)
    try siteData(standings, pages: published)
  }

  /// A page's Markdown: an imported file as it came; bilan's own essays with Hugo-safe text and tags.
  mutating func markdown(_ loaded: EssayLoader.Loaded) -> String {
    if let imported = loaded.imported {
      // An imported page keeps its front matter as written; a tag with `/` there becomes nested folders.
      // Its text is LF here, so that generated sections can be added; `add` gives it its own line endings.
      for tag in imported.tags where tag.contains("/") {
        warnings.append(.nestedTag(page: imported.entry.title, tag: tag))
      }
      for tag in imported.tags where !HugoText.hasAddress(tag) {
        warnings.append(.tagWithoutAddress(page: imported.entry.title, tag: tag))
      }
      // A lone CR before an LF in an LF file is the author's byte, and stays.
      let text =
        imported.source.lineEnding == .crlf
        ? imported.markdown.replacingOccurrences(of: "\r\n", with: "\n") : imported.markdown
      // Sections bilan adds start on a line of their own, even after a file with no final line break.
      return text.isEmpty || text.hasSuffix("\n") ? text : text + "\n"
    }
    var essay = loaded.essay
    essay.tags = Tags.clean(essay.tags.map(HugoText.tag))
    for tag in essay.tags where !HugoText.hasAddress(tag) {
      warnings.append(.tagWithoutAddress(page: essay.title, tag: tag))
    }
    essay.tags.removeAll { !HugoText.hasAddress($0) }
    return (toml ? HugoText.toml(essay.frontMatter) : FrontMatter.yaml(essay.frontMatter))
      + HugoText.escapeShortcodes(essay.body)
  }

  /// Adds a page, checking the links its author wrote into the site (warnings only). The links bilan
  /// generates are checked as they are made: `link(from:to:)`.
  /// A page imported with CRLF line endings is written back with them: the author's file stays theirs.
  mutating func add(
    _ path: String, _ text: String, page: String, urls: Set<String>, lineEnding: MarkdownDocument.LineEnding? = nil
  ) {
    let served = Set(urls.map(HugoText.urlized))
    for link in HugoText.internalLinks(text) {
      let target = HugoText.urlized(HugoText.resolve(link, from: page))
      // Links the author wrote are kept as written: one into the site with no page is a warning.
      if target.hasSuffix("/"), !served.contains(target), !target.hasPrefix("/bilan/") {
        warnings.append(.missingPage(path: path, link: link))
      }
    }
    files[path] = Data((lineEnding == .crlf ? text.replacingOccurrences(of: "\n", with: "\r\n") : text).utf8)
  }

  /// An imported page's images, where its links find them: under `static/`, at the page's URL for a
  /// relative reference, at the site's root for `/images/…`.
  mutating func addAssets(of entryID: Int64, page: String) throws {
    for (ref, data) in try journal.assets(of: entryID) {
      let target = HugoText.resolve(ref, from: page)
      files["static" + target] = data
    }
  }
}
