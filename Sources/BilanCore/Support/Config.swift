import Foundation
import Yams

/// The user's settings, `$XDG_CONFIG_HOME/bilan/config.yaml`: flat `key: value` lines. A bad file never
/// stops bilan: each bad line is reported with its position and the default is used for it.
public struct Config: Sendable, Equatable {
  /// The question set `assess` uses when none is named.
  public var defaultSet: String?
  /// The language, after `--lang` and `BILAN_LANG`, before the locale.
  public var lang: Language?
  /// How often skills are re-rated when they have no cadence of their own (90 days).
  public var cadence: Cadence?
  /// Where each key was read, to name the line when its value turns out unusable later.
  public var lines: [String: Int] = [:]

  public init(defaultSet: String? = nil, lang: Language? = nil) {
    self.defaultSet = defaultSet
    self.lang = lang
  }

  public static func == (a: Config, b: Config) -> Bool {
    a.defaultSet == b.defaultSet && a.lang == b.lang && a.cadence == b.cadence
  }

  /// Every key, with what it does (the README lists them too).
  public static let keys: [(key: String, help: String)] = [
    ("default_set", "the question set 'assess' uses when --set is not given (default: vision)"),
    ("lang", "fr or en: the language of questions and messages, after --lang and BILAN_LANG, before the locale"),
    ("cadence", "how often a skill is due for re-rating when it has no cadence of its own: 30d, 6w, 3m (default 90d)"),
  ]

  /// Reads the file at `path`; a missing file is the defaults, silently.
  public static func load(path: String) -> (Config, [PromptSetError]) {
    guard let data = FileManager.default.contents(atPath: path) else {
      if FileManager.default.fileExists(atPath: path) {
        let message = LocalizedText(fr: "illisible ; réglages par défaut", en: "cannot be read; using the defaults")
        return (Config(), [PromptSetError(file: path, line: 1, column: 1, message: message)])
      }
      return (Config(), [])
    }
    guard let text = String(data: data, encoding: .utf8), !data.contains(0) else {
      let message = LocalizedText(
        fr: "pas du texte UTF-8 ; réglages par défaut", en: "not UTF-8 text; using the defaults")
      return (Config(), [PromptSetError(file: path, line: 1, column: 1, message: message)])
    }
    return parse(yaml: text, file: path)
  }

  /// The file is flat `key: value` lines, read one at a time: a bad line costs only itself.
  public static func parse(yaml: String, file: String) -> (Config, [PromptSetError]) {
    let known = keys.map(\.key).joined(separator: ", ")
    var config = Config()
    var problems: [PromptSetError] = []
    func report(_ line: Int, _ column: Int, _ french: String, _ english: String) {
      problems.append(
        PromptSetError(file: file, line: line, column: column, message: LocalizedText(fr: french, en: english)))
    }
    var seen = Set<String>()
    let lines = yaml.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n")
    for (index, line) in lines.enumerated() {
      let number = index + 1
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.isEmpty || trimmed.hasPrefix("#") || (index == 0 && trimmed == "---") { continue }
      if line.first == " " || line.first == "\t" {
        report(
          number, 1, "ligne en retrait : chaque clé commence la ligne ; ignorée",
          "indented line: each key starts its line; ignored")
        continue
      }
      guard let colon = line.firstIndex(of: ":") else {
        report(
          number, 1, "attendu « clé: valeur » (clés : \(known)) ; ignorée",
          "expected 'key: value' (keys: \(known)); ignored")
        continue
      }
      let key = String(line[..<colon]).trimmingCharacters(in: .whitespaces)
      let afterColon = line[line.index(after: colon)...]
      let valueStart = afterColon.firstIndex { $0 != " " && $0 != "\t" } ?? afterColon.endIndex
      let valueColumn = line.distance(from: line.startIndex, to: valueStart) + 1
      let value: String?
      do {
        // `cadence: 30` is a number to YAML: every scalar is read as its text.
        value = try Yams.load(yaml: String(line[line.index(after: colon)...])).map { "\($0)" }
      } catch {
        value = nil
      }
      guard seen.insert(key).inserted else {
        report(number, 1, "« \(key) » est déjà donnée plus haut ; ignorée", "'\(key)' is already given above; ignored")
        continue
      }
      config.lines[key] = number
      switch key {
      case "default_set":
        if let id = value, id.range(of: #"^[a-z0-9][a-z0-9_-]*$"#, options: .regularExpression) != nil {
          config.defaultSet = id
        } else {
          report(
            number, valueColumn, "« default_set » attend l'id d'un jeu, comme portfolio ; ignorée",
            "'default_set' must be a set id such as portfolio; ignored")
        }
      case "lang":
        if let language = value.flatMap({ Language(rawValue: $0.lowercased()) }) {
          config.lang = language
        } else {
          report(number, valueColumn, "« lang » vaut fr ou en ; ignorée", "'lang' must be fr or en; ignored")
        }
      case "cadence":
        if let cadence = value.flatMap(Cadence.init) {
          config.cadence = cadence
        } else {
          report(
            number, valueColumn, "« cadence » s'écrit 30d, 6w ou 3m ; ignorée",
            "'cadence' is written 30d, 6w or 3m; ignored")
        }
      default:
        report(
          number, 1, "clé inconnue « \(key) » (connues : \(known)) ; ignorée",
          "unknown key '\(key)' (known: \(known)); ignored")
      }
    }
    return (config, problems)
  }
}
