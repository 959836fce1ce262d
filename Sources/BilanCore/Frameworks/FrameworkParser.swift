import Foundation
import Yams

extension Framework {
  /// Parses and validates one framework file: every problem it can find, each with its line and column
  /// (`PromptSetError`, as question sets report theirs), never only the first.
  public static func parse(yaml: String, file: String) throws -> Framework {
    var parser = FrameworkParser(file: file)
    let framework = parser.parse(yaml)
    if let framework, parser.problems.isEmpty { return framework }
    throw PromptSetProblems(problems: parser.problems)
  }

  /// A file's bytes: a binary or non-UTF-8 file is a problem at line 1, not a crash.
  public static func parse(data: Data, file: String) throws -> Framework {
    guard !data.contains(0), let text = String(data: data, encoding: .utf8) else {
      throw PromptSetProblems(problems: [
        PromptSetError(
          file: file, line: 1, column: 1,
          message: LocalizedText(fr: "ce n'est pas un fichier texte UTF-8", en: "not a UTF-8 text file"))
      ])
    }
    return try parse(yaml: text, file: file)
  }
}

private struct FrameworkParser: YAMLFileReader {
  let file: String
  var problems: [PromptSetError] = []
  var levels: [String: Int] = [:]
  var stageIDs: [String] = []

  init(file: String) { self.file = file }

  static let frameworkKeys: Set<String> = ["id", "version", "title", "description", "levels", "stages", "skills"]
  static let skillKeys: Set<String> = ["skill", "expected", "components"]
  static let componentKeys: Set<String> = ["id", "name", "expected"]
  static let stageKeys: Set<String> = ["id", "name"]

  mutating func parse(_ yaml: String) -> Framework? {
    guard
      let (root, map) = root(
        yaml,
        empty: LocalizedText(
          fr: "le fichier est vide : un référentiel a besoin de id, title, stages et skills",
          en: "the file is empty: a framework needs id, title, stages and skills"),
        notMapping: LocalizedText(
          fr: "un référentiel est un dictionnaire avec id, title, stages et skills",
          en: "a framework is a mapping with id, title, stages and skills"))
    else { return nil }
    unknownKeys(map, allowed: Self.frameworkKeys, what: LocalizedText(fr: "un référentiel", en: "a framework"))
    let id = identifier(map["id"], "id", in: root)
    var version = 1
    if let node = map["version"] {
      if let value = node.int, value >= 1 {
        version = value
      } else {
        report(
          LocalizedText(fr: "« version » doit être un nombre entier", en: "'version' must be a whole number"), node)
      }
    }
    let title = localized(map["title"], "title", in: root)
    let description = map["description"].flatMap { localized($0, "description", in: root) }
    if let node = map["levels"] { readLevels(node) }
    let stages = readStages(map["stages"], in: root)
    let skills = readSkills(map["skills"], in: root)
    guard let id, let title else { return nil }
    return Framework(
      id: id, version: version, title: title, description: description, levels: levels, stages: stages,
      skills: skills)
  }

  mutating func readLevels(_ node: Node) {
    guard let map = node.mapping else {
      report(
        LocalizedText(
          fr: "« levels » donne à chaque mot son niveau de 1 à 5 : {acquis: 3}",
          en: "'levels' gives each word its level from 1 to 5: {acquis: 3}"), node)
      return
    }
    for (key, value) in map {
      guard let word = key.string, !word.isEmpty else { continue }
      guard let level = value.int, RatingScale.levels.contains(level) else {
        report(
          LocalizedText(
            fr: "« levels.\(word) » doit être un niveau de 1 à 5", en: "'levels.\(word)' must be a level from 1 to 5"),
          value)
        continue
      }
      levels[word] = level
    }
  }

  mutating func readStages(_ node: Node?, in root: Node) -> [Framework.Stage] {
    guard let node else {
      report(LocalizedText(fr: "« stages » manque", en: "missing 'stages'"), root)
      return []
    }
    guard let items = node.sequence, !items.isEmpty else {
      report(
        LocalizedText(fr: "« stages » doit être une liste non vide", en: "'stages' must be a non-empty list"), node)
      return []
    }
    var stages: [Framework.Stage] = []
    for item in items {
      guard let map = item.mapping else {
        report(
          LocalizedText(
            fr: "chaque étape est un dictionnaire avec id et name", en: "each stage is a mapping with id and name"),
          item)
        continue
      }
      unknownKeys(map, allowed: Self.stageKeys, what: LocalizedText(fr: "une étape", en: "a stage"))
      let id = identifier(map["id"], "id", in: item)
      let name = localized(map["name"], "name", in: item)
      guard let id else { continue }
      if stageIDs.contains(id) {
        report(LocalizedText(fr: "étape en double : « \(id) »", en: "duplicate stage '\(id)'"), map["id"])
        continue
      }
      stageIDs.append(id)
      if let name { stages.append(Framework.Stage(id: id, name: name)) }
    }
    return stages
  }

