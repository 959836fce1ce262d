import Foundation
import Yams

/// The skills bilan ships (`prompts/skills.yaml`): names in each language, category, French gender and a
/// one-line definition. A new journal starts with them.
public struct CatalogueSkill: Sendable, Equatable {
  public var id: String
  public var category: Skill.Category
  public var name: LocalizedText
  public var gender: Headings.Gender
  /// A proper name (`Python`) takes no article and keeps its capital.
  public var isProperName: Bool
  public var definition: LocalizedText

  public var subject: Subject { Subject(skill: nil, gender: gender, isProperName: isProperName) }
}

public enum SkillCatalogue {
  /// Parsed once per process, on first use.
  public static let shipped: [CatalogueSkill] = {
    guard let yaml = EmbeddedPrompts.files[PromptLibrary.catalogueFile] else { return [] }
    do {
      return try parse(yaml: yaml, file: "prompts/\(PromptLibrary.catalogueFile)")
    } catch {
      // The file ships with bilan and a test parses it: reaching this is a build that skipped the tests.
      fatalError("\(error)")
    }
  }()

  public static func skill(id: String?) -> CatalogueSkill? {
    guard let id else { return nil }
    return shipped.first { $0.id == id }
  }

  public static func parse(yaml: String, file: String) throws -> [CatalogueSkill] {
    func fail(_ message: LocalizedText, _ node: Node?) -> PromptSetError {
      PromptSetError(file: file, line: node?.mark?.line ?? 1, column: node?.mark?.column ?? 1, message: message)
    }
    let root: Node?
    do {
      // The basic resolver leaves every scalar a string: no regular expressions to compile, which
      // keeps the catalogue off the start-up time of `list` and `skills`.
      root = try Yams.compose(yaml: yaml, .basic)
    } catch let error as YamlError {
      throw PromptSetError.from(error, file: file, text: yaml)
    }
    guard let list = root?.mapping?["skills"]?.sequence else {
      throw fail(LocalizedText(fr: "« skills: » et une liste attendus", en: "expected 'skills:' and a list"), root)
    }
    func text(_ node: Node?, _ key: String, in parent: Node) throws -> LocalizedText {
      guard let map = node?.mapping, let fr = map["fr"]?.string, let en = map["en"]?.string, !fr.isEmpty, !en.isEmpty
      else {
        throw fail(
          LocalizedText(fr: "« \(key) » doit donner {fr: …, en: …}", en: "'\(key)' must give {fr: …, en: …}"),
          node ?? parent)
      }
      return LocalizedText(fr: fr, en: en)
    }
    var skills: [CatalogueSkill] = []
    for item in list {
      guard let map = item.mapping, let id = map["id"]?.string else {
        throw fail(LocalizedText(fr: "chaque compétence a besoin d'un « id »", en: "each skill needs an 'id'"), item)
      }
      guard let category = map["category"]?.string.flatMap(Skill.Category.init(rawValue:)) else {
        throw fail(
          LocalizedText(fr: "« category » doit valoir human ou technical", en: "'category' must be human or technical"),
          map["category"] ?? item)
      }
      guard let gender = map["gender"]?.string.flatMap(Headings.Gender.init(rawValue:)) else {
        throw fail(
          LocalizedText(fr: "« gender » doit valoir f, m ou pl", en: "'gender' must be f, m or pl"),
          map["gender"] ?? item)
      }
      guard !skills.contains(where: { $0.id == id }) else {
        throw fail(
          LocalizedText(fr: "identifiant de compétence en double : « \(id) »", en: "duplicate skill id '\(id)'"),
          map["id"])
      }
      skills.append(
        CatalogueSkill(
          id: id, category: category, name: try text(map["name"], "name", in: item), gender: gender,
          isProperName: map["proper"]?.string == "true", definition: try text(map["definition"], "definition", in: item)
        ))
    }
    return skills
  }
}
