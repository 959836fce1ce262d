import Foundation
import Yams

/// Every problem found in one prompt-set file, in the order of the file.
public struct PromptSetProblems: Error, Equatable, CustomStringConvertible {
  public var problems: [PromptSetError]
  public var description: String { problems.map(\.description).joined(separator: "\n") }
}

extension PromptSet {
  /// The most questions a set may hold: a longer interview is a mistake, not a plan.
  public static let maxQuestions = 200

  /// Parses and validates one prompt-set file. It reports every problem it can find, each with its line
  /// and column, and never stops at the first when the rest can still be read.
  public static func parse(yaml: String, file: String) throws -> PromptSet {
    var parser = PromptSetParser(file: file)
    let set = parser.parse(yaml)
    if let set, parser.problems.isEmpty { return set }
    throw PromptSetProblems(problems: parser.problems)
  }

  /// Reads a file's bytes: a binary or non-UTF-8 file is a problem at line 1, not a crash.
  public static func parse(data: Data, file: String) throws -> PromptSet {
    if data.contains(0) {
      throw PromptSetProblems(problems: [
        PromptSetError(
          file: file, line: 1, column: 1,
          message: LocalizedText(fr: "ce n'est pas un fichier texte", en: "not a text file"))
      ])
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw PromptSetProblems(problems: [
        PromptSetError(
          file: file, line: 1, column: 1,
          message: LocalizedText(fr: "le fichier n'est pas du texte UTF-8", en: "the file is not UTF-8 text"))
      ])
    }
    return try parse(yaml: text, file: file)
  }
}

/// Reads a set from libyaml's nodes, gathering every problem with its position. Its readers of single
/// values (keys, identifiers, flags, texts in each language) are in `PromptSetParser+Values.swift`.
struct PromptSetParser: YAMLFileReader {
  let file: String
  var problems: [PromptSetError] = []
  var about = PromptSet.About.skill

  init(file: String) { self.file = file }

  static let setKeys: Set<String> = ["id", "version", "about", "title", "description", "questions"]
  static let questionKeys: Set<String> = [
    "id", "kind", "required", "heading", "label", "question", "hint", "min_words", "min", "max", "item",
    "questions", "source", "from",
  ]
  /// Kinds an anecdote may ask.
  static let partKinds: Set<PromptSet.Kind> = [.text, .line, .list, .link, .links, .evidence]
  /// Kinds a set holds once at most: each fills one place of the entry (its rating, its tags…).
  static let singleKinds: Set<PromptSet.Kind> = [.rating, .evidence, .target, .tags, .skills]

  mutating func parse(_ yaml: String) -> PromptSet? {
    guard
      let (root, map) = root(
        yaml,
        empty: LocalizedText(
          fr: "le fichier est vide : un jeu a besoin de id, title et questions",
          en: "the file is empty: a set needs id, title and questions"),
        notMapping: LocalizedText(
          fr: "un jeu de questions est un dictionnaire avec id, title et questions",
          en: "a prompt set is a mapping with id, title and questions"))
    else { return nil }
    unknownKeys(map, allowed: Self.setKeys, what: LocalizedText(fr: "un jeu", en: "a set"))
    let id = identifier(map["id"], "id", in: root) ?? "?"
    var version = 1
    if let node = map["version"] {
      if let value = node.int, value >= 1 {
        version = value
      } else {
        report(
          LocalizedText(fr: "« version » doit être un nombre entier", en: "'version' must be a whole number"), node)
      }
    }
    if let node = map["about"] {
      if let value = node.string.flatMap(PromptSet.About.init(rawValue:)) {
        about = value
      } else {
        report(
          LocalizedText(fr: "« about » doit valoir skill, project ou day", en: "'about' must be skill, project or day"),
          node)
      }
    }
    let title = localized(map["title"], "title", in: root)
    let description = map["description"].flatMap { localized($0, "description", in: root) }
    guard let questionsNode = map["questions"] else {
      report(LocalizedText(fr: "« questions » manque", en: "missing 'questions'"), root)
      return nil
    }
    guard let items = questionsNode.sequence, !items.isEmpty else {
      report(
        LocalizedText(fr: "« questions » doit être une liste non vide", en: "'questions' must be a non-empty list"),
        questionsNode)
      return nil
    }
    guard items.count <= PromptSet.maxQuestions else {
      report(
        LocalizedText(
          fr: "\(items.count) questions : un jeu en contient au plus \(PromptSet.maxQuestions)",
          en: "\(items.count) questions: a set holds at most \(PromptSet.maxQuestions)"), questionsNode)
      return nil
    }
    let questions = questionList(Array(items), nested: false)
    let known = Set(questions.flatMap { [$0.id] + $0.parts.map(\.id) })
    let everyQuestion: [PromptSet.Question] = questions.flatMap { [$0] + $0.parts }
    let linkIDs = Set(everyQuestion.filter { $0.kind == .link || $0.kind == .links }.map(\.id))
    for question in questions where question.kind == .generated {
      for id in question.from where !known.contains(id) {
        report(
          LocalizedText(
            fr: "« from » nomme « \(id) », qui n'est pas une question de ce jeu",
            en: "'from' names '\(id)', which is not a question of this set"), questionsNode)
      }
      for id in question.from where known.contains(id) && !linkIDs.contains(id) {
        report(
          LocalizedText(
            fr: "« from » nomme « \(id) », qui n'est pas une question link ou links",
            en: "'from' names '\(id)', which is not a link or links question"), questionsNode)
      }
    }
    if !questions.isEmpty, questions.allSatisfy({ $0.kind == .generated }) {
      report(
        LocalizedText(
          fr: "un jeu a besoin d'au moins une question à poser", en: "a set needs at least one question to ask"),
        questionsNode)
    }
    for kind in Self.singleKinds {
      let found = questions.filter { $0.kind == kind }
      if found.count > 1 {
        report(
          LocalizedText(
            fr: "un jeu contient une question « \(kind.rawValue) » au plus",
            en: "a set holds one '\(kind.rawValue)' question at most"), questionsNode)
      }
    }
    guard let title else { return nil }
    return PromptSet(
      id: id, version: version, about: about, title: title, description: description, questions: questions)
  }

