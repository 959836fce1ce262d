import Foundation
import Yams

/// What reads one of bilan's YAML data files (a question set, a framework): it gathers every problem
/// with the line and column where it stands, and shares the readers of the values both kinds of file
/// hold (the root, unknown keys, identifiers, flags).
protocol YAMLFileReader {
  var file: String { get }
  var problems: [PromptSetError] { get set }
}

extension YAMLFileReader {
  mutating func report(_ message: LocalizedText, _ node: Node?) {
    let mark = node?.mark
    problems.append(PromptSetError(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1, message: message))
  }

  /// The file's root node and its mapping, or nil with why reported: an empty file, YAML that does not
  /// read (at the cause, `PromptSetError.from`), a root that is not a mapping.
  mutating func root(_ yaml: String, empty: LocalizedText, notMapping: LocalizedText) -> (Node, Node.Mapping)? {
    let root: Node
    do {
      guard let node = try Yams.compose(yaml: yaml) else {
        report(empty, nil)
        return nil
      }
      root = node
    } catch let error as YamlError {
      problems.append(PromptSetError.from(error, file: file, text: yaml))
      return nil
    } catch {
      report(.verbatim("\(error)"), nil)
      return nil
    }
    guard let map = root.mapping else {
      report(notMapping, root)
      return nil
    }
    return (root, map)
  }

  mutating func unknownKeys(_ map: Node.Mapping, allowed: Set<String>, what: LocalizedText) {
    for key in map.keys where !allowed.contains(key.string ?? "") {
      let known = allowed.sorted().joined(separator: ", ")
      report(
        LocalizedText(
          fr: "clé inconnue « \(key.string ?? "?") » dans \(what.fr) (connues : \(known))",
          en: "unknown key '\(key.string ?? "?")' in \(what.en) (known: \(known))"), key)
    }
  }

  mutating func identifier(_ node: Node?, _ key: String, in parent: Node) -> String? {
    guard let node else {
      report(LocalizedText(fr: "« \(key) » manque", en: "missing '\(key)'"), parent)
      return nil
    }
    guard let value = node.scalar?.string,
      value.range(of: #"^[a-z0-9][a-z0-9_-]*$"#, options: .regularExpression) != nil, value.utf8.count <= 64
    else {
      report(
        LocalizedText(
          fr: "« \(key) » doit être fait de minuscules, de chiffres, de « - » ou de « _ » (64 au plus)",
          en: "'\(key)' must be lower-case letters, digits, '-' or '_' (64 at most)"), node)
      return nil
    }
    return value
  }

  mutating func flag(_ node: Node?, _ key: String) -> Bool {
    guard let node else { return false }
    guard let value = node.bool else {
      report(LocalizedText(fr: "« \(key) » doit valoir true ou false", en: "'\(key)' must be true or false"), node)
      return false
    }
    return value
  }
}

/// The YAML files of a user's folder (question sets, frameworks), in name order, each parsed by
/// `parse`: what parsed, and the problems of what did not (an unreadable file, an error of its own)
/// named at their file. A missing folder holds nothing.
enum UserYAMLFolder {
  static func load<Value>(
    _ folder: String, parse: (Data, String) throws -> Value
  ) -> (loaded: [(path: String, value: Value)], problems: [PromptSetError]) {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return ([], []) }
    var loaded: [(path: String, value: Value)] = []
    var problems: [PromptSetError] = []
    for name in names.sorted() where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
      let path = (folder as NSString).appendingPathComponent(name)
      guard let data = FileManager.default.contents(atPath: path) else {
        problems.append(
          PromptSetError(
            file: path, line: 1, column: 1,
            message: LocalizedText(
              fr: "illisible (vérifiez ses droits)", en: "cannot be read (check its permissions)")))
        continue
      }
      do {
        loaded.append((path, try parse(data, path)))
      } catch let error as PromptSetProblems {
        problems.append(contentsOf: error.problems)
      } catch {
        problems.append(PromptSetError(file: path, line: 1, column: 1, message: .verbatim("\(error)")))
      }
    }
    return (loaded, problems)
  }
}
