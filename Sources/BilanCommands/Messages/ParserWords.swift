import BilanCore
import Foundation

/// swift-argument-parser's own words (its help's headings, its usage errors) in bilan's other languages.
/// The library writes them in English and takes no catalogue: its finished text is read line by line
/// and each known phrase is replaced. A phrase it adds in a later version stays English until listed
/// here (README, "Languages").
enum ParserWords {
  /// A pattern over the whole text, and its French; `$1`… are the pattern's groups. `^`/`$` are a
  /// line's ends; ` +` between words also spans the line break and indent the library wraps with.
  private static let french: [(NSRegularExpression, String)] = [
    (#"^OVERVIEW: "#, "APERÇU : "),
    (#"^USAGE: "#, "UTILISATION : "),
    (#"^ARGUMENTS:$"#, "ARGUMENTS :"),
    (#"^OPTIONS:$"#, "OPTIONS :"),
    (#"^SUBCOMMANDS:$"#, "SOUS-COMMANDES :"),
    (#"^  See '(.*) <subcommand>' +for +detailed +help\."#, "  Voir « $1 <sous-commande> » pour l'aide détaillée."),
    (#"^  See '(.*)' +for +more +information\."#, "  Voir « $1 » pour en savoir plus."),
    (#"Show +subcommand +help +information\."#, "Afficher l'aide d'une sous-commande."),
    (#"Show +help +information\."#, "Afficher cette aide."),
    (#"Show +the +version\."#, "Afficher la version."),
    (#"\(values: +([^)]*?); +default: +([^)]*)\)"#, "(valeurs : $1 ; par défaut : $2)"),
    (#"\(values: +([^)]*)\)"#, "(valeurs : $1)"),
    (#"\(default: +([^)]*)\)"#, "(par défaut : $1)"),
    (#" \(default\)$"#, " (par défaut)"),
    (#"^Usage: "#, "Utilisation : "),
    (#"^Help:  "#, "Aide : "),
    (#"^Error: "#, "Erreur : "),
    (#"Unknown option '([^']*)'\. Did you mean '([^']*)'\?"#, "option inconnue « $1 » ; vouliez-vous dire « $2 » ?"),
    (#"Unknown option '([^']*)'"#, "option inconnue « $1 »"),
    (#"Invalid option: (.*)$"#, "option non valable : $1"),
    (#"Missing value for '([^']*)'"#, "valeur manquante pour « $1 »"),
    (#"Missing expected argument '([^']*)'"#, "argument attendu manquant : « $1 »"),
    (#"Missing one of: '([^']*)'"#, "il manque l'un de : « $1 »"),
    (#"Missing required subcommand\."#, "sous-commande manquante."),
    (#"(\d+) unexpected arguments: '(.*)'"#, "$1 arguments inattendus : « $2 »"),
    (#"Unexpected argument '([^']*)'"#, "argument inattendu : « $1 »"),
    (#"The value '([^']*)' is invalid for '([^']*)'"#, "la valeur « $1 » n'est pas valable pour « $2 »"),
    (#"The value '([^']*)' is invalid\."#, "la valeur « $1 » n'est pas valable."),
    (#"\. Please provide one of the following:$"#, ". Valeurs possibles :"),
    (#"\. Please provide one of (.*)\.$"#, ". Valeurs possibles : $1."),
  ].map { pattern, french in
    // A space in a phrase is any run of blanks: the library may have cut the phrase across lines.
    let spanning = pattern.replacingOccurrences(of: " +", with: "\\s+")
    return (try! NSRegularExpression(pattern: spanning, options: [.anchorsMatchLines]), french)
  }

  /// `text` (help or an error, as swift-argument-parser wrote it) with its words in `language`.
  static func translate(_ text: String, _ language: Language) -> String {
    guard language == .fr else { return text }
    var text = text
    for (pattern, template) in french {
      let range = NSRange(text.startIndex..., in: text)
      text = pattern.stringByReplacingMatches(in: text, range: range, withTemplate: template)
    }
    // A list of values, quoted the French way: "'fr' and 'en'", "'a', 'b', and 'c'".
    return text.components(separatedBy: "\n").map { line in
      guard line.hasPrefix("Erreur : "), let start = line.range(of: "Valeurs possibles : ") else { return line }
      let values = line[start.upperBound...].replacingOccurrences(of: "', and '", with: "' ou '")
        .replacingOccurrences(of: "' and '", with: "' ou '")
        .replacing(#/'([^']*)'/#) { "« \($0.1) »" }
      return line[..<start.upperBound] + values
    }.joined(separator: "\n")
  }
}
