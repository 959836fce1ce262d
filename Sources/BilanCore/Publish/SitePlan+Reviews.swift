import Foundation

/// The reviews (`bilan review`), each a page of its own in the reviews' folder (`bilans/` on a French
/// site, `reviews/` on an English one), dated, so that the overview's latest entries list them. Their
/// front matter is written for Hugo (`kind` is Hugo's own key: the stored `kind: review` stays out);
/// their text is the stored one, with each entry it names (`#12`) linked to that entry's page when the
/// site has one. An entry with no page (a daily note, an older essay) stays named by its number.
extension SitePlan {
  var reviewFolder: String { sections.pick("bilans", "reviews") }

  struct ReviewPage {
    var entry: Entry
    var path: String
    var url: String
  }

  /// Every review's place, oldest first; two with one title get `-2`, `-3`.
  func reviewPages() throws -> [ReviewPage] {
    var used = Set<String>()
    var pages: [ReviewPage] = []
    for id in try journal.reviewIDs() {
      guard let entry = try journal.entry(id) else { continue }
      let base = Slug.make(entry.title, fallback: sections.pick("bilan", "review"))
      var slug = base
      var n = 2
      while used.contains(slug) {
        slug = "\(base)-\(n)"
        n += 1
      }
      used.insert(slug)
      pages.append(
        ReviewPage(entry: entry, path: "content/\(reviewFolder)/\(slug).md", url: "/\(reviewFolder)/\(slug)/"))
    }
    return pages
  }

  /// `links`: the site address of every entry that has a page, by entry.
  mutating func addReviews(_ pages: [ReviewPage], links: [Int64: String], urls: Set<String>) throws {
    for page in pages {
      let loaded = try EssayLoader.essay(page.entry, journal, prompts)
      let body = loaded.imported?.body ?? loaded.essay.body
      var fields: [(key: String, value: FrontMatter.Value)] = [("title", .string(page.entry.title))]
      if let date = page.entry.date { fields.append(("date", .date(date, utcOffset: page.entry.utcOffset))) }
      if !page.entry.description.isEmpty { fields.append(("description", .string(page.entry.description))) }
      fields.append(("draft", .bool(false)))
      let text =
        (toml ? HugoText.toml(fields) : FrontMatter.yaml(fields))
        + Self.linkingEntries(HugoText.escapeShortcodes(body), from: page.url, to: links)
      add(page.path, text.hasSuffix("\n") ? text : text + "\n", page: page.url, urls: urls)
    }
  }

  /// `#12` → `[#12](../../competences/sql/)` where entry 12 has a page in the site. A `#12` inside a
  /// word, a link, an address or code (`[#12]`, `](#12)`, `&#12;`, `` `#12` ``, a fenced block) stays
  /// as written.
  static func linkingEntries(_ text: String, from page: String, to links: [Int64: String]) -> String {
    guard !links.isEmpty, text.contains("#") else { return text }
    var lines: [String] = []
    var fenced = false
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let trimmed = line.drop { $0 == " " }
      if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
        fenced.toggle()
        lines.append(String(line))
        continue
      }
      guard !fenced, line.contains("#") else {
        lines.append(String(line))
        continue
      }
      var out = ""
      var rest = line[...]
      while let match = rest.firstMatch(of: /#([0-9]{1,18})/) {
        let before = line[..<match.range.lowerBound]
        let previous = before.last
        let after = line[match.range.upperBound...].first
        let free =
          !(previous.map { $0.isLetter || $0.isNumber || "&#[/_`".contains($0) } ?? false)
          && !before.hasSuffix("](") && !(after.map { $0.isLetter || $0.isNumber || "]_`".contains($0) } ?? false)
        out += rest[..<match.range.lowerBound]
        if free, let id = Int64(match.1), let url = links[id] {
          out += "[#\(id)](\(link(from: page, to: url)))"
        } else {
          out += match.0
        }
        rest = line[match.range.upperBound...]
      }
      lines.append(out + rest)
    }
    return lines.joined(separator: "\n")
  }
}
