import Foundation

/// What every site `publish --init` makes must be once Hugo has built it, read from the built files:
/// links and images that resolve on disk and are relative (so that `public/index.html` opens from disk
/// as it is served), and the theme's words in the site's language only.
enum SiteChecks {
  static let theme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("theme").path

  /// The HTML pages of a built site, relative to `public`.
  static func pages(_ public_: String) throws -> [String] {
    try FileManager.default.subpathsOfDirectory(atPath: public_).filter { $0.hasSuffix(".html") }.sorted()
  }

  static func read(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

  /// Every link and image address of every page that is not elsewhere on the web: what is wrong with
  /// each (root-relative, which breaks from disk; or leading to no file), and how many were checked.
  static func links(_ public_: String, ignoring: Set<String> = []) throws -> (checked: Int, problems: [String]) {
    var problems: [String] = []
    var checked = 0
    for page in try pages(public_) {
      let html = try read(public_ + "/" + page)
      let base = "/" + (page as NSString).deletingLastPathComponent + "/"
      for match in html.matches(of: /(?:href|src)="([^"#?]*)[^"]*"/) {
        let link = String(match.1)
        guard !link.isEmpty, !link.contains("://"), !link.hasPrefix("mailto:"), !link.hasPrefix("data:"),
          !ignoring.contains(link)
        else {
          continue
        }
        checked += 1
        if link.hasPrefix("/") {
          problems.append("\(page): \(link) is root-relative (it breaks when the site is opened from disk)")
          continue
        }
        let target = URL(fileURLWithPath: base + link).standardizedFileURL.path
        let isFile = target.range(of: #"\.[A-Za-z][A-Za-z0-9]{0,4}$"#, options: .regularExpression) != nil
        let file = (isFile ? target : target + "/index.html").removingPercentEncoding ?? target
        if !FileManager.default.fileExists(atPath: public_ + file) {
          problems.append("\(page): \(link) leads to no file")
        }
      }
    }
    return (checked, problems)
  }

  /// The theme's words (`theme/i18n/LANG.yaml`), by key.
  static func words(_ language: String) throws -> [String: String] {
    var words: [String: String] = [:]
    for line in try read(theme + "/i18n/\(language).yaml").split(separator: "\n") where !line.hasPrefix("#") {
      if let match = line.firstMatch(of: /^([A-Za-z-]+): "(.*)"$/) { words[String(match.1)] = String(match.2) }
    }
    return words
  }

  /// The other language's theme words a built page shows (as text between tags or in an attribute):
  /// none may, on a site in `language`.
  static func foreignWords(_ html: String, site language: String) throws -> [String] {
    let own = try words(language)
    let other = try words(language == "fr" ? "en" : "fr")
    return other.compactMap { key, word in
      guard word != own[key], word.count > 2, html.contains(">\(word)<") || html.contains("\"\(word)\"") else {
        return nil
      }
      return word
    }.sorted()
  }

  /// The element that opens with `<TAG class="NAME"`, up to its closing tag (no nesting of the same tag).
  static func element(_ html: String, _ tag: String, class name: String) -> String? {
    guard let start = html.range(of: "<\(tag) class=\"\(name)\""),
      let end = html.range(of: "</\(tag)>", range: start.upperBound..<html.endIndex)
    else { return nil }
    return String(html[start.lowerBound..<end.upperBound])
  }

  /// The texts of an SVG's `<text>` elements (their lines joined by spaces, and each line), with their
  /// x and anchor.
  static func svgTexts(_ svg: String) -> [(x: Double, anchor: String, text: String, lines: [String])] {
    svg.matches(of: /<text([^>]*)>(.*?)<\/text>/).map { match in
      let attributes = String(match.1)
      let x = attributes.firstMatch(of: /\sx="([0-9.]+)"/).flatMap { Double($0.1) } ?? 0
      let anchor = attributes.firstMatch(of: /text-anchor="(\w+)"/).map { String($0.1) } ?? "start"
      let inner = String(match.2)
      var lines = inner.matches(of: /<tspan[^>]*>([^<]*)<\/tspan>/).map { String($0.1) }
      if lines.isEmpty { lines = [inner] }
      return (x, anchor, lines.joined(separator: " "), lines)
    }
  }

  /// An SVG's viewBox width.
  static func svgWidth(_ svg: String) -> Double? {
    svg.firstMatch(of: /viewBox="0 0 ([0-9.]+) [0-9.]+"/).flatMap { Double($0.1) }
  }
}
