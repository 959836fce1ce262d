import Foundation

/// `assets/bilan/site.json`: what the theme shows beside a page's text, by the page's path under
/// `content/` (Hugo's `.File.Path`). For a skill: its current level (the journal's latest rating, the
/// one the overview shows, not the essay's front matter), target, history chart and evidence; for a
/// project: its image, description and skills. The pages themselves stay the author's Markdown.
extension SitePlan {
  struct SkillFacts {
    var skill: Skill
    var entryID: Int64
    var path: String
    var url: String
    var slug: String
    var projects: [(name: String, url: String)]
  }

  struct ProjectFacts {
    var project: Project
    var path: String
    var url: String
    /// The page's Markdown, where its first image is looked for.
    var text: String
    var fields: [FieldValue.Field]
    var skills: [(skill: Skill, url: String?)]
  }

  struct PageData: Encodable {
    var kind: String
    var name: String
    var level: Int?
    var rated: String?
    var target: Int?
    var by: String?
    var chart: String?
    var chartAlt: String?
    var evidence: [Evidence]?
    var projects: [Tie]?
    var description: String?
    var image: String?
    var imageAlt: String?
    var imageInText: Bool?
    var skills: [Tie]?

    struct Evidence: Encodable {
      var text: String
      var url: String?
      var date: String
    }
    struct Tie: Encodable {
      var name: String
      var url: String?
      var level: Int?
    }
  }

  static let dataPath = "assets/bilan/site.json"

  /// `pages`: the site address of every page published, by its entry, for evidence that names an entry.
  mutating func siteData(_ standings: [SkillStanding], pages: [(entry: Int64, url: String)]) throws {
    let standing = Dictionary(standings.map { ($0.skill.id!, $0) }) { first, _ in first }
    let urls = Dictionary(pages) { first, _ in first }
    var data: [String: PageData] = [:]
    var charts = Set<String>()
    for facts in skillFacts {
      let name = facts.skill.name(in: lang)
      let mine = standing[facts.skill.id!]
      var page = PageData(kind: "skill", name: name)
      page.level = mine?.current?.level
      page.rated = mine?.current.map { day($0.ratedAt) }
      page.target = mine?.target?.level
      page.by = mine?.target?.due
      // A history needs time: one rating given this month would be a lone dot under one month twice.
      if let ratings = mine?.ratings, let first = ratings.first,
        ratings.count >= 2 || month(first.ratedAt) != month(now)
      {
        var file = "bilan/history/\(Slug.make(facts.slug)).svg"
        var n = 2
        while charts.contains(file) {
          file = "bilan/history/\(Slug.make(facts.slug))-\(n).svg"
          n += 1
        }
        charts.insert(file)
        let title = SiteWords.levelOverTime(name).text(lang)
        let alt =
          title + lang.pick(" : ", ": ") + ratings.map { "\($0.level)/5 (\(day($0.ratedAt)))" }.joined(separator: ", ")
        let svg = Diagrams.skillHistory(
          ratings.map { (date: $0.ratedAt, level: $0.level) }, until: max(now, ratings.last!.ratedAt),
          target: mine?.target?.level, title: title, description: alt, first: month(first.ratedAt), last: month(now))
        files["static/" + file] = Data(svg.utf8)
        page.chart = "/" + file
        page.chartAlt = alt
      }
      let evidence = try self.evidence(mine?.ratings ?? [], urls)
      page.evidence = evidence.isEmpty ? nil : evidence
      page.projects = facts.projects.isEmpty ? nil : facts.projects.map { PageData.Tie(name: $0.name, url: $0.url) }
      data[String(facts.path.dropFirst("content/".count))] = page
    }
    for facts in projectFacts {
      var page = PageData(kind: "project", name: facts.project.name)
      page.description = facts.project.description.isEmpty ? nil : facts.project.description
      if let image = image(of: facts) {
        page.image = image.url
        page.imageAlt = image.alt.isEmpty ? facts.project.name : image.alt
        page.imageInText = image.inText
      }
      page.skills =
        facts.skills.isEmpty
        ? nil
        : facts.skills.map {
          PageData.Tie(name: $0.skill.name(in: lang), url: $0.url, level: standing[$0.skill.id!]?.current?.level)
        }
      data[String(facts.path.dropFirst("content/".count))] = page
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    files[Self.dataPath] = try encoder.encode(["pages": data]) + Data("\n".utf8)
  }

  /// The evidence of a skill's ratings, newest first, each once: an entry's page (`#12`) as a link
  /// when it is published, an address as a link, words as they are.
  func evidence(_ ratings: [Rating], _ urls: [Int64: String]) throws -> [PageData.Evidence] {
    var seen = Set<String>()
    var list: [PageData.Evidence] = []
    for rating in ratings.reversed() where list.count < 6 {
      let said = rating.evidence.trimmingCharacters(in: .whitespacesAndNewlines)
      guard !said.isEmpty, seen.insert(said).inserted else { continue }
      if said.hasPrefix("#"), let id = Int64(said.dropFirst()) {
        let title = try journal.entry(id).map(\.title) ?? SiteWords.entry(id).text(lang)
        list.append(.init(text: title, url: urls[id], date: day(rating.ratedAt)))
      } else if said.contains("://") {
        list.append(.init(text: said, url: said, date: day(rating.ratedAt)))
      } else {
        list.append(.init(text: said, url: nil, date: day(rating.ratedAt)))
      }
    }
    return list
  }

  /// A project's picture: its front matter's `cover` (or `image`, or the first of `images`), else the
  /// first image its text shows; one the site has (bilan writes it, or it is elsewhere on the web), as
  /// a site address or as the address it has.
  func image(of facts: ProjectFacts) -> (url: String, alt: String, inText: Bool)? {
    var candidates: [(ref: String, alt: String, inText: Bool)] = []
    for key in ["cover", "image", "images"] {
      guard let value = facts.fields.first(where: { $0.key == key })?.value else { continue }
      if case .array(let items) = value, let first = items.first?.text {
        candidates.append((first, "", false))
      } else if let text = value.text {
        candidates.append((text, "", false))
      }
    }
    var found: [(at: String.Index, ref: String, alt: String)] = []
    for match in facts.text.matches(of: /!\[([^\]]*)\]\(\s*<?([^)\s>]+)>?[^)]*\)/) {
      found.append((match.range.lowerBound, String(match.2), String(match.1)))
    }
    for match in facts.text.matches(of: /<img[^>]*\ssrc="([^"]+)"(?:[^>]*\salt="([^"]*)")?/) {
      found.append((match.range.lowerBound, String(match.1), match.2.map(String.init) ?? ""))
    }
    candidates += found.sorted { $0.at < $1.at }.map { ($0.ref, $0.alt, true) }
    for candidate in candidates {
      if candidate.ref.hasPrefix("https://") || candidate.ref.hasPrefix("http://") {
        return (candidate.ref, candidate.alt, candidate.inText)
      }
      let path = HugoText.resolve(candidate.ref, from: facts.url)
      if files["static" + path] != nil { return (path, candidate.alt, candidate.inText) }
    }
    return nil
  }

  /// `2026-03-01`, in the journal's time zone.
  func day(_ date: Date) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = zone
    let c = calendar.dateComponents([.year, .month, .day], from: date)
    return String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!)
  }

  /// `mars 2026`, in the site's language.
  func month(_ date: Date) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = zone
    let c = calendar.dateComponents([.year, .month], from: date)
    return SiteWords.monthLabel(c.year!, c.month!, lang)
  }
}
