import Foundation

/// What an entry is about: the names its placeholders stand for.
public struct Subject: Sendable, Equatable {
  public var skill: String?
  /// The French gender of the skill's name, when known (the catalogue gives it); guessed otherwise.
  public var gender: Headings.Gender?
  /// A proper name (`Python`) keeps its capital inside a sentence.
  public var isProperName: Bool
  public var project: String?

  public init(skill: String? = nil, gender: Headings.Gender? = nil, isProperName: Bool = false, project: String? = nil)
  {
    self.skill = skill
    self.gender = gender
    self.isProperName = isProperName
    self.project = project
  }
}

/// Fills `{skill}`, `{project}` and `{n}` in headings and questions so that they read naturally in each
/// language.
///
/// French needs an article after `de`, with elision: *Ma vision de l'autonomie professionnelle*,
/// *de la gestion de projet*, *du travail en équipe*. English takes the name as it is: *My view of teamwork*.
public enum Headings {
  /// The French name's gender and number: *de la*, *du*, *des*.
  public enum Gender: String, Sendable, Equatable {
    case f, m, pl
  }

  public static func fill(_ template: String, subject: Subject, language: Language, number: Int? = nil) -> String {
    var text = template
    if let number { text = text.replacingOccurrences(of: "{n}", with: String(number)) }
    if let project = subject.project { text = text.replacingOccurrences(of: "{project}", with: project) }
    guard let skill = subject.skill else { return text }
    return fill(text, skill: skill, gender: subject.gender, isProperName: subject.isProperName, language: language)
  }

  public static func fill(
    _ template: String, skill: String, gender: Gender? = nil, isProperName: Bool = false, language: Language
  ) -> String {
    guard template.contains("{skill}") else { return template }
    let name = isProperName ? skill : inSentence(skill)
    let gender = gender ?? (isFeminine(name) ? .f : .m)
    if isProperName {
      // A proper name takes no article: *Ma vision de Python*, *d'Excel*.
      let elided = startsWithVowelSound(name) ? "d'\(name)" : "de \(name)"
      return template.replacingOccurrences(of: "de {skill}", with: elided).replacingOccurrences(
        of: "{skill}", with: name)
    }
    guard language == .fr else { return template.replacingOccurrences(of: "{skill}", with: name) }
    var result = ""
    var rest = Substring(template)
    while let range = rest.range(of: "{skill}") {
      var before = rest[..<range.lowerBound]
      if before.hasSuffix(" de ") || before == "de " || before.hasSuffix(" De ") {
        let capital = before.hasSuffix("De ")
        before = before.dropLast(3)
        result += before + french(of: name, gender: gender, capitalized: capital)
      } else {
        result += before + definite(name, gender: gender)
      }
      rest = rest[range.upperBound...]
    }
    return result + rest
  }

  /// "de" followed by the definite article, contracted as French requires.
  static func french(of name: String, gender: Gender, capitalized: Bool) -> String {
    let de = capitalized ? "De" : "de"
    if gender == .pl { return "\(capitalized ? "Des" : "des") \(name)" }
    if startsWithVowelSound(name) { return "\(de) l'\(name)" }
    return gender == .f ? "\(de) la \(name)" : "\(capitalized ? "Du" : "du") \(name)"
  }

  static func definite(_ name: String, gender: Gender) -> String {
    if gender == .pl { return "les \(name)" }
    if startsWithVowelSound(name) { return "l'\(name)" }
    return gender == .f ? "la \(name)" : "le \(name)"
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
