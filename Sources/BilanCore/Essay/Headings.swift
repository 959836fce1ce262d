import Foundation

/// Fills `{skill}` in headings and questions so that they read naturally in each language.
///
/// French needs an article after `de`, with elision: *Ma vision de l'autonomie professionnelle*,
/// *de la gestion de projet*, *du travail en équipe*. English takes the name as it is: *My view of teamwork*.
public enum Headings {
  public static func fill(_ template: String, skill: String, language: Language) -> String {
    guard template.contains("{skill}") else { return template }
    let name = inSentence(skill)
    guard language == .fr else { return template.replacingOccurrences(of: "{skill}", with: name) }
    var result = ""
    var rest = Substring(template)
    while let range = rest.range(of: "{skill}") {
      var before = rest[..<range.lowerBound]
      if before.hasSuffix(" de ") || before == "de " || before.hasSuffix(" De ") {
        let capital = before.hasSuffix("De ")
        before = before.dropLast(3)
        result += before + french(of: name, capitalized: capital)
      } else {
        result += before + definite(name)
      }
      rest = rest[range.upperBound...]
    }
    return result + rest
  }

  /// "de" followed by the definite article, contracted as French requires.
  static func french(of name: String, capitalized: Bool) -> String {
    let de = capitalized ? "De" : "de"
    if startsWithVowelSound(name) { return "\(de) l'\(name)" }
    return isFeminine(name) ? "\(de) la \(name)" : "\(capitalized ? "Du" : "du") \(name)"
  }

  static func definite(_ name: String) -> String {
    if startsWithVowelSound(name) { return "l'\(name)" }
    return isFeminine(name) ? "la \(name)" : "le \(name)"
  }

  /// Names are written in headings as inside a sentence: a capitalised word (`Gestion`) is lowered,
  /// acronyms and words with inner capitals (`SQL`, `JavaScript`) are kept.
  public static func inSentence(_ name: String) -> String {
    name.split(separator: " ", omittingEmptySubsequences: false).map { word -> String in
      guard let first = word.first, first.isUppercase else { return String(word) }
      let rest = word.dropFirst()
      guard !rest.isEmpty, rest.allSatisfy({ !$0.isUppercase }) else { return String(word) }
      return first.lowercased() + rest
    }.joined(separator: " ")
  }

  static func startsWithVowelSound(_ name: String) -> Bool {
    guard let first = name.first else { return false }
    let folded = String(first).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
    return "aeiouyh".contains(folded)
  }

  static func isAcronymOrProper(_ name: String) -> Bool {
    guard let word = name.split(separator: " ").first else { return false }
    return word.count > 1 && word.allSatisfy { !$0.isLowercase }
  }

  /// A guess from the first word's ending: French feminine nouns mostly end so. Acronyms are masculine.
  static func isFeminine(_ name: String) -> Bool {
    guard let word = name.split(separator: " ").first?.lowercased(), !isAcronymOrProper(name) else {
      return false
    }
    let endings = [
      "tion", "sion", "xion", "té", "ance", "ence", "ure", "ise", "ie", "ude", "ade", "ette", "esse",
      "ique", "ine", "elle", "eur", "ée", "onne", "ogie", "aphie", "ité",
    ]
    let masculine = ["bonheur", "honneur", "leadership", "management", "marketing"]
    if masculine.contains(word) { return false }
    return endings.contains { word.hasSuffix($0) }
  }
}
