import Foundation
import Yams

/// A guided question set, loaded from YAML (`prompts/README.md` documents the format).
public struct PromptSet: Sendable, Equatable {
  public var id: String
  public var version: Int
  public var title: LocalizedText
  public var description: LocalizedText?
  public var questions: [Question]

  public struct Question: Sendable, Equatable {
    public var id: String
    public var kind: Kind
    public var required: Bool
    /// Section heading template with `{skill}`; nil for answers that go to the front matter.
    public var heading: LocalizedText?
    public var question: LocalizedText
    public var hint: LocalizedText?
  }

  public enum Kind: String, Sendable, Equatable, CaseIterable {
    /// Paragraphs, ended by a line holding only `.`.
    case text
    /// One line: the essay's description.
    case line
    /// One line of comma-separated tags.
    case tags
    /// A level from 1 to 5.
    case rating

    public var isMultiline: Bool { self == .text }
  }

  public func question(_ id: String) -> Question? {
    questions.first { $0.id == id }
  }
}

/// A problem in a prompt-set file, with where it is.
public struct PromptSetError: Error, Equatable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public var column: Int
  public var message: String

  public var description: String { "\(file):\(line):\(column): \(message)" }
}

extension PromptSet {
  /// Parses and validates one prompt-set file. Every problem names its line and column.
  public static func parse(yaml: String, file: String) throws -> PromptSet {
    func fail(_ message: String, _ mark: Mark? = nil) -> PromptSetError {
      PromptSetError(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1, message: message)
    }
    let root: Node
    do {
      guard let node = try Yams.compose(yaml: yaml) else { throw fail("the file is empty") }
      root = node
    } catch let error as PromptSetError {
      throw error
    } catch let error as YamlError {
      throw PromptSetError.from(error, file: file)
    }
    guard let map = root.mapping else {
      throw fail("a prompt set is a mapping with id, title and questions", root.mark)
    }

    func string(_ node: Node?, _ key: String, in parent: Node) throws -> String {
      guard let node else { throw fail("missing '\(key)'", parent.mark) }
      guard let scalar = node.scalar else { throw fail("'\(key)' must be a text", node.mark) }
      return scalar.string
    }
    func localized(_ node: Node?, _ key: String, in parent: Node) throws -> LocalizedText {
      guard let node else { throw fail("missing '\(key)'", parent.mark) }
      guard let texts = node.mapping else {
        throw fail("'\(key)' must give each language: {fr: …, en: …}", node.mark)
      }
      var values: [Language: String] = [:]
      for (keyNode, value) in texts {
        guard let language = Language(rawValue: keyNode.string ?? "") else {
          throw fail("unknown language '\(keyNode.string ?? "")' in '\(key)' (fr or en)", keyNode.mark)
        }
        values[language] = try string(value, "\(key).\(language.rawValue)", in: node)
      }
      for language in Language.allCases where values[language] == nil {
        throw fail("'\(key)' has no '\(language.rawValue)' variant", node.mark)
      }
      return LocalizedText(fr: values[.fr]!, en: values[.en]!)
    }

    let id = try string(map["id"], "id", in: root)
    guard id.range(of: #"^[a-z0-9][a-z0-9_-]*$"#, options: .regularExpression) != nil else {
      throw fail("id '\(id)' must be lower-case letters, digits, '-' or '_'", map["id"]?.mark)
    }
    let version = map["version"].flatMap { $0.int } ?? 1
    let title = try localized(map["title"], "title", in: root)
    let description = try map["description"].map { try localized($0, "description", in: root) }
    guard let questionsNode = map["questions"] else { throw fail("missing 'questions'", root.mark) }
    guard let items = questionsNode.sequence, !items.isEmpty else {
      throw fail("'questions' must be a non-empty list", questionsNode.mark)
    }
    var questions: [Question] = []
    for item in items {
      guard let q = item.mapping else { throw fail("each question is a mapping", item.mark) }
      let qid = try string(q["id"], "id", in: item)
      guard !questions.contains(where: { $0.id == qid }) else {
        throw fail("duplicate question id '\(qid)'", q["id"]?.mark)
      }
      let kindName = try string(q["kind"], "kind", in: item)
      guard let kind = Kind(rawValue: kindName) else {
        let known = Kind.allCases.map(\.rawValue).joined(separator: ", ")
        throw fail("unknown kind '\(kindName)' (known: \(known))", q["kind"]?.mark)
      }
      let heading = try q["heading"].map { try localized($0, "heading", in: item) }
      if kind == .text, heading == nil { throw fail("a text question needs a 'heading'", item.mark) }
      for text in [heading?.fr, heading?.en].compactMap({ $0 }) {
        try checkPlaceholders(text, mark: q["heading"]?.mark, fail: fail)
      }
      let question = try localized(q["question"], "question", in: item)
      try checkPlaceholders(question.fr, mark: q["question"]?.mark, fail: fail)
      try checkPlaceholders(question.en, mark: q["question"]?.mark, fail: fail)
      questions.append(
        Question(
          id: qid, kind: kind, required: q["required"]?.bool ?? false, heading: heading,
          question: question, hint: try q["hint"].map { try localized($0, "hint", in: item) }))
    }
    return PromptSet(id: id, version: version, title: title, description: description, questions: questions)
  }

  static let placeholders: Set<String> = ["skill"]

  private static func checkPlaceholders(
    _ text: String, mark: Mark?, fail: (String, Mark?) -> PromptSetError
  ) throws {
    var rest = Substring(text)
    while let open = rest.firstIndex(of: "{") {
      guard let close = rest[open...].firstIndex(of: "}") else {
        throw fail("unclosed '{' in '\(text)'", mark)
      }
      let name = String(rest[rest.index(after: open)..<close])
      guard placeholders.contains(name) else {
        throw fail("unknown placeholder '{\(name)}' (known: {skill})", mark)
      }
      rest = rest[rest.index(after: close)...]
    }
  }
}

extension PromptSetError {
  static func from(_ error: YamlError, file: String) -> PromptSetError {
    switch error {
    case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _):
      return PromptSetError(file: file, line: mark.line, column: mark.column, message: problem)
    default:
      return PromptSetError(file: file, line: 1, column: 1, message: "\(error)")
    }
  }
}
