import Foundation

/// Headings, labels and names compared as a reader sees them, not as strings: case, accents,
/// punctuation, Markdown emphasis, French articles and elisions (de, du, de la, de l', des, d'), a
/// plural `s` and a typo or two do not make two headings different.
public enum HeadingText {
  /// Articles and the `de` that joins a heading to its skill's name: *Ma vision du Python*,
  /// *de la gestion*, *des technologies*, *d'Excel*, *of the*.
  static let articles: Set<String> = ["de", "du", "des", "d", "la", "le", "les", "l", "the", "a", "an", "of"]

  /// The words that count: folded, emphasis and punctuation gone, articles dropped.
  public static func words(_ text: String) -> [String] {
    var plain = text
    // `<b><u>x</u></b>` and other inline tags say nothing about a heading's words.
    if plain.contains("<") {
      plain = plain.replacingOccurrences(of: #"<[^>]*>"#, with: " ", options: .regularExpression)
    }
    let folded = plain.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    let scalars = Array(folded.unicodeScalars)
    func isWord(_ index: Int) -> Bool {
      scalars.indices.contains(index) && CharacterSet.alphanumerics.contains(scalars[index])
    }
    var words: [String] = []
    var word = ""
    for (index, scalar) in scalars.enumerated() {
      // Names keep the marks that tell them apart: C#, C++, .NET, Node.js, 4.0.
      let mark =
        (scalar == "#" || scalar == "+") && (isWord(index - 1) || word.hasSuffix("+"))
        || scalar == "." && isWord(index + 1) && (isWord(index - 1) || word.isEmpty)
      if CharacterSet.alphanumerics.contains(scalar) || mark {
        word.unicodeScalars.append(scalar)
      } else if !word.isEmpty {
        words.append(word)
        word = ""
      }
    }
    if !word.isEmpty { words.append(word) }
    return words.filter { !articles.contains($0) }
  }

  /// A word without its plural mark: `projets` and `projet`, `technologies` and `technologie`.
  static func singular(_ word: String) -> String {
    guard word.count > 3, let last = word.last, last == "s" || last == "x", word.allSatisfy(\.isLetter) else {
      return word  // a name with a mark or a digit (Node.js, HTML5) is not a plural
    }
    // Not a plural mark: class, Sass, analysis, campus, process.
    if ["ss", "is", "us", "os"].contains(where: { word.hasSuffix($0) }) { return word }
    return String(word.dropLast())
  }

  /// A name's key for matching one form of it against another: its words, singular, without articles.
  /// *Gestion de Projets* and *Gestion de projet* share one; so do *HTML5/CSS3* and *HTML5 CSS3*.
  public static func looseKey(_ name: String) -> String {
    words(name).map(singular).joined(separator: " ")
  }

  /// Whether two runs of words say the same thing, allowing a typo about every six letters.
  static func alike(_ a: [String], _ b: [String]) -> Bool {
    let x = a.map(singular).joined(separator: " ")
    let y = b.map(singular).joined(separator: " ")
    if x == y { return true }
    guard !x.isEmpty, !y.isEmpty else { return false }
    return distance(x, y) <= max(x.count, y.count) / 6
  }

  /// Edits (insert, delete, replace, swap two neighbours) that turn one text into the other.
  static func distance(_ a: String, _ b: String) -> Int {
    let a = Array(a.unicodeScalars)
    let b = Array(b.unicodeScalars)
    if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
    var before = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { current[j] = min(current[j], before[j - 2] + 1) }
      }
      (before, previous, current) = (previous, current, before)
    }
    return previous[b.count]
  }

  /// What a heading template says around its `{skill}`: the words before and after it.
  struct Template {
    var before: [String]
    var after: [String]
    var namesSkill: Bool

    init(_ template: String) {
      if let range = template.range(of: "{skill}") {
        before = HeadingText.words(String(template[..<range.lowerBound]))
        after = HeadingText.words(String(template[range.upperBound...]))
        namesSkill = true
      } else {
        before = HeadingText.words(template)
        after = []
        namesSkill = false
      }
    }

    /// The skill's name as the heading gives it (its words), or nil when the heading is not this one.
    /// A heading without `{skill}` gives an empty name when it matches.
    func match(_ heading: [String]) -> [String]? {
      guard namesSkill else { return HeadingText.alike(heading, before) ? [] : nil }
      guard heading.count >= before.count + after.count else { return nil }
      let head = Array(heading.prefix(before.count))
      let tail = Array(heading.suffix(after.count))
      guard HeadingText.alike(head, before), after.isEmpty || HeadingText.alike(tail, after) else { return nil }
      return Array(heading[before.count..<(heading.count - after.count)])
    }
  }

  /// Possessives that a label may carry or not: *Mon niveau* is *Niveau*, *My level* is *Level*.
  static let possessives: Set<String> = ["my", "mon", "ma", "mes", "our", "notre", "nos"]

  /// The words of a label that count when two labels are compared.
  static func labelWords(_ text: String) -> [String] {
    words(text).filter { !possessives.contains($0) }
  }

  /// A label opening a line, as people write it: `**Actualité :**`, `**Actualité** :`, `__Source:__`,
  /// `*Résultat* :`, `**Projet** —`, or plain `Niveau : 3/5` (a few words, then a colon). Gives the
  /// label's words and the rest of the line; the caller checks the words are a label it knows.
  static func leadingLabel(_ line: String) -> (words: [String], rest: Substring)? {
    let trimmed = line.drop { $0 == " " }
    guard let marker = ["**", "__", "*", "_"].first(where: { trimmed.hasPrefix($0) }) else {
      // Plain: `Label : rest`, the label short and the colon there.
      guard let colon = trimmed.firstIndex(of: ":"), colon > trimmed.startIndex else { return nil }
      let label = trimmed[..<colon]
      guard label.split(separator: " ").count <= 5, !label.contains("](") else { return nil }
      return (labelWords(String(label)), trimmed[trimmed.index(after: colon)...].drop { $0 == " " })
    }
    let inner = trimmed.dropFirst(marker.count)
    guard let close = inner.range(of: marker) else { return nil }
    let label = inner[..<close.lowerBound]
    var rest = inner[close.upperBound...].drop { $0 == " " }
    let insideColon = label.trimmingCharacters(in: .whitespaces).hasSuffix(":")
    if let first = rest.first, first == ":" || first == "—" || first == "-" && rest.dropFirst().first == " " {
      rest = rest.dropFirst().drop { $0 == " " }
    } else if !insideColon {
      return nil  // a bold word in a sentence, not a label
    }
    return (labelWords(String(label)), rest)
  }
}

extension String {
  /// Nothing but white space.
  var isBlank: Bool { allSatisfy(\.isWhitespace) }
}
