/// The language of questions, headings and messages.
public enum Language: String, Sendable, CaseIterable, Codable {
  case fr, en

  /// `--lang` beats `BILAN_LANG`, which beats the config's `lang:`, which beats the locale (`LC_ALL`, then
  /// `LC_MESSAGES`, then `LANG`). French when the locale starts with `fr`, English otherwise.
  public static func resolve(option: Language?, environment: [String: String], config: Language? = nil) -> Language {
    if let option { return option }
    if let value = environment["BILAN_LANG"], let language = Language(rawValue: value.lowercased()) {
      return language
    }
    if let config { return config }
    for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      guard let locale = environment[key], !locale.isEmpty else { continue }
      return locale.lowercased().hasPrefix("fr") ? .fr : .en
    }
    return .en
  }

  /// Picks the French or the English text: messages are written side by side where they are used.
  public func pick(_ french: String, _ english: String) -> String {
    self == .fr ? french : english
  }
}

/// A text given in each language, as prompt sets write them (`{fr: …, en: …}`).
public struct LocalizedText: Sendable, Equatable, Codable {
  public var fr: String
  public var en: String

  public init(fr: String, en: String) {
    self.fr = fr
    self.en = en
  }

  /// A library's own words (libyaml's, SQLite's), quoted as it wrote them in every language: bilan
  /// cannot translate them, and says so rather than pretend.
  public static func verbatim(_ text: String) -> LocalizedText { LocalizedText(fr: text, en: text) }

  public subscript(language: Language) -> String {
    language == .fr ? fr : en
  }
}