  mutating func questionList(_ items: [Node], nested: Bool) -> [PromptSet.Question] {
    var questions: [PromptSet.Question] = []
    var ids = Set<String>()
    for item in items {
      guard let question = question(item, nested: nested) else { continue }
      if !ids.insert(question.id).inserted {
        report(
          LocalizedText(
            fr: "identifiant de question en double : « \(question.id) »", en: "duplicate question id '\(question.id)'"),
          item.mapping?["id"])
        continue
      }
      questions.append(question)
    }
    return questions
  }

  mutating func question(_ item: Node, nested: Bool) -> PromptSet.Question? {
    guard let q = item.mapping else {
      report(
        LocalizedText(
          fr: "chaque question est un dictionnaire avec id, kind et question",
          en: "each question is a mapping with id, kind and question"), item)
      return nil
    }
    unknownKeys(q, allowed: Self.questionKeys, what: LocalizedText(fr: "une question", en: "a question"))
    let id = identifier(q["id"], "id", in: item)
    guard let kindNode = q["kind"] else {
      report(LocalizedText(fr: "« kind » manque", en: "missing 'kind'"), item)
      return nil
    }
    guard let kind = kindNode.string.flatMap(PromptSet.Kind.init(rawValue:)) else {
      let known = PromptSet.Kind.allCases.map(\.rawValue).joined(separator: ", ")
      report(
        LocalizedText(
          fr: "type inconnu « \(kindNode.string ?? "") » (connus : \(known))",
          en: "unknown kind '\(kindNode.string ?? "")' (known: \(known))"), kindNode)
      return nil
    }
    if nested, !Self.partKinds.contains(kind) {
      let allowed = Self.partKinds.map(\.rawValue).sorted().joined(separator: ", ")
      report(
        LocalizedText(
          fr: "une anecdote ne peut pas poser de question « \(kind.rawValue) » (permises : \(allowed))",
          en: "an anecdote cannot ask a '\(kind.rawValue)' question (allowed: \(allowed))"), kindNode)
    }
    let heading = q["heading"].flatMap { localized($0, "heading", in: item, placeholders: true) }
    let label = q["label"].flatMap { localized($0, "label", in: item, placeholders: true) }
    var question = LocalizedText(fr: "", en: "")
    if kind == .generated {
      if q["question"] != nil {
        report(
          LocalizedText(
            fr: "une section produite n'est pas posée : retirez « question »",
            en: "a generated section is not asked: remove 'question'"), q["question"])
      }
    } else if let text = localized(q["question"], "question", in: item, placeholders: true) {
      question = text
    }
    let hint = q["hint"].flatMap { localized($0, "hint", in: item, placeholders: true) }
    var result = PromptSet.Question(
      id: id ?? "?", kind: kind, required: flag(q["required"], "required"), heading: heading, label: label,
      question: question, hint: hint)

    if let node = q["min_words"] {
      if ![.text, .evidence, .list].contains(kind) {
        report(
          LocalizedText(
            fr: "« min_words » s'applique aux questions text, evidence et list",
            en: "'min_words' applies to text, evidence and list questions"), node)
      } else if let value = node.int, value >= 1 {
        result.minWords = value
      } else {
        report(
          LocalizedText(
            fr: "« min_words » doit être un nombre entier supérieur à 0",
            en: "'min_words' must be a whole number above 0"), node)
      }
    }
    if kind == .anecdotes {
      anecdotes(q, item, &result)
    } else {
      for key in ["min", "max", "item", "questions"] where q[key] != nil {
        report(
          LocalizedText(
            fr: "« \(key) » ne s'applique qu'aux questions d'anecdotes",
            en: "'\(key)' applies to anecdotes questions only"), q[key])
      }
    }
    if kind == .generated {
      if let node = q["source"] {
        result.source = node.string.flatMap(PromptSet.Source.init(rawValue:))
        if result.source == nil {
          report(
            LocalizedText(
              fr: "source inconnue « \(node.string ?? "") » (connue : links)",
              en: "unknown source '\(node.string ?? "")' (known: links)"), node)
        }
      } else {
        report(
          LocalizedText(
            fr: "une section produite a besoin de « source: links »", en: "a generated section needs 'source: links'"),
          item)
      }
      if heading == nil {
        report(
          LocalizedText(
            fr: "une section produite a besoin d'un « heading »", en: "a generated section needs a 'heading'"), item)
      }
      if let node = q["from"] {
        if let ids = node.sequence?.compactMap(\.string), ids.count == node.sequence?.count, !ids.isEmpty {
          result.from = ids
        } else {
          report(
            LocalizedText(
              fr: "« from » doit être une liste d'identifiants de questions, comme [project]",
              en: "'from' must be a list of question ids, such as [project]"), node)
        }
      }
    } else {
      for key in ["source", "from"] where q[key] != nil {
        report(
          LocalizedText(
            fr: "« \(key) » ne s'applique qu'aux sections produites", en: "'\(key)' applies to generated sections only"),
          q[key])
      }
    }
    placement(result, nested: nested, item: item)
    return id == nil ? nil : result
  }

