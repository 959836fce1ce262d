import Foundation
import Yams

/// The user's settings, `$XDG_CONFIG_HOME/bilan/config.yaml`. A bad file never stops bilan: each problem
/// is reported with its line and the default is used instead.
public struct Config: Sendable, Equatable {
  /// The question set `assess` uses when none is named.
  public var defaultSet: String?
  /// The language, after `--lang` and `BILAN_LANG`, before the locale.
  public var lang: Language?

  public init(defaultSet: String? = nil, lang: Language? = nil) {
    self.defaultSet = defaultSet
    self.lang = lang
  }

  /// Every key, with what it does (the README lists them too).
  public static let keys: [(key: String, help: String)] = [
    ("default_set", "the question set 'assess' uses when --set is not given (default: vision)"),
    ("lang", "fr or en: the language of questions and messages, after --lang and BILAN_LANG, before the locale"),
  ]

  /// Reads the file at `path`; a missing file is the defaults, silently.
  public static func load(path: String) -> (Config, [PromptSetError]) {
    guard let data = FileManager.default.contents(atPath: path) else {
      if FileManager.default.fileExists(atPath: path) {
        return (
          Config(), [PromptSetError(file: path, line: 1, column: 1, message: "cannot be read; using the defaults")]
        )
      }
      return (Config(), [])
    }
    guard let text = String(data: data, encoding: .utf8), !data.contains(0) else {
      return (Config(), [PromptSetError(file: path, line: 1, column: 1, message: "not UTF-8 text; using the defaults")])
    }
    return parse(yaml: text, file: path)
  }

  public static func parse(yaml: String, file: String) -> (Config, [PromptSetError]) {
    var config = Config()
    var problems: [PromptSetError] = []
    func report(_ message: String, _ node: Node?) {
      problems.append(
        PromptSetError(file: file, line: node?.mark?.line ?? 1, column: node?.mark?.column ?? 1, message: message))
    }
    let root: Node?
    do {
      root = try Yams.compose(yaml: yaml)
    } catch let error as YamlError {
      var problem = PromptSetError.from(error, file: file)
      problem.message += "; using the defaults"
      return (config, [problem])
    } catch {
      return (config, [PromptSetError(file: file, line: 1, column: 1, message: "\(error)")])
    }
    guard let root else { return (config, []) }  // an empty file
    guard let map = root.mapping else {
      report("expected 'key: value' lines (keys: \(keys.map(\.key).joined(separator: ", "))); using the defaults", root)
      return (config, problems)
    }
    for (keyNode, value) in map {
      switch keyNode.string {
      case "default_set":
        if let id = value.string, id.range(of: #"^[a-z0-9][a-z0-9_-]*$"#, options: .regularExpression) != nil {
          config.defaultSet = id
        } else {
          report("'default_set' must be a set id such as portfolio; ignored", value)
        }
      case "lang":
        if let language = value.string.flatMap({ Language(rawValue: $0.lowercased()) }) {
          config.lang = language
        } else {
          report("'lang' must be fr or en; ignored", value)
        }
      default:
        report(
          "unknown key '\(keyNode.string ?? "?")' (known: \(keys.map(\.key).joined(separator: ", "))); ignored", keyNode
        )
      }
    }
    return (config, problems)
  }
}