  mutating func readSkills(_ node: Node?, in root: Node) -> [Framework.Item] {
    guard let node else {
      report(LocalizedText(fr: "« skills » manque", en: "missing 'skills'"), root)
      return []
    }
    guard let items = node.sequence, !items.isEmpty else {
      report(
        LocalizedText(fr: "« skills » doit être une liste non vide", en: "'skills' must be a non-empty list"), node)
      return []
    }
    var skills: [Framework.Item] = []
    var seen = Set<String>()
    for item in items {
      guard let map = item.mapping else {
        report(
          LocalizedText(
            fr: "chaque compétence est un dictionnaire avec skill et expected",
            en: "each skill is a mapping with skill and expected"), item)
        continue
      }
      unknownKeys(map, allowed: Self.skillKeys, what: LocalizedText(fr: "une compétence", en: "a skill"))
      guard let nameNode = map["skill"], let name = nameNode.scalar?.string,
        !name.trimmingCharacters(in: .whitespaces).isEmpty
      else {
        report(
          LocalizedText(
            fr: "« skill » manque : l'id d'une compétence du catalogue ou son nom",
            en: "missing 'skill': a catalogue skill's id or its name"), map["skill"] ?? item)
        continue
      }
      if !seen.insert(Skill.key(for: name)).inserted {
        report(LocalizedText(fr: "compétence en double : « \(name) »", en: "duplicate skill '\(name)'"), nameNode)
      }
      let expected = readExpected(map["expected"], in: item, required: map["components"] == nil)
      var components: [Framework.Component] = []
      if let node = map["components"] { components = readComponents(node) }
      skills.append(Framework.Item(skill: name, expected: expected, components: components))
    }
    return skills
  }

  mutating func readComponents(_ node: Node) -> [Framework.Component] {
    guard let items = node.sequence, !items.isEmpty else {
      report(
        LocalizedText(
          fr: "« components » doit être une liste non vide", en: "'components' must be a non-empty list"), node)
      return []
    }
    var components: [Framework.Component] = []
    for item in items {
      guard let map = item.mapping else {
        report(
          LocalizedText(
            fr: "chaque composante est un dictionnaire avec id, name et expected",
            en: "each component is a mapping with id, name and expected"), item)
        continue
      }
      unknownKeys(map, allowed: Self.componentKeys, what: LocalizedText(fr: "une composante", en: "a component"))
      let id = identifier(map["id"], "id", in: item)
      let name = localized(map["name"], "name", in: item)
      let expected = readExpected(map["expected"], in: item, required: true)
      if let id, components.contains(where: { $0.id == id }) {
        report(LocalizedText(fr: "composante en double : « \(id) »", en: "duplicate component '\(id)'"), map["id"])
        continue
      }
      if let id, let name { components.append(Framework.Component(id: id, name: name, expected: expected)) }
    }
    return components
  }

  /// `{year1: 2, year2: acquis}`: each key a stage, each value a level or a word of `levels`.
  mutating func readExpected(_ node: Node?, in parent: Node, required: Bool) -> [String: Int] {
    guard let node else {
      if required {
        report(
          LocalizedText(
            fr: "« expected » manque : le niveau attendu à chaque étape",
            en: "missing 'expected': the level expected at each stage"), parent)
      }
      return [:]
    }
    guard let map = node.mapping else {
      report(
        LocalizedText(
          fr: "« expected » donne un niveau par étape : {year1: 2, year2: 3}",
          en: "'expected' gives a level per stage: {year1: 2, year2: 3}"), node)
      return [:]
    }
    var expected: [String: Int] = [:]
    for (key, value) in map {
      let stage = key.string ?? ""
      if !stageIDs.contains(stage) {
        report(
          LocalizedText(
            fr: "étape inconnue « \(stage) » (connues : \(stageIDs.joined(separator: ", ")))",
            en: "unknown stage '\(stage)' (known: \(stageIDs.joined(separator: ", ")))"), key)
        continue
      }
      let text = value.scalar?.string ?? ""
      if let level = RatingScale.parse(text) ?? levels[text] {
        expected[stage] = level
      } else {
        let words = levels.keys.sorted().joined(separator: ", ")
        report(
          LocalizedText(
            fr: "niveau inconnu « \(text) » : de 1 à 5\(words.isEmpty ? "" : " ou un mot de levels (\(words))")",
            en: "unknown level '\(text)': 1 to 5\(words.isEmpty ? "" : " or a word of levels (\(words))")"), value)
      }
    }
    return expected
  }

  mutating func localized(_ node: Node?, _ key: String, in parent: Node) -> LocalizedText? {
    guard let node else {
      report(LocalizedText(fr: "« \(key) » manque", en: "missing '\(key)'"), parent)
      return nil
    }
    guard let map = node.mapping, let fr = map["fr"]?.scalar?.string, let en = map["en"]?.scalar?.string,
      !fr.trimmingCharacters(in: .whitespaces).isEmpty, !en.trimmingCharacters(in: .whitespaces).isEmpty
    else {
      report(
        LocalizedText(
          fr: "« \(key) » doit donner chaque langue : {fr: \"…\", en: \"…\"}",
          en: "'\(key)' must give each language: {fr: \"…\", en: \"…\"}"), node)
      return nil
    }
    return LocalizedText(fr: fr, en: en)
  }
}
