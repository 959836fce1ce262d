import Foundation
import Yams

extension PromptSetError {
  /// Where a text ends, its lines counted as YAML (and most editors) count them: CR, LF, CRLF, NEL, LS
  /// and PS each end one. The line is the text's last (the empty one after a final line break).
  public static func end(of text: String) -> (line: Int, column: Int) {
    var (line, column, previous) = (1, 1, Unicode.Scalar(0))
    for scalar in text.unicodeScalars {
      if ["\r", "\n", "\u{85}", "\u{2028}", "\u{2029}"].contains(scalar) {
        if !(previous == "\r" && scalar == "\n") { (line, column) = (line + 1, 1) }
      } else {
        column += 1
      }
      previous = scalar
    }
    return (line, column)
  }

  /// `text`, when given, is the whole file: libyaml puts a problem found at the end of the input on the
  /// line after the last, which a file whose last line has no line break does not have; the problem is
  /// then named at the end of that last line (`Fuzz/FuzzPromptSet.swift` found it).
  static func from(_ error: YamlError, file: String, text: String? = nil) -> PromptSetError {
    func at(_ mark: Mark, _ problem: LocalizedText) -> PromptSetError {
      if let text {
        let end = end(of: text)
        if mark.line > end.line {
          return PromptSetError(file: file, line: end.line, column: end.column, message: problem)
        }
      }
      return PromptSetError(file: file, line: mark.line, column: mark.column, message: problem)
    }
    switch error {
    case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _):
      // An unclosed quote or bracket is found where the text ends; its cause is where it opened.
      // libyaml's own words are quoted as it wrote them; bilan's around them are in each language.
      let opened: [(String, LocalizedText)] = [
        ("quoted scalar", LocalizedText(fr: "un guillemet", en: "a quote")),
        ("flow sequence", LocalizedText(fr: "un « [ »", en: "a '['")),
        ("flow mapping", LocalizedText(fr: "une « { »", en: "a '{'")),
      ]
      for (construct, what) in opened where context?.text.contains(construct) == true {
        let said = "\(problem) \(context!.text)"
        let closed = what.fr.hasPrefix("une") ? "fermée" : "fermé"
        return at(
          context!.mark,
          LocalizedText(
            fr: "\(what.fr) ouvert\(closed.dropFirst(5)) ici n'est jamais \(closed) (YAML : « \(said) »)",
            en: "\(said) opened here (\(what.en) is not closed)"))
      }
      return at(mark, .verbatim(problem))
    case .composer(_, let problem, let mark, _):
      return at(mark, .verbatim(problem))
    case .duplicatedKeysInMapping(let duplicates, let context):
      let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
      return PromptSetError(
        file: file, line: context.mark.line, column: context.mark.column,
        message: LocalizedText(fr: "clé en double : \(keys)", en: "duplicate key \(keys)"))
    case .reader(let problem, let offset, _, let yaml):
      // Yams' description would quote the text; the line is counted from the byte offset instead.
      let line = offset.map { o in yaml.utf8.prefix(o).reduce(1) { $1 == 0x0A ? $0 + 1 : $0 } } ?? 1
      return PromptSetError(file: file, line: line, column: 1, message: .verbatim(problem))
    default:
      return PromptSetError(
        file: file, line: 1, column: 1,
        message: LocalizedText(fr: "le YAML ne peut pas être lu", en: "the YAML cannot be read"))
    }
  }
}
