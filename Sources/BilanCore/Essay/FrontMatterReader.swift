import Foundation
import Yams

/// Reads the `key: value` lines of YAML front matter with Yams, keeping where each key stands so a
/// problem can name its line.
struct FrontMatterReader {
  var values: [String: Any] = [:]
  var raw: [String: String] = [:]
  var lines: [String: Int] = [:]

  static func read(_ yamlLines: [String], firstLine: Int) throws -> FrontMatterReader {
    var reader = FrontMatterReader()
    let text = yamlLines.joined(separator: "\n")
    let loaded: Any?
    do {
      loaded = try Yams.load(yaml: text)
    } catch let error as YamlError {
      // Yams' own description quotes the line, which may be private text: keep only the problem.
      let problem = PromptSetError.from(error, file: "")
      throw EditedEssay.Problem(
        line: problem.line + firstLine - 1,
        message: LocalizedText(
          fr: "l'en-tête n'est pas du YAML valable (\(problem.message.fr))",
          en: "the front matter is not valid YAML (\(problem.message.en))"))
    }
    guard let map = loaded as? [String: Any] else {
      if loaded == nil { return reader }
      throw EditedEssay.Problem(
        line: firstLine,
        message: LocalizedText(
          fr: "l'en-tête doit être fait de lignes « clé: valeur »", en: "the front matter must be 'key: value' lines"))
    }
    reader.values = map
    for (offset, line) in yamlLines.enumerated() {
      guard let colon = line.firstIndex(of: ":"), !line.hasPrefix(" "), !line.hasPrefix("#") else { continue }
      let key = String(line[..<colon])
      reader.lines[key] = firstLine + offset
      reader.raw[key] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    }
    return reader
  }

  func string(_ key: String) -> String? {
    guard let value = values[key] else { return nil }
    if let s = value as? String { return s }
    return "\(value)"
  }

  func strings(_ key: String) -> [String]? {
    guard let value = values[key] else { return nil }
    if let list = value as? [Any] { return list.map { "\($0)" } }
    if let s = value as? String { return Tags.parse(s) }
    return nil
  }
}