  mutating func anecdotes(_ q: Node.Mapping, _ item: Node, _ result: inout PromptSet.Question) {
    func count(_ key: String, _ fallback: Int) -> Int {
      guard let node = q[key] else { return fallback }
      guard let value = node.int, (0...20).contains(value) else {
        report(
          LocalizedText(
            fr: "« \(key) » doit être un nombre entier de 0 à 20", en: "'\(key)' must be a whole number from 0 to 20"),
          node)
        return fallback
      }
      return value
    }
    result.min = count("min", 1)
    result.max = count("max", 3)
    if result.max < 1 || result.max < result.min {
      report(
        LocalizedText(
          fr: "« max » (\(result.max)) doit valoir au moins 1 et au moins « min » (\(result.min))",
          en: "'max' (\(result.max)) must be at least 1 and at least 'min' (\(result.min))"), q["max"] ?? item)
    }
    if let node = q["item"], let text = localized(node, "item", in: item, placeholders: true, number: true) {
      result.item = text
    }
    guard let partsNode = q["questions"] else {
      report(
        LocalizedText(
          fr: "une question d'anecdotes a besoin de « questions », posées pour chaque anecdote",
          en: "an anecdotes question needs 'questions', asked for each anecdote"), item)
      return
    }
    guard let parts = partsNode.sequence, !parts.isEmpty, parts.count <= PromptSet.maxQuestions else {
      report(
        LocalizedText(
          fr: "« questions » doit être une liste de 1 à \(PromptSet.maxQuestions) questions",
          en: "'questions' must be a list of 1 to \(PromptSet.maxQuestions) questions"), partsNode)
      return
    }
    result.parts = questionList(Array(parts), nested: true)
  }

  /// Where an answer goes: a question that shows in the body needs a heading or a label.
  mutating func placement(_ question: PromptSet.Question, nested: Bool, item: Node) {
    let frontMatterOnly: Set<PromptSet.Kind> = [.tags, .rating, .target]
    if nested {
      if question.heading != nil {
        report(
          LocalizedText(
            fr: "une question d'anecdote prend un « label », pas un « heading »",
            en: "an anecdote's question takes a 'label', not a 'heading'"), item)
      }
      if question.label == nil, !(question.id == "title" && question.kind == .line) {
        report(
          LocalizedText(
            fr: "une question d'anecdote a besoin d'un « label » (sauf la ligne « title », son titre)",
            en: "an anecdote's question needs a 'label' (except the line 'title', its heading)"), item)
      }
      return
    }
    if question.kind == .tags, question.isInBody {
      report(
        LocalizedText(
          fr: "les étiquettes vont dans l'en-tête : retirez « heading » et « label »",
          en: "tags go to the front matter: remove 'heading' and 'label'"), item)
    }
    if !question.isInBody, !frontMatterOnly.contains(question.kind), !question.isDescription {
      report(
        LocalizedText(
          fr:
            "une question « \(question.kind.rawValue) » a besoin d'un « heading » ou d'un « label » pour paraître dans l'essai",
          en: "a '\(question.kind.rawValue)' question needs a 'heading' or a 'label' to appear in the essay"), item)
    }
  }
}
