import Foundation

/// A hand-written page recognised as one of the question sets by its structure: its top-level
/// headings are the set's section headings, in order, as `HeadingText` compares them.
public struct StructureMatch: Sendable {
  public var set: PromptSet
  public var language: Language
  /// For each section of the page, the id of the set's question whose heading it is.
  public var keys: [String]
  /// The skill's name as a heading gives it (`python` in *Ma Vision du Python*), folded; nil when no
  /// heading names it.
  public var skillInHeadings: String?
}

/// A page with most of a set's headings but not all: kept as written, and the import says why.
public struct NearMatch: Sendable, Equatable {
  public var setID: String
  public var language: Language
  public var matched: Int
  public var expected: Int
  /// The page's headings that are none of the set's, each with its section's index and the set's
  /// heading that stands in its place (nil: the set has none left there).
  public var strays: [(section: Int, heading: String, instead: String?)]
  /// The set's headings the page does not have.
  public var missing: [String]

  public static func == (a: NearMatch, b: NearMatch) -> Bool {
    a.setID == b.setID && a.language == b.language && a.matched == b.matched && a.missing == b.missing
      && a.strays.map(\.section) == b.strays.map(\.section)
  }
}

public enum StructureMatcher {
  /// The set the page's headings are, or the nearest set it almost is.
  /// `title` names the skill for the headings' `{skill}` (their other words are matched whatever name
  /// the author gave it there).
  public static func match(headings: [String], sets: [PromptSet]) -> (match: StructureMatch?, near: NearMatch?) {
    guard !headings.isEmpty else { return (nil, nil) }
    let page = headings.map(HeadingText.words)
    var best: NearMatch?
    for set in sets where set.about == .skill {
      let headed = set.questions.filter { $0.heading != nil }
      // A page of many more sections than the set has headings is neither the set nor almost it (and a
      // page of thousands of headings is not compared thousands of times).
      guard !headed.isEmpty, page.count <= headed.count * 2 + 2 else { continue }
      for language in Language.allCases {
        let templates = headed.map { HeadingText.Template($0.heading![language]) }
        // A section the set generates (related projects) may be there or not.
        let optional = headed.map { $0.kind == .generated }
        let pairs = align(page, templates)
        let required = optional.filter { !$0 }.count
        let matchedRequired = pairs.filter { !optional[$0.template] }.count
        if pairs.count == page.count, matchedRequired == required {
          var keys = [String](repeating: "", count: page.count)
          var name: [String]?
          for pair in pairs {
            keys[pair.section] = headed[pair.template].id
            if let words = templates[pair.template].match(page[pair.section]), !words.isEmpty, name == nil {
              name = words
            }
          }
          let match = StructureMatch(
            set: set, language: language, keys: keys, skillInHeadings: name?.joined(separator: " "))
          return (match, nil)
        }
        // Almost: all of the set's headings but one (and two at least), in order.
        guard matchedRequired >= 2, matchedRequired >= required - 1 else { continue }
        let near = nearMatch(set, language, page: headings, pairs: pairs, headed: headed, optional: optional)
        if best == nil || near.matched > best!.matched { best = near }
      }
    }
    return (nil, best)
  }

  /// The most sections paired with templates in order (a longest common subsequence).
  static func align(_ page: [[String]], _ templates: [HeadingText.Template]) -> [(section: Int, template: Int)] {
    let n = page.count
    let m = templates.count
    var table = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
    let fits = (0..<n).map { i in (0..<m).map { j in templates[j].match(page[i]) != nil } }
    for i in stride(from: n - 1, through: 0, by: -1) {
      for j in stride(from: m - 1, through: 0, by: -1) {
        table[i][j] = fits[i][j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
      }
    }
    var pairs: [(Int, Int)] = []
    var (i, j) = (0, 0)
    while i < n, j < m {
      if fits[i][j], table[i][j] == table[i + 1][j + 1] + 1 {
        pairs.append((i, j))
        i += 1
        j += 1
      } else if table[i + 1][j] >= table[i][j + 1] {
        i += 1
      } else {
        j += 1
      }
    }
    return pairs
  }

  static func nearMatch(
    _ set: PromptSet, _ language: Language, page: [String], pairs: [(section: Int, template: Int)],
    headed: [PromptSet.Question], optional: [Bool]
  ) -> NearMatch {
    let paired = Set(pairs.map(\.section))
    let used = Set(pairs.map(\.template))
    let names = headed.map { $0.heading![language] }
    var strays: [(section: Int, heading: String, instead: String?)] = []
    for section in page.indices where !paired.contains(section) {
      // The set's heading between the paired ones around this section, the first one not used.
      let after = pairs.last { $0.section < section }?.template ?? -1
      let before = pairs.first { $0.section > section }?.template ?? headed.count
      let instead = ((after + 1)..<max(after + 1, before)).first { !used.contains($0) && !optional[$0] }
      strays.append((section, page[section], instead.map { names[$0] }))
    }
    let missing = headed.indices.filter { !used.contains($0) && !optional[$0] }.map { names[$0] }
    return NearMatch(
      setID: set.id, language: language, matched: pairs.filter { !optional[$0.template] }.count,
      expected: optional.filter { !$0 }.count, strays: strays, missing: missing)
  }
}
