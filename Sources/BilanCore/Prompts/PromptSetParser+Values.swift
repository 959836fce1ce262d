import Foundation
import Yams

/// The readers of one value of a set file: each reports what is wrong where it stands.
extension PromptSetParser {
  mutating func localized(
    _ node: Node?, _ key: String, in parent: Node, placeholders: Bool = false, number: Bool = false
  ) -> LocalizedText? {
    guard let node else {
      report(LocalizedText(fr: "« \(key) » manque", en: "missing '\(key)'"), parent)
      return nil
    }
    guard let texts = node.mapping else {
      report(
        LocalizedText(
          fr: "« \(key) » doit donner chaque langue : {fr: \"…\", en: \"…\"}",
          en: "'\(key)' must give each language: {fr: \"…\", en: \"…\"}"), node)
      return nil
    }
    var values: [Language: String] = [:]
    for (keyNode, value) in texts {
      guard let language = Language(rawValue: keyNode.string ?? "") else {
        report(
          LocalizedText(
            fr: "langue inconnue « \(keyNode.string ?? "") » dans « \(key) » (fr ou en)",
            en: "unknown language '\(keyNode.string ?? "")' in '\(key)' (fr or en)"), keyNode)
        continue
      }
      guard let text = value.scalar?.string, !text.trimmingCharacters(in: .whitespaces).isEmpty else {
        report(
          LocalizedText(
            fr: "« \(key).\(language.rawValue) » doit être un texte non vide",
            en: "'\(key).\(language.rawValue)' must be a non-empty text"), value)
        continue
      }
      if placeholders { checkPlaceholders(text, node: value, number: number) }
      values[language] = text
    }
    for language in Language.allCases where values[language] == nil && texts[language.rawValue] == nil {
      report(
        LocalizedText(
          fr: "« \(key) » n'a pas de variante « \(language.rawValue) »",
          en: "'\(key)' has no '\(language.rawValue)' variant"), node)
    }
    guard let fr = values[.fr], let en = values[.en] else { return nil }
    return LocalizedText(fr: fr, en: en)
  }

  mutating func checkPlaceholders(_ text: String, node: Node, number: Bool) {
    var known: [String] = []
    switch about {
    case .skill: known = ["skill"]
    case .project: known = ["project"]
    case .day: known = []
    }
    if number { known.append("n") }
    var rest = Substring(text)
    while let open = rest.firstIndex(of: "{") {
      guard let close = rest[open...].firstIndex(of: "}") else {
        report(LocalizedText(fr: "« { » non fermée dans « \(text) »", en: "unclosed '{' in \"\(text)\""), node)
        return
      }
      let name = String(rest[rest.index(after: open)..<close])
      if !known.contains(name) {
        let list =
          known.isEmpty ? "none in a set about a \(about.rawValue)" : known.map { "{\($0)}" }.joined(separator: ", ")
        report(
          LocalizedText(
            fr: "champ inconnu « {\(name)} » (connus ici : \(list))",
            en: "unknown placeholder '{\(name)}' (known here: \(list))"), node)
      }
      rest = rest[rest.index(after: close)...]
    }
  }
}
